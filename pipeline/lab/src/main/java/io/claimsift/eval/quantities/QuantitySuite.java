package io.claimsift.eval.quantities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.eval.ResultLine;
import io.claimsift.eval.TuneCheckSplit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores an extractor on one quantities suite file (span-exact and value-exact, as the suite's
 * README asks).
 *
 * <p>A case passes when the extractor's spans match the expected spans one to one: same start, same
 * end, and a value (and unit, where the suite states one) the suite-specific {@code agrees} test
 * accepts. Extra or missing spans fail the case; a negative case (nothing expected) passes only when
 * nothing is extracted. Span precision and recall (offsets only) are reported beside.
 *
 * <p>Each suite is also scored on the two halves of {@link TuneCheckSplit}, keyed by the suite's
 * own case id ({@code rt/number/0000}): two more lines {@code RESULT <name> half=tune ...} and
 * {@code half=check ...}. Failures are printed for the {@code tune} half only; those of
 * {@code check} are counted, never shown.
 */
public final class QuantitySuite {

  /** One case: id, input, reference date (dates only, else null) and the raw expected spans. */
  public record Case(String id, String input, String referenceDate, List<JsonNode> expected) {}

  /** A span the extractor found, with its value rendered for comparison and an optional unit. */
  public record Found(int start, int end, String text, Object value, String unit) {
    @Override
    public String toString() {
      return "'" + text + "'@" + start + " " + value + (unit == null ? "" : " " + unit);
    }
  }

  /** An expected span with offsets resolved into the input. */
  public record Expected(int start, int end, String text, JsonNode node) {
    @Override
    public String toString() {
      String value = node.has("value") ? node.get("value").asText() : node.path("timex").asText();
      String unit = node.has("iso_currency") ? node.get("iso_currency").asText() : node.path("unit").asText("");
      return "'" + text + "'@" + start + " " + value + (unit.isEmpty() ? "" : " " + unit);
    }
  }

  private QuantitySuite() {}

  /** Reads a suite file. */
  public static List<Case> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : root) {
      List<JsonNode> expected = new ArrayList<>();
      c.get("expected").forEach(expected::add);
      String ref = c.has("reference_datetime") ? c.get("reference_datetime").asText() : null;
      cases.add(new Case(c.get("id").asText(), c.get("input").asText(), ref, expected));
    }
    return cases;
  }

  /**
   * Runs one suite: {@code keep} selects the expected spans to grade (e.g. date types only),
   * {@code ignoreNear} lists expected spans whose overlapping predictions are neither right nor
   * wrong (a time the date extractor is not asked to find), {@code extract} is the system under
   * test and {@code agrees} compares a found value with an expected span.
   */
  public static Score run(
      Path file,
      String resultName,
      BiPredicate<Case, JsonNode> keep,
      Function<Case, List<Found>> extract,
      BiPredicate<Found, Expected> agrees,
      PrintStream out)
      throws IOException {
    int passed = 0;
    int total = 0;
    int[] halfPassed = new int[2];
    int[] halfTotal = new int[2];
    long foundSpans = 0;
    long expectedSpans = 0;
    long rightSpans = 0;
    for (Case c : read(file)) {
      total++;
      boolean check = TuneCheckSplit.isCheck(c.id());
      int half = check ? 1 : 0;
      halfTotal[half]++;
      List<Expected> graded = new ArrayList<>();
      List<Expected> ignored = new ArrayList<>();
      List<Integer> taken = new ArrayList<>();
      List<Found> extracted = extract.apply(c);
      List<Integer> foundStarts = extracted.stream().map(Found::start).toList();
      for (JsonNode e : c.expected()) {
        Expected located = locate(c.input(), e, taken, foundStarts);
        (keep.test(c, e) ? graded : ignored).add(located);
      }
      List<Found> found = new ArrayList<>();
      for (Found f : extracted) {
        if (ignored.stream().noneMatch(x -> x.start() < f.end() && f.start() < x.end())) {
          found.add(f);
        }
      }
      foundSpans += found.size();
      expectedSpans += graded.size();
      rightSpans += graded.stream().filter(e -> found.stream().anyMatch(f -> sameSpan(f, e))).count();
      if (matchesOneToOne(found, graded, agrees)) {
        passed++;
        halfPassed[half]++;
      } else if (!check) {
        out.println("FAIL " + c.id() + " " + c.input());
        out.println("  expected: " + graded);
        out.println("  got:      " + found);
      }
    }
    out.println(
        ResultLine.of(resultName)
            .put("passed", passed)
            .put("total", total)
            .put("accuracy", total == 0 ? 0.0 : (double) passed / total)
            .put("span_precision", foundSpans == 0 ? 0.0 : (double) rightSpans / foundSpans)
            .put("span_recall", expectedSpans == 0 ? 0.0 : (double) rightSpans / expectedSpans));
    Score tune = new Score(halfPassed[0], halfTotal[0], null, null);
    Score checkHalf = new Score(halfPassed[1], halfTotal[1], null, null);
    printHalf(out, resultName, TuneCheckSplit.TUNE, tune);
    printHalf(out, resultName, TuneCheckSplit.CHECK, checkHalf);
    return new Score(passed, total, tune, checkHalf);
  }

  private static void printHalf(PrintStream out, String resultName, String half, Score score) {
    out.println(ResultLine.of(resultName).put("half", half).put("passed", score.passed())
        .put("total", score.total()).put("accuracy", score.accuracy()));
  }

  /**
   * Cases passed out of all cases, and the same for the {@code tune} and {@code check} halves of
   * {@link TuneCheckSplit} by case id (null on a half's own score).
   */
  public record Score(int passed, int total, Score tune, Score check) {
    /** passed / total. */
    public double accuracy() {
      return total == 0 ? 0 : (double) passed / total;
    }
  }

  private static boolean sameSpan(Found f, Expected e) {
    return f.start() == e.start() && f.end() == e.end();
  }

  private static boolean matchesOneToOne(
      List<Found> found, List<Expected> expected, BiPredicate<Found, Expected> agrees) {
    if (found.size() != expected.size()) {
      return false;
    }
    List<Found> left = new ArrayList<>(found);
    for (Expected e : expected) {
      Found hit = left.stream().filter(f -> sameSpan(f, e) && agrees.test(f, e)).findFirst().orElse(null);
      if (hit == null) {
        return false;
      }
      left.remove(hit);
    }
    return true;
  }

  /**
   * Offsets of an expected span. Date ranges reuse {@code start}/{@code end} for their dates, so
   * when those are not offsets the text is searched in the input (case-insensitively, skipping
   * occurrences already taken by earlier spans). The data gives no offsets then, so when the text
   * occurs more than once ("It may be in may") the occurrence where a span was found is preferred.
   */
  static Expected locate(String input, JsonNode e, List<Integer> taken, List<Integer> foundStarts) {
    String text = e.get("text").asText();
    if (e.path("start").isInt() && e.path("end").isInt()) {
      return new Expected(e.get("start").asInt(), e.get("end").asInt(), text, e);
    }
    String lowerInput = input.toLowerCase(Locale.ROOT);
    String lowerText = text.toLowerCase(Locale.ROOT);
    int at = lowerInput.indexOf(lowerText);
    while (at >= 0 && taken.contains(at)) {
      at = lowerInput.indexOf(lowerText, at + 1);
    }
    for (int other = at; other >= 0; other = lowerInput.indexOf(lowerText, other + 1)) {
      if (!taken.contains(other) && foundStarts.contains(other)) {
        at = other;
        break;
      }
    }
    if (at < 0) {
      return new Expected(-1, -1, text, e);
    }
    taken.add(at);
    return new Expected(at, at + text.length(), input.substring(at, at + text.length()), e);
  }

  /** True when two numbers agree to 9 significant digits (fractions are written with 15). */
  static boolean sameNumber(double a, double b) {
    if (a == b) {
      return true;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  /** The expected value as a number ("100%" -> 100), or NaN when it is not one. */
  static double number(JsonNode e) {
    String v = e.path("value").asText().replace("%", "").trim();
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  /** Parses the one argument every suite command takes: the data folder. */
  static Path folder(String[] args, String usage) {
    if (args.length != 1) {
      System.err.println("usage: " + usage + " <folder of the quantities suite>");
      System.exit(2);
    }
    return Path.of(args[0]);
  }
}
