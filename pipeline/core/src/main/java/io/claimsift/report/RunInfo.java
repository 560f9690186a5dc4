package io.claimsift.report;

import io.claimsift.output.OutputFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * What the report knows about a run besides its datasets: the same values the manifest gets.
 *
 * @param pipelineVersion the ClaimSift version that wrote the datasets
 * @param options the options that change what is written, in the manifest's order
 * @param inputFiles the number of input files the run found
 * @param counters the run's counters by stage (may be empty when the runner reports none)
 * @param formats the formats the run delivers, whose files the page links to (the report itself
 *     reads the Avro files, which are staged in any case)
 */
public record RunInfo(String pipelineVersion, Map<String, Object> options, long inputFiles,
    SortedMap<String, SortedMap<String, Long>> counters, Set<OutputFormat> formats) {

  /** A run that delivers every format. */
  public RunInfo(String pipelineVersion, Map<String, Object> options, long inputFiles,
      SortedMap<String, SortedMap<String, Long>> counters) {
    this(pipelineVersion, options, inputFiles, counters, OutputFormat.ALL);
  }
}
