/**
 * Check-worthiness: {@link io.claimsift.claims.scoring.ClaimScorer} scores a sentence in [0, 1]
 * with the logistic-regression {@link io.claimsift.claims.scoring.CheckWorthinessModel} (the JSON
 * resource beside this package) over the features of
 * {@link io.claimsift.claims.scoring.CheckWorthinessFeatures}; the trainer that writes the model
 * lives in the lab ({@code io.claimsift.eval.claims}). It imports only the JDK, Jackson and
 * {@code io.claimsift.lexicon} (the month words): never another {@code io.claimsift} package, Beam or
 * the lab, so the scorer depends on nothing but the sentence text.
 */
package io.claimsift.claims.scoring;
