/**
 * The claim stage's front door: {@link io.claimsift.claims.ClaimExtractor} runs the engines of the
 * subpackages ({@code dates}, {@code quantities}, {@code attribution}, {@code scoring}) on one
 * sentence and bundles their findings as {@link io.claimsift.claims.ClaimFacts}; {@link
 * io.claimsift.claims.CandidateBudget} decides which sentences of an article are analysed at all. Plain Java: it may
 * import its subpackages and {@code io.claimsift.sentences}, never Beam, {@code io.claimsift.beam},
 * the lab ({@code io.claimsift.eval}, {@code io.claimsift.bench}) or the later stages
 * ({@code dedup}, {@code output}); the subpackages never import this package back.
 */
package io.claimsift.claims;
