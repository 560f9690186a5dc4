/** Benchmarks: synthetic inputs at scale, runs of the pipeline in child JVMs, and their measurements; each ends with RESULT lines. */
package io.claimsift.bench;
