package io.claimsift.beam;

import io.claimsift.claims.SentenceFactsJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ExtractFacts IN.jsonl OUT.jsonl} (or {@code ./claimsift facts IN OUT}): the quantities,
 * dates and claimer of any sentences, one JSON line out per JSON line in, in input order (see
 * {@link SentenceFactsJson} and docs/facts.md). Runs without Beam: the per-sentence extractors are
 * plain Java.
 *
 * <p>Exit status: 0 when every line was read (lines that are not valid input get an error object,
 * counted on standard error); 2 for wrong arguments; 1 when a file cannot be read or written.
 */
public final class ExtractFacts {

  private ExtractFacts() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the command; returns its exit status. */
  static int run(String[] args, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: ExtractFacts IN.jsonl OUT.jsonl   (input lines: {\"id\": ..., \"text\": ...})");
      return 2;
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long errors = SentenceFactsJson.english().process(reader, writer);
      if (errors > 0) {
        err.println("claimsift facts: " + errors + " input line(s) were not valid input; their output lines hold an \"error\"");
      }
      return 0;
    } catch (IOException e) {
      err.println("claimsift facts: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }
}
