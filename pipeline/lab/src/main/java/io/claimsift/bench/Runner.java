package io.claimsift.bench;

import java.util.List;
import java.util.Locale;

/** The runners the benchmark compares, with the pipeline arguments that select them. */
enum Runner {
  DIRECT(List.of("--runner=DirectRunner")),
  FLINK(List.of("--runner=FlinkRunner", "--flinkMaster=[local]"));

  private final List<String> pipelineArgs;

  Runner(List<String> pipelineArgs) {
    this.pipelineArgs = pipelineArgs;
  }

  List<String> pipelineArgs() {
    return pipelineArgs;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Runner parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
