package io.claimsift.claims.dates;

import java.time.LocalDate;

/**
 * A date or period stated in a text, as an inclusive interval, with offsets into the clean text.
 *
 * @param first first day of the period, null when open at the start
 * @param last last day of the period (inclusive), null when open at the end ("since April 2018")
 */
public record DateMention(
    String text, int start, int end, LocalDate first, LocalDate last, Granularity granularity) {}
