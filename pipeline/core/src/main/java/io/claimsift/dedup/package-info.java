/**
 * Claim deduplication: plain Java, no Beam.
 *
 * <p>Flow: {@link io.claimsift.dedup.BlockingKeys} per mention (shared normalised-quantity keys and
 * MinHash-LSH bands), group mentions by key (a block), {@link io.claimsift.dedup.PairGenerator} per
 * block, the cheap screen of {@link io.claimsift.dedup.SameClaimMatcher} per distinct pair (quantity
 * and date veto, lexical floor), sentence embeddings only for the mentions of the pairs left
 * undecided (one per mention), the {@link io.claimsift.dedup.PairModel} on those pairs, then
 * {@link io.claimsift.dedup.ClusterResolver} over all mentions and accepted edges, with the
 * conflict guard and the representative guard. The Beam stage resolves each connected component
 * of the candidate graph apart ({@link io.claimsift.dedup.ConnectedComponents}), which gives the
 * same clusters. {@link io.claimsift.dedup.Deduplicator} runs the
 * same pieces in memory and exposes the two halves the Beam stage calls. Across releases,
 * {@link io.claimsift.dedup.StableClaimIds} gives the claims the ids of the previous release's and
 * {@link io.claimsift.dedup.ClaimChanges} names what became of each (docs/incremental.md).
 *
 * <p>Everything here is deterministic: no {@code Object.hashCode} of non-String objects, no
 * unseeded randomness, no dependence on input order; written similarities are rounded.
 */
package io.claimsift.dedup;
