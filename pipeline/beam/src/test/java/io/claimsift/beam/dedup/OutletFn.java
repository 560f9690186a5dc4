package io.claimsift.beam.dedup;

import io.claimsift.outlets.Outlets;
import io.claimsift.schema.Article;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** The outlet of every article, by article id (a record without one is its own unknown outlet). */
final class OutletFn extends DoFn<Article, KV<String, String>> {
  @ProcessElement
  public void process(@Element Article article, OutputReceiver<KV<String, String>> out) {
    String outlet = article.getOutlet();
    out.output(KV.of(article.getArticleId(), outlet == null ? Outlets.unknown(article.getArticleId()) : outlet));
  }
}
