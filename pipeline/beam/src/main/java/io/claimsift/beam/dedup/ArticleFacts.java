package io.claimsift.beam.dedup;

import io.claimsift.schema.Article;
import org.apache.avro.reflect.Nullable;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/**
 * What a claim record takes from each of its articles, joined to the mentions by article_id (one
 * {@code CoGroupByKey}, no whole-run side input). A new per-article fact is one field here and one
 * line in {@link #of}; {@link DedupRecords#claim} reads it.
 */
final class ArticleFacts {
  /** The facts of a mention whose article is not in the run: none. */
  static final ArticleFacts NONE = new ArticleFacts();

  /** published_at in epoch milliseconds, when the article states one. */
  @Nullable Long publishedAtMillis;
  /** The article's source_uri. */
  @Nullable String sourceUri;
  /** The article's outlet; null in records written before outlets existed. */
  @Nullable String outlet;

  /** For the coder; fields stay null. */
  ArticleFacts() {}

  static ArticleFacts of(Article article) {
    ArticleFacts facts = new ArticleFacts();
    facts.publishedAtMillis = article.getPublishedAt() == null ? null : article.getPublishedAt().toEpochMilli();
    facts.sourceUri = article.getSourceUri();
    facts.outlet = article.getOutlet();
    return facts;
  }

  static AvroCoder<ArticleFacts> coder() {
    return AvroCoder.of(ArticleFacts.class);
  }
}
