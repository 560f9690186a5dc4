package io.claimsift.beam.dedup;

import io.claimsift.schema.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * What a claim record takes from each of its articles, joined to the mentions by article_id (one
 * {@code CoGroupByKey}, no whole-run side input). A new per-article fact is one field here and one
 * line in {@link #of}; {@link DedupRecords#claim} reads it.
 */
final class ArticleFacts {
  /** The facts of a mention whose article is not in the run: none. */
  static final ArticleFacts NONE = new ArticleFacts();

  /** published_at in epoch milliseconds, when the article states one. */
  Long publishedAtMillis;
  /** The article's source_uri. */
  String sourceUri;
  /** The article's outlet; null in records written before outlets existed. */
  String outlet;

  private ArticleFacts() {}

  static ArticleFacts of(Article article) {
    ArticleFacts facts = new ArticleFacts();
    facts.publishedAtMillis = article.getPublishedAt() == null ? null : article.getPublishedAt().toEpochMilli();
    facts.sourceUri = article.getSourceUri();
    facts.outlet = article.getOutlet();
    return facts;
  }

  static Coder<ArticleFacts> coder() {
    return FactsCoder.INSTANCE;
  }

  /**
   * The three nullable fields in order. Avro's reflection coder, used before, cost a reflective
   * field access per field and a resolving decoder per read on every mention that crosses a join.
   */
  private static final class FactsCoder extends AtomicCoder<ArticleFacts> {
    private static final FactsCoder INSTANCE = new FactsCoder();
    private static final NullableCoder<Long> MILLIS = NullableCoder.of(VarLongCoder.of());
    private static final NullableCoder<String> TEXT = NullableCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(ArticleFacts facts, OutputStream out) throws IOException {
      MILLIS.encode(facts.publishedAtMillis, out);
      TEXT.encode(facts.sourceUri, out);
      TEXT.encode(facts.outlet, out);
    }

    @Override
    public ArticleFacts decode(InputStream in) throws IOException {
      ArticleFacts facts = new ArticleFacts();
      facts.publishedAtMillis = MILLIS.decode(in);
      facts.sourceUri = TEXT.decode(in);
      facts.outlet = TEXT.decode(in);
      return facts;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
