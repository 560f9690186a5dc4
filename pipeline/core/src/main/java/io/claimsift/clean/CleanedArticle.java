package io.claimsift.clean;

import java.time.Instant;
import java.util.List;

/**
 * The result of cleaning one decoded document.
 *
 * @param cleanText body paragraphs joined by one blank line ("\n\n"); empty when no body was found
 * @param removed removed segments in document order
 */
public record CleanedArticle(
    String title,
    List<String> authors,
    Instant publishedAt,
    Instant updatedAt,
    String language,
    String canonicalUrl,
    String siteName,
    String cleanText,
    List<RemovedSpan> removed) {
  public CleanedArticle {
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
  }
}
