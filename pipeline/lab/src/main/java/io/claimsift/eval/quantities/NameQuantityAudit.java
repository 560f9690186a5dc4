package io.claimsift.eval.quantities;

import static io.claimsift.eval.OutputRecords.field;
import static io.claimsift.eval.OutputRecords.read;

import io.claimsift.eval.OutputRecords;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import io.claimsift.outlets.Outlets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code NameQuantityAudit OUTPUT_DIR [NAME] [--list-tune]}: the quantities of a run's claim
 * mentions that may be the number of a name ("Halo 4", "Bluetooth 5.2", "X2D II 100C"), counted
 * per tune/check half, for reading by hand. Issue 17's target is "no quantity from a name".
 *
 * <p><b>Candidate test</b> ({@link #candidate}), on the mention's sentence and the quantity's span
 * in it; a quantity is a candidate when either holds:
 *
 * <ul>
 *   <li>{@code after-capital}: its text starts with a digit, one or more spaces come right before
 *       it, and the token before those spaces (letters, digits, "-", "&amp;", "'", "." run back to
 *       the first other character, starting with a letter or digit) has an upper-case
 *       letter: "Halo 4", "Windows 8 provides", "Listing 4-1", "About 500 people" (a candidate
 *       all the same: the test is wide on purpose, the reading decides);
 *   <li>{@code glued}: a letter touches a digit inside its text ("100C", "5G", "10km") or at its
 *       edges ("A320" read from "320", "3D" read from "3").
 * </ul>
 *
 * <p><b>Halves</b> ({@link TuneCheckSplit}) by the <em>article's outlet</em>, the case id {@code
 * io.claimsift.eval.outlets.CorroborationEval} uses for articles: the {@code outlet} field, or for
 * an output written before it, {@link Outlets#of} over the article's URLs and site name (an article
 * no URL names is its own outlet, {@code article:ID}). Pages of one site share templates and names,
 * so a site never straddles the halves.
 *
 * <p>Prints {@code RESULT name-quantities set=NAME half=all|tune|check candidates=N quantities=M}
 * (M every quantity of the half's claim mentions). {@code --list-tune} first prints one line per
 * tune candidate: {@code TUNE <test> <outlet> <kind> <value> <unit> | <sentence with the quantity
 * in [[ ]]>}; the check half is never listed.
 */
public final class NameQuantityAudit {

  /** The candidate tests, in the order they are tried. */
  static final String AFTER_CAPITAL = "after-capital";
  static final String GLUED = "glued";

  private NameQuantityAudit() {}

  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>(List.of(args));
    boolean listTune = positional.remove("--list-tune");
    if (positional.size() < 1 || positional.size() > 2) {
      System.err.println("usage: NameQuantityAudit OUTPUT_DIR [NAME] [--list-tune]");
      System.exit(2);
    }
    Path output = Path.of(positional.get(0));
    String name = positional.size() == 2 ? positional.get(1) : output.getFileName().toString();
    for (ResultLine line : evaluate(output, name, listTune ? System.out::println : null)) {
      System.out.println(line);
    }
  }

  /**
   * Which candidate test the quantity {@code [start, end)} of {@code sentence} meets, or null when
   * none: {@link #AFTER_CAPITAL} or {@link #GLUED} (see the class comment).
   */
  static String candidate(String sentence, int start, int end) {
    if (start < 0 || end > sentence.length() || start >= end) {
      return null;
    }
    if (Character.isDigit(sentence.charAt(start)) && capitalisedTokenBefore(sentence, start)) {
      return AFTER_CAPITAL;
    }
    for (int i = start; i + 1 < end; i++) {
      if (letterDigitPair(sentence.charAt(i), sentence.charAt(i + 1))) {
        return GLUED;
      }
    }
    if (start > 0 && letterDigitPair(sentence.charAt(start - 1), sentence.charAt(start))) {
      return GLUED;
    }
    if (end < sentence.length() && letterDigitPair(sentence.charAt(end - 1), sentence.charAt(end))) {
      return GLUED;
    }
    return null;
  }

  private static boolean letterDigitPair(char a, char b) {
    return Character.isLetter(a) && Character.isDigit(b) || Character.isDigit(a) && Character.isLetter(b);
  }

  private static boolean capitalisedTokenBefore(String s, int start) {
    int end = start;
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start || end == 0) {
      return false;
    }
    int begin = end;
    while (begin > 0 && isTokenChar(s.charAt(begin - 1))) {
      begin--;
    }
    if (begin == end) {
      return false;
    }
    String token = s.substring(begin, end);
    return Character.isLetterOrDigit(token.charAt(0)) && token.chars().anyMatch(Character::isUpperCase);
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '\'' || c == '.';
  }

  /**
   * The RESULT lines for one output folder (half all, tune, check); {@code tuneListing}, when not
   * null, receives one line per tune candidate.
   */
  static List<ResultLine> evaluate(Path output, String name, Consumer<String> tuneListing) throws IOException {
    Map<String, String> outletOf = new HashMap<>();
    read(output.resolve("articles"), a -> {
      String id = a.get("article_id").toString();
      outletOf.put(id, OutputRecords.outletOf(a, id));
    });
    // candidates, quantities: all, tune, check
    long[][] counts = new long[3][2];
    read(output.resolve("claim_mentions"), m -> {
      String articleId = m.get("article_id").toString();
      String outlet = outletOf.getOrDefault(articleId, Outlets.unknown(articleId));
      boolean check = TuneCheckSplit.isCheck(outlet);
      String sentence = m.get("sentence").toString();
      int offset = (Integer) m.get("start");
      @SuppressWarnings("unchecked")
      List<GenericRecord> quantities = (List<GenericRecord>) m.get("quantities");
      for (GenericRecord q : quantities) {
        int start = (Integer) q.get("start") - offset;
        int end = (Integer) q.get("end") - offset;
        String test = candidate(sentence, start, end);
        for (long[] c : new long[][] {counts[0], counts[check ? 2 : 1]}) {
          c[1]++;
          if (test != null) {
            c[0]++;
          }
        }
        if (test != null && !check && tuneListing != null) {
          tuneListing.accept("TUNE " + test + " " + outlet + " " + q.get("kind") + " " + q.get("value") + " "
              + q.get("unit") + " | " + (sentence.substring(0, start) + "[[" + sentence.substring(start, end) + "]]"
                  + sentence.substring(end)).replaceAll("\\s+", " "));
        }
      }
    });
    List<ResultLine> lines = new ArrayList<>();
    String[] halves = {"all", TuneCheckSplit.TUNE, TuneCheckSplit.CHECK};
    for (int h = 0; h < 3; h++) {
      lines.add(ResultLine.of("name-quantities").put("set", name).put("half", halves[h])
          .put("candidates", counts[h][0]).put("quantities", counts[h][1]));
    }
    return lines;
  }
}
