/**
 * Sentence splitting: {@link io.claimsift.sentences.SentenceSplitter} cuts an article's clean
 * text into {@link io.claimsift.sentences.Sentence}s with exact offsets, after the light repairs
 * of a {@link io.claimsift.sentences.TextNormaliser} preset whose {@link
 * io.claimsift.sentences.NormalisedText} maps every repaired position back to the original. Only
 * what the pipeline uses lives here; evaluation-only presets (pySBD's cleaning) live in the lab
 * and are composed through the public edits and {@code SentenceSplitter.english(TextNormaliser)}.
 * It may import the layers below it ({@code io.claimsift.read}, {@code io.claimsift.clean}) and
 * the shared word lists ({@code io.claimsift.lexicon}); never {@code claims}, {@code dedup},
 * {@code embed}, {@code output}, the Avro {@code schema}, Beam, {@code io.claimsift.beam}, {@code
 * io.claimsift.eval} or {@code io.claimsift.bench}.
 */
package io.claimsift.sentences;
