/**
 * The Beam side of claim deduplication: the composite {@link io.claimsift.beam.dedup.ClusterClaims}
 * wires one small {@code DoFn} per step (collapse exact duplicates, key by block, screen, embed,
 * connected components of the candidate graph, attach article facts and components, resolve each
 * component) around {@link io.claimsift.dedup.Deduplicator}, spreading keys over a fixed number
 * of {@code Partitions}; mention pairs travel as typed {@code MentionIdPair}s with a deterministic
 * coder. May import Beam and the core packages ({@code io.claimsift.dedup}, {@code embed},
 * {@code claims}, {@code schema}); may not import {@code io.claimsift.beam} (the pipeline depends
 * on this package, not the other way round) nor the lab ({@code io.claimsift.eval},
 * {@code io.claimsift.bench}).
 */
package io.claimsift.beam.dedup;
