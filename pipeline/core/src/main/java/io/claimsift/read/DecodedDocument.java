package io.claimsift.read;

import java.io.Serializable;

/**
 * An input file decoded to text, ready for cleaning.
 *
 * @param articleId SHA-256 hex of the stored bytes (before gunzip)
 * @param text the decoded document (page text or HTML source)
 */
public record DecodedDocument(String sourceUri, String articleId, DocumentFormat format, String text)
    implements Serializable {}
