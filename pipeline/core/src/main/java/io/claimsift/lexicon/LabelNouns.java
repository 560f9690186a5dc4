package io.claimsift.lexicon;

import java.util.Set;

/**
 * Lower-case nouns that label the number after them ("type 2 diabetes", "stage 4", "section 230"),
 * from {@code label-nouns.txt}: loaded once, immutable, thread-safe.
 */
public final class LabelNouns {

  private static final Set<String> ALL = Set.copyOf(WordFiles.words("label-nouns.txt"));

  private LabelNouns() {}

  /** True when {@code word} (compared as written: the list is lower case) is a label noun. */
  public static boolean contains(String word) {
    return ALL.contains(word);
  }
}
