/**
 * Numbers and what they count: {@link io.claimsift.claims.quantities.QuantityExtractor} turns a
 * sentence into {@link io.claimsift.claims.quantities.QuantityMention}s (money, percentages,
 * counts, plain numbers), built on {@link io.claimsift.claims.quantities.NumberFinder} (digits and
 * spelled-out numbers), {@link io.claimsift.claims.quantities.Currencies} and
 * {@link io.claimsift.claims.quantities.Units}, whose written forms come from lexicon columns and are
 * compared in place after the number ({@link io.claimsift.claims.quantities.WrittenForm}); it
 * asks {@code io.claimsift.claims.dates} which numbers are parts of dates. The extractor is a grammar
 * over one tokenisation of the sentence ({@link io.claimsift.claims.quantities.QuantityTokens}): its
 * context rules are predicates over neighbouring tokens (times and days, joints, the words after a
 * number, percent words, the shapes of digit runs), and their word lists are the roles of the
 * lexicon file {@code quantity-words.tsv} ({@link io.claimsift.claims.quantities.QuantityWords}). Number words, scale words,
 * currencies and units come from {@code io.claimsift.lexicon}. It may import
 * {@code io.claimsift.claims.dates}, {@code io.claimsift.lexicon} and {@code io.claimsift.sentences}: never
 * {@code io.claimsift.claims} itself, its other subpackages, Beam, the Beam composition or the lab.
 */
package io.claimsift.claims.quantities;
