package io.claimsift.claims.quantities;

/**
 * A unit named without any number ("the % of increase", "a percentage"), with offsets into the
 * text it was found in. Not a quantity: it states no amount, so it never becomes a {@code
 * Quantity} row (whose value is required) and takes no part in dedup's value comparison.
 *
 * @param text surface text, equal to {@code text.substring(start, end)} of the searched text
 * @param unit the unit's name, e.g. "percent"
 */
public record UnitMention(String text, int start, int end, String unit) {}
