/**
 * Sentence embeddings with all-MiniLM-L6-v2 (quantised ONNX, shipped inside the jar, loaded once
 * per JVM, never downloaded), used by dedup for the pairs its cheap screen leaves undecided. It
 * imports no other ClaimSift package, so any stage could use it without a cycle.
 */
package io.claimsift.embed;
