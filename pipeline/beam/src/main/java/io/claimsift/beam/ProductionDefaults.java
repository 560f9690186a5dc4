package io.claimsift.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runner settings for a production run from the command line, added only where the user did not
 * set the option: tests build their options themselves and keep Beam's checking defaults.
 *
 * <p>The DirectRunner's immutability and encodability checks clone and re-encode every element,
 * which roughly triples heap use and dominates its CPU time; the pipeline's own DoFns never
 * mutate their inputs (tests keep the checks on to prove it). Flink's {@code fasterCopy} skips
 * the copy between chained operators for the same reason. On embedded Flink ({@code
 * --flinkMaster=[local]}) with no Flink configuration of the user's, the run gets {@link
 * EmbeddedFlinkConf}'s fixed managed-memory budget and one task slot per core ({@code
 * --parallelism}).
 */
final class ProductionDefaults {
  private ProductionDefaults() {}

  /** The arguments with the production defaults appended for every option they do not set. */
  static String[] apply(String[] args, int processors) {
    return apply(args, processors, System.getenv("FLINK_CONF_DIR"),
        () -> EmbeddedFlinkConf.writeTemporary().toString());
  }

  /**
   * As {@link #apply(String[], int)}, with the environment's {@code FLINK_CONF_DIR} (null when
   * unset) and the maker of the embedded Flink configuration folder, called only when it is used.
   */
  static String[] apply(String[] args, int processors, String flinkConfDirEnv, Supplier<String> embeddedConf) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    addUnlessSet(all, "enforceImmutability", "false");
    addUnlessSet(all, "enforceEncodability", "false");
    addUnlessSet(all, "targetParallelism", Integer.toString(processors));
    if (runsOnFlink(args)) {
      addUnlessSet(all, "fasterCopy", "true");
      boolean userConf = isSet(all, "flinkConfDir") || (flinkConfDirEnv != null && !flinkConfDirEnv.isEmpty());
      if (runsEmbedded(args) && !userConf) {
        all.add("--flinkConfDir=" + embeddedConf.get());
        // Beam runs [local] at parallelism 1 unless told otherwise (it reads parallelism.default
        // from the Flink configuration, which the embedded one leaves unset): one task slot, so
        // every step ran on one thread.
        addUnlessSet(all, "parallelism", Integer.toString(processors));
      }
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

  /** Embedded Flink as the user asked for it; {@code [auto]} (the default) keeps Flink's own rules. */
  private static boolean runsEmbedded(String[] args) {
    return Arrays.asList(args).contains("--flinkMaster=[local]");
  }

  private static void addUnlessSet(List<String> args, String option, String value) {
    if (!isSet(args, option)) {
      args.add("--" + option + "=" + value);
    }
  }

  private static boolean isSet(List<String> args, String option) {
    String flag = "--" + option;
    return args.stream().anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
  }
}
