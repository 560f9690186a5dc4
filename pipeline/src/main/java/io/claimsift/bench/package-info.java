/** Benchmarks: synthetic inputs at scale, runs of the pipeline in child JVMs, and their measurements. */
package io.claimsift.bench;
