/**
 * Evaluation commands of the dedup stage: {@link io.claimsift.eval.dedup.MrpcEval} (pairs),
 * {@link io.claimsift.eval.dedup.GroupsEval} (clustering, B-cubed), {@link
 * io.claimsift.eval.dedup.EcbPlusEval} (whole pipeline, cross-event merges), and {@link
 * io.claimsift.eval.dedup.TrainPairModel}, which produces the committed pair model.
 */
package io.claimsift.eval.dedup;
