package io.claimsift.claims.quantities;

/** A number found in a text: {@code [start, end)} and its value ("two dozen" = 24, "$2bn" core "2bn" = 2e9). */
public record NumberSpan(int start, int end, double value) {}
