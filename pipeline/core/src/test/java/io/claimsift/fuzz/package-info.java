/**
 * Jazzer fuzz targets for the per-document entry points (reader, cleaners, sentence splitter, claim
 * extractor, dedup screen) and the offset invariants they check; see docs/fuzzing.md. Test code
 * only: it may use every core package but nothing from Beam, the beam module or the lab.
 */
package io.claimsift.fuzz;
