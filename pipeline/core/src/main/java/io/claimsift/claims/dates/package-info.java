/**
 * The date engine, one for claims and datelines. {@link io.claimsift.claims.dates.DateTokens} cuts
 * a text once; {@link io.claimsift.claims.dates.DateAnchors} reads its absolute calendar dates in
 * one pass over the tokens, under a {@link io.claimsift.claims.dates.DatePreset} (claims or
 * dateline: the two differ in the years, bare years and months, and numeric forms they accept).
 * {@link io.claimsift.claims.dates.DateExtractor} builds a sentence's
 * {@link io.claimsift.claims.dates.DateMention}s on these anchors: ranges, open ranges, parts and
 * offsets, and relative dates against a reference day; the dateline reader of
 * {@code io.claimsift.clean} uses the anchors with the dateline preset. The compositional rules over
 * the same tokens, each a small grammar step with its words in the lexicon's
 * {@code date-words.tsv}: offsets and periods from the reference day ({@code RelativePhrases}:
 * "three days ago", "the past five years", "next quarter", and a duration before an anchor),
 * numbered parts of a year ({@code PeriodPhrases}: "Q3 2018", "the first half of last year"),
 * part-of ({@code PartOf}: "the end of", "mid-"), ranges ({@code RangeJoin}: "from A to B",
 * "between A and B"), open ranges ({@code OpenRange}: "since", "or later"), seasons
 * ({@code Seasons}: "last summer", "the winter of 2018") and weekdays with their step word
 * ({@code WeekdayPhrases}: "next Friday", "this coming Monday"; the step words' meaning is data,
 * role weekday-step), decades ({@code Decades}: "the 1990s", "the '90s", "the nineties", "the
 * next decade") and holidays ({@code HolidayPhrases}: names and the rule placing each in a year
 * are data, {@code lexicon/holidays.tsv}), a day by its place in a whole month or year
 * ({@code DayOfPeriod}: "the 15th of next month", "the last Friday of the month", "the second week
 * of May"), a bare weekday placed in a day's or week's week ({@code WeekdayInWeek}: "next week on
 * Friday", "Tuesday of next week", "Thursday, two years from now"), named periods
 * ({@code NamedPeriods}: "this weekend", "next work week", "the next 4 business days", "the last 2
 * quarters", "the 21st century") and days in words ({@code SpelledDays}: "March the first", "the
 * fourth of July, 1995"). The anaphoric step words ("following", "same": role anaphoric) and the
 * day steps ({@code DaySteps}: "the next day", "that same day", role day-step) count from the
 * sentence's previous date, else from the last date of the sentences just before it that a
 * {@link io.claimsift.claims.dates.DateContext} holds (the claim stage passes one per sentence). The
 * other package-private classes are token rules too: numeric dates ({@code NumericDates}), months
 * and days taking the reference's year ({@code MonthDays}), day ranges and weekday-numbered days
 * ({@code CalendarPhrases}), years in words ({@code YearWords}), phrases anchored on a date
 * ({@code AnchoredPhrases}), the checks around a date ({@code DateGuards}, {@code Gaps}); and the
 * cheap {@code DateCues} prefilter. The package compiles no regular expression. It imports only
 * {@code io.claimsift.sentences}, {@code io.claimsift.lexicon} and the JDK: never
 * {@code io.claimsift.claims} or its other subpackages, Beam, the Beam composition or the lab, so
 * that every later stage can use it.
 */
package io.claimsift.claims.dates;
