package io.claimsift.beam;

import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/** Runner settings the pipeline needs to be correct, set on every run whoever built the options. */
final class RunnerRequirements {
  private RunnerRequirements() {}

  static void apply(PipelineOptions options) {
    if (FlinkRunner.class.equals(options.getRunner())) {
      // A CoGroupByKey group larger than its in-memory cache (10,000 values) is iterated twice;
      // Flink's batch GroupByKey results can only be iterated once unless asked otherwise.
      options.as(FlinkPipelineOptions.class).setReIterableGroupByKeyResult(true);
    }
  }
}
