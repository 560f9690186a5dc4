/**
 * The date engine: {@link io.claimsift.claims.dates.DateExtractor} finds absolute and relative
 * dates and ranges in a sentence and returns {@link io.claimsift.claims.dates.DateMention}s with a
 * {@link io.claimsift.claims.dates.Granularity}; {@link io.claimsift.claims.dates.DateParts} is the
 * core it shares with the dateline reader of {@code io.claimsift.clean} (month words and numbers,
 * the order of numeric dates). The package-private classes beside them each hold one family of
 * phrases (numeric dates, calendar phrases, seasons, working days, year words, anchored phrases),
 * {@code CalendarWords} (the lexicon's month, weekday and number words as pattern pieces) and the
 * cheap {@code DateCues} prefilter. It imports only {@code io.claimsift.sentences},
 * {@code io.claimsift.lexicon} and the JDK: never {@code io.claimsift.claims} or its other
 * subpackages, Beam, the Beam composition or the lab, so that every later stage can use it.
 */
package io.claimsift.claims.dates;
