package io.claimsift.beam;

import io.claimsift.claims.ClaimFacts;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.clean.CleanedArticle;
import io.claimsift.outlets.Outlets;
import io.claimsift.read.DecodedDocument;
import io.claimsift.read.Hashing;
import io.claimsift.read.Rejection;
import io.claimsift.schema.Article;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import io.claimsift.sentences.Sentence;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Maps between the plain-Java core types and the Avro records of the output contract (dedup has
 * its own mapping, {@code io.claimsift.beam.dedup.DedupRecords}).
 */
final class Records {
  private Records() {}

  static Reject reject(Rejection r) {
    return new Reject(r.sourceUri(), r.stage(), r.reason(), r.detail());
  }

  static Article article(DecodedDocument doc, CleanedArticle clean, String version) {
    return Article.newBuilder()
        .setArticleId(doc.articleId())
        .setSourceUri(doc.sourceUri())
        .setFormat(doc.format().code())
        .setCanonicalUrl(clean.canonicalUrl())
        .setSiteName(clean.siteName())
        .setTitle(clean.title())
        .setAuthors(clean.authors())
        .setPublishedAt(truncate(clean.publishedAt()))
        .setUpdatedAt(truncate(clean.updatedAt()))
        .setLanguage(clean.language())
        .setCleanText(clean.cleanText())
        .setRawLength(doc.text().length())
        .setCleanLength(clean.cleanText().length())
        .setRemovedCount(clean.removed().size())
        .setPipelineVersion(version)
        .setUrl(doc.url())
        .setFetchedAt(truncate(doc.fetchedAt()))
        .setPublishedAtSource(clean.publishedAtSource() == null ? null : clean.publishedAtSource().code())
        .setOutlet(Outlets.of(clean.canonicalUrl(), doc.url(), clean.siteName(), doc.articleId()))
        .build();
  }

  static RemovedSegment removed(String articleId, io.claimsift.clean.RemovedSpan s) {
    return new RemovedSegment(articleId, s.start(), s.end(), s.line(), s.text(), s.reason().code());
  }

  /** A mention without its claim id, which dedup assigns later. */
  static ClaimMention mention(String articleId, Sentence sentence, ClaimFacts facts) {
    return ClaimMention.newBuilder()
        .setMentionId(mentionId(articleId, sentence))
        .setArticleId(articleId)
        .setClaimId("")
        .setSentence(sentence.text())
        .setStart(sentence.start())
        .setEnd(sentence.end())
        .setQuantities(facts.quantities().stream().map(Records::quantity).toList())
        .setDates(facts.dates().stream().map(Records::dateSpan).toList())
        .setAttribution(facts.attribution())
        .setHedged(facts.hedged())
        .setScore(facts.score())
        .setAttributionStart(facts.claimer() == null ? null : facts.claimer().start())
        .setAttributionEnd(facts.claimer() == null ? null : facts.claimer().end())
        .setAttributionInSentence(facts.claimer() == null ? null : facts.claimer().inSentence())
        .build();
  }

  /** 24 hex characters of SHA-256 over the article id and the sentence's offsets. */
  static String mentionId(String articleId, Sentence sentence) {
    String key = articleId + ":" + sentence.start() + ":" + sentence.end();
    return Hashing.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
  }

  static Quantity quantity(QuantityMention q) {
    return new Quantity(q.text(), q.start(), q.end(), q.kind().code(), q.value(), q.unit(),
        q.currency(), q.normalizedValue(), q.low(), q.high(), q.bound(), q.change());
  }

  static DateSpan dateSpan(DateMention d) {
    return new DateSpan(d.text(), d.start(), d.end(), d.first(), d.last(), d.granularity().code());
  }

  /** Avro stores timestamp-millis; dropping sub-millisecond digits keeps records equal after a round trip. */
  private static Instant truncate(Instant instant) {
    return instant == null ? null : Instant.ofEpochMilli(instant.toEpochMilli());
  }
}
