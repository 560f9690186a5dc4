/**
 * Boilerplate removal: {@link io.claimsift.clean.ArticleCleaner} turns a decoded page (plain-text
 * dump or HTML) into a {@link io.claimsift.clean.CleanedArticle}, the body text plus metadata and
 * the {@link io.claimsift.clean.RemovedSpan}s with their {@link io.claimsift.clean.RemovalReason}.
 * Both front ends ({@code TextCleaner}, {@code HtmlCleaner}) feed the same block classifier
 * ({@code LineClassifier}: {@link io.claimsift.clean.CleaningRules} line rules, then passes over
 * the page's {@code Line}s, then the {@code BodyRegion} densest-prose search, whose weights and
 * thresholds are the {@link io.claimsift.clean.RegionParams} resource fitted by the lab's
 * training command; {@link io.claimsift.clean.RegionReplay} replays that search for it), and share one home
 * each for the line text helpers ({@code LineText}), the sentence-end test ({@code SentenceEnd})
 * and byline detection ({@code Bylines}). {@link io.claimsift.clean.CleaningLimits} caps the work one page
 * may cause ({@code DomLimits} applies the HTML ones before any other step reads the page). It may import {@code io.claimsift.read} below it, and
 * the shared word lists ({@code io.claimsift.lexicon}) and date engine ({@code
 * io.claimsift.claims.dates}) for datelines; never the later stages ({@code sentences}, the rest of
 * {@code claims}, {@code dedup}, {@code embed}, {@code output}), the Avro {@code schema}, Beam,
 * {@code io.claimsift.beam}, {@code io.claimsift.eval} or {@code io.claimsift.bench}.
 */
package io.claimsift.clean;
