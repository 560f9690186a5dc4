package io.claimsift.report;

import java.util.Map;
import java.util.SortedMap;

/**
 * What the report knows about a run besides its datasets: the same values the manifest gets.
 *
 * @param pipelineVersion the ClaimSift version that wrote the datasets
 * @param options the options that change what is written, in the manifest's order
 * @param inputFiles the number of input files the run found
 * @param counters the run's counters by stage (may be empty when the runner reports none)
 */
public record RunInfo(String pipelineVersion, Map<String, Object> options, long inputFiles,
    SortedMap<String, SortedMap<String, Long>> counters) {}
