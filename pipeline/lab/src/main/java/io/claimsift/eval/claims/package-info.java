/**
 * Evaluation and training commands of claim detection and attribution: check-worthiness
 * cross-validation and training on ClaimBuster ({@link io.claimsift.eval.claims.TrainCheckWorthiness}
 * writes the committed model), detection and claimer scoring on NewsClaims, and the logistic
 * regression trainer they share. Lab code: the pipeline never imports it.
 */
package io.claimsift.eval.claims;
