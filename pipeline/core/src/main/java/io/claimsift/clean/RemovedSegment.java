package io.claimsift.clean;

/**
 * A piece of a raw document removed from the body.
 *
 * @param start offset (inclusive) into the decoded raw document
 * @param end offset (exclusive) into the decoded raw document
 * @param line 1-based line number for text input, null for HTML
 */
public record RemovedSegment(int start, int end, Integer line, String text, RemovalReason reason) {}
