package io.claimsift.beam.dedup;

import io.claimsift.schema.Article;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** The source URI of every article, by article id. */
final class SourceUriFn extends DoFn<Article, KV<String, String>> {
  @ProcessElement
  public void process(@Element Article article, OutputReceiver<KV<String, String>> out) {
    out.output(KV.of(article.getArticleId(), article.getSourceUri()));
  }
}
