package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that name a claimer, from {@code reporting-verbs.tsv} (verb forms with their kind) and
 * {@code source-nouns.txt} (heads of a source phrase) and {@code role-nouns.txt} (heads of a
 * descriptor before a name): loaded once, immutable, thread-safe, in
 * file order.
 */
public final class ReportingWords {

  private static final List<String> VERBS = new ArrayList<>();
  private static final List<String> OBJECT_VERBS = new ArrayList<>();
  private static final List<String> NOUN_LIKE_VERBS = new ArrayList<>();
  private static final List<String> SOURCE_NOUNS = WordFiles.words("source-nouns.txt");
  private static final List<String> ROLE_NOUNS = WordFiles.words("role-nouns.txt");

  static {
    for (String[] row : WordFiles.rows("reporting-verbs.tsv", 2)) {
      VERBS.add(row[0]);
      switch (row[1]) {
        case "plain" -> { }
        case "object" -> OBJECT_VERBS.add(row[0]);
        case "noun" -> NOUN_LIKE_VERBS.add(row[0]);
        default -> throw new IllegalStateException("reporting-verbs.tsv: kind must be plain, object or noun: " + row[1]);
      }
    }
  }

  private ReportingWords() {}

  /** Every reporting verb form ("said", "says", "told", "tweeted", ...). */
  public static List<String> verbs() {
    return List.copyOf(VERBS);
  }

  /** The verbs whose object is the audience, not the speaker ("told CNN"). */
  public static List<String> objectVerbs() {
    return List.copyOf(OBJECT_VERBS);
  }

  /** The verb forms that are also plural nouns ("reports", "claims", "notes"). */
  public static List<String> nounLikeVerbs() {
    return List.copyOf(NOUN_LIKE_VERBS);
  }

  /** Heads that make a lower-case phrase a source ("report", "spokeswoman", "officials"). */
  public static List<String> sourceNouns() {
    return SOURCE_NOUNS;
  }

  /** Heads of a descriptor written before a person's name ("minister", "engineer", "virologist"). */
  public static List<String> roleNouns() {
    return ROLE_NOUNS;
  }
}
