/**
 * Baseline claim deduplication: plain Java, no Beam.
 *
 * <p>Flow: {@link io.claimsift.dedup.BlockingKeys} per mention, group mentions by key (a block),
 * {@link io.claimsift.dedup.PairGenerator} per block, {@link io.claimsift.dedup.ClaimMatcher} per
 * pair, then {@link io.claimsift.dedup.ClusterResolver} over all mentions and accepted edges on
 * one worker. {@link io.claimsift.dedup.Deduplicator} runs the same pieces in memory.
 *
 * <p>Everything here is deterministic: no {@code Object.hashCode} of non-String objects, no
 * unseeded randomness, no dependence on input order.
 */
package io.claimsift.dedup;
