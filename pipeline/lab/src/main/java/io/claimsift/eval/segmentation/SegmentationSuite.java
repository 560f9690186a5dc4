package io.claimsift.eval.segmentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.eval.ResultLine;
import io.claimsift.sentences.Sentence;
import io.claimsift.sentences.SentenceSplitter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores {@link SentenceSplitter} on a list of segmentation cases: a case passes when the list of
 * stripped sentences equals the expected list exactly (the pySBD / pragmatic_segmenter scoring).
 * Sentences are compared in the splitter's normalised text ({@link SentenceSplitter#splitNormalised}),
 * as pySBD compares its cleaned text; the suites are scored with {@link PySbdCleaning#splitter()}
 * and, for reference, with the pipeline's {@link SentenceSplitter#english()}.
 */
public final class SegmentationSuite {

  /** One case: its id, input text and expected sentences. */
  public record Case(String id, String text, List<String> sentences) {}

  /** The outcome over a suite. */
  public record Score(int passed, int total, List<String> failures) {}

  private SegmentationSuite() {}

  /** Reads the cases of a JSON file: a list of cases, or an object with a {@code cases} list. */
  public static List<Case> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode list = root.isArray() ? root : root.get("cases");
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : list) {
      List<String> expected = new ArrayList<>();
      (c.has("sentences") ? c.get("sentences") : c.get("expected")).forEach(s -> expected.add(s.asText()));
      cases.add(new Case(c.get("id").asText(), c.get("text").asText(), expected));
    }
    return cases;
  }

  /** Segments each case and compares the stripped sentences with the expected ones. */
  public static Score score(List<Case> cases, SentenceSplitter splitter) {
    int passed = 0;
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      List<String> got = new ArrayList<>();
      for (Sentence s : splitter.splitNormalised(c.text())) {
        got.add(s.text().strip());
      }
      List<String> expected = c.sentences().stream().map(String::strip).toList();
      if (got.equals(expected)) {
        passed++;
      } else {
        failures.add("FAIL " + c.id() + "\n  expected: " + expected + "\n  got:      " + got);
      }
    }
    return new Score(passed, cases.size(), failures);
  }

  /** Runs one suite file under {@code folder}, prints failures and the RESULT line. */
  static void run(Path folder, String fileName, String resultName, PrintStream out) throws IOException {
    List<Case> cases = read(folder.resolve(fileName));
    Score score = score(cases, PySbdCleaning.splitter());
    score.failures().forEach(out::println);
    Score pipeline = score(cases, SentenceSplitter.english());
    out.println(result(resultName + "-pipeline-preset", pipeline));
    out.println(result(resultName, score));
  }

  private static ResultLine result(String name, Score score) {
    return ResultLine.of(name)
        .put("passed", score.passed())
        .put("total", score.total())
        .put("accuracy", score.total() == 0 ? 0.0 : (double) score.passed() / score.total());
  }
}
