/**
 * Who says so, and how surely: {@link io.claimsift.claims.attribution.AttributionFinder} finds the
 * source a sentence attributes its content to (an {@link io.claimsift.claims.attribution.Attribution}
 * with offsets into the clean text) and {@link io.claimsift.claims.attribution.HedgeDetector} tells
 * whether the fact is reported as uncertain. {@link io.claimsift.claims.attribution.ClaimerCandidates},
 * {@link io.claimsift.linear.LogisticModel} and {@link io.claimsift.claims.attribution.ClaimerScorer}
 * are a learned choice among possible claimers, trained and measured by the lab but not used by
 * the pipeline (it did not beat the rules). It imports only {@code io.claimsift.sentences},
 * {@code io.claimsift.lexicon} (the honorifics), {@code io.claimsift.linear} (the model) and the JDK: never
 * {@code io.claimsift.claims} or its other subpackages, Beam, the Beam composition or the lab.
 */
package io.claimsift.claims.attribution;
