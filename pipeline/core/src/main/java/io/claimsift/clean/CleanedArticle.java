package io.claimsift.clean;

import java.time.Instant;
import java.util.List;

/**
 * The result of cleaning one decoded document.
 *
 * @param cleanText body paragraphs joined by one blank line ("\n\n"); empty when no body was found
 * @param removed removed segments in document order
 * @param publishedAt a plausible publication time (see {@link PlausibleDates}), or null
 * @param publishedAtSource where publishedAt came from; null exactly when publishedAt is null
 */
public record CleanedArticle(
    String title,
    List<String> authors,
    Instant publishedAt,
    DateSource publishedAtSource,
    Instant updatedAt,
    String language,
    String canonicalUrl,
    String siteName,
    String cleanText,
    List<RemovedSpan> removed) {
  public CleanedArticle {
    if ((publishedAt == null) != (publishedAtSource == null)) {
      throw new IllegalArgumentException("publishedAtSource must be set exactly when publishedAt is");
    }
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
  }
}
