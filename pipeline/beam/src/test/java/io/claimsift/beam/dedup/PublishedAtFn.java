package io.claimsift.beam.dedup;

import io.claimsift.schema.Article;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** The publication time (epoch milliseconds) of articles that state one, by article id. */
final class PublishedAtFn extends DoFn<Article, KV<String, Long>> {
  @ProcessElement
  public void process(@Element Article article, OutputReceiver<KV<String, Long>> out) {
    if (article.getPublishedAt() != null) {
      out.output(KV.of(article.getArticleId(), article.getPublishedAt().toEpochMilli()));
    }
  }
}
