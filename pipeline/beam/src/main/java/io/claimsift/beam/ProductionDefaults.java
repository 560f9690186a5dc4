package io.claimsift.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runner settings for a production run from the command line, added only where the user did not
 * set the option: tests build their options themselves and keep Beam's checking defaults.
 *
 * <p>The DirectRunner's immutability and encodability checks clone and re-encode every element,
 * which roughly triples heap use and dominates its CPU time; the pipeline's own DoFns never
 * mutate their inputs (tests keep the checks on to prove it). Flink's {@code fasterCopy} skips
 * the copy between chained operators for the same reason.
 */
final class ProductionDefaults {
  private ProductionDefaults() {}

  /** The arguments with the production defaults appended for every option they do not set. */
  static String[] apply(String[] args, int processors) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    addUnlessSet(all, "enforceImmutability", "false");
    addUnlessSet(all, "enforceEncodability", "false");
    addUnlessSet(all, "targetParallelism", Integer.toString(processors));
    if (runsOnFlink(args)) {
      addUnlessSet(all, "fasterCopy", "true");
    }
    return all.toArray(String[]::new);
  }

  private static boolean runsOnFlink(String[] args) {
    // Beam accepts the runner's simple name in any case, with or without "Runner", or its class name.
    return Arrays.stream(args)
        .filter(a -> a.startsWith("--runner="))
        .map(a -> a.substring("--runner=".length()).toLowerCase(java.util.Locale.ROOT))
        .anyMatch(r -> r.equals("flink") || r.equals("flinkrunner") || r.endsWith(".flinkrunner"));
  }

  private static void addUnlessSet(List<String> args, String option, String value) {
    String flag = "--" + option;
    boolean set = args.stream().anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
    if (!set) {
      args.add(flag + "=" + value);
    }
  }
}
