/**
 * The Beam pipeline: {@link io.claimsift.beam.ClaimSiftPipeline} (the entry point and the run
 * manifest), its validated options, and one named composite per stage ({@code ReadArticles},
 * {@code CleanArticles}, {@code ExtractClaims}, {@code WriteDatasets}, and
 * {@link io.claimsift.beam.dedup.ClusterClaims} from the dedup subpackage) with the coders and
 * record mappings they need. The work of each stage is done by the plain-Java core packages
 * ({@code io.claimsift.read} ... {@code io.claimsift.output}); classes here only wire it into
 * Beam. May import the core packages and {@code io.claimsift.beam.dedup}; may not import the lab
 * ({@code io.claimsift.eval}, {@code io.claimsift.bench}), which is not part of the release jar.
 */
package io.claimsift.beam;
