/** Evaluation commands for the sentence segmenter on the English Golden Rules suites. */
package io.claimsift.eval.segmentation;
