package io.claimsift.clean;

/**
 * A span of a raw document removed from the body, with the reason. (The pipeline writes each one
 * as a row of the Avro record {@code io.claimsift.schema.RemovedSegment}.)
 *
 * @param start offset (inclusive) into the decoded raw document
 * @param end offset (exclusive) into the decoded raw document
 * @param line 1-based line number for text input, null for HTML
 */
public record RemovedSpan(int start, int end, Integer line, String text, RemovalReason reason) {}
