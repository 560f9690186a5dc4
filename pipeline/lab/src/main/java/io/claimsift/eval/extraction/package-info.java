/**
 * The boilerplate-removal evaluation: {@link io.claimsift.eval.extraction.ExtractionEval} runs the
 * pipeline's cleaning stage on a folder of pages and scores it with the scrapinghub benchmark's
 * shingle metric ({@link io.claimsift.eval.extraction.ShingleMetric}), timing it in steady state
 * ({@link io.claimsift.eval.extraction.Timing}). Lab code: the pipeline never imports it.
 */
package io.claimsift.eval.extraction;
