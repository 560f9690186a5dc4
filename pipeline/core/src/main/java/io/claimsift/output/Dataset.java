package io.claimsift.output;

import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimChange;
import io.claimsift.schema.ClaimMention;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;

/** The output datasets: their folder names, Avro schemas and the key that orders their records. */
public enum Dataset {
  ARTICLES(Article.class, Article.getClassSchema()),
  CLAIM_MENTIONS(ClaimMention.class, ClaimMention.getClassSchema()),
  CLAIMS(Claim.class, Claim.getClassSchema()),
  REMOVED_SEGMENTS(RemovedSegment.class, RemovedSegment.getClassSchema()),
  REJECTS(Reject.class, Reject.getClassSchema()),
  /** Added with --previous (docs/incremental.md); without it every claim is new. */
  CLAIM_CHANGES(ClaimChange.class, ClaimChange.getClassSchema());

  private final Class<? extends SpecificRecord> recordClass;
  private final Schema schema;

  Dataset(Class<? extends SpecificRecord> recordClass, Schema schema) {
    this.recordClass = recordClass;
    this.schema = schema;
  }

  /** The folder name under --output, e.g. {@code claim_mentions}. */
  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Schema schema() {
    return schema;
  }

  public Class<? extends SpecificRecord> recordClass() {
    return recordClass;
  }

  /** The file name of one shard, e.g. {@code claims-00000-of-00001.avro}. */
  public String fileName(int shard, int shards, String extension) {
    return String.format(Locale.ROOT, "%s-%05d-of-%05d.%s", folder(), shard, shards, extension);
  }

  /** "sha256:" + hex of the SHA-256 of the schema's parsing canonical form. */
  public String schemaFingerprint() {
    try {
      byte[] digest = SchemaNormalization.parsingFingerprint("SHA-256", schema);
      return "sha256:" + java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The total order of records within a file: unique per record, so sorting is deterministic.
   *
   * <p>Claims come from the most outlets first, then the most supporting articles, the most
   * mentions, and by id: what a reader of the CSV wants to see.
   */
  public String sortKey(SpecificRecord record) {
    switch (this) {
      case ARTICLES:
        return ((Article) record).getArticleId();
      case CLAIM_MENTIONS: {
        ClaimMention m = (ClaimMention) record;
        return new StringBuilder(128).append(m.getArticleId()).append('|').append(pad10(m.getStart()))
            .append('|').append(pad10(m.getEnd())).append('|').append(m.getMentionId()).toString();
      }
      case CLAIMS: {
        Claim c = (Claim) record;
        return pad10(Integer.MAX_VALUE - c.getOutletCount()) + '|' + pad10(Integer.MAX_VALUE - c.getSupportCount())
            + '|' + pad10(Integer.MAX_VALUE - c.getMentionCount()) + '|' + c.getClaimId();
      }
      case REMOVED_SEGMENTS: {
        RemovedSegment s = (RemovedSegment) record;
        return new StringBuilder(128).append(s.getArticleId()).append('|').append(pad10(s.getStart()))
            .append('|').append(pad10(s.getEnd())).append('|').append(s.getReason()).append('|')
            .append(s.getText()).toString();
      }
      case REJECTS: {
        Reject r = (Reject) record;
        return r.getSourceUri() + "|" + r.getStage() + "|" + r.getReason();
      }
      case CLAIM_CHANGES: {
        ClaimChange c = (ClaimChange) record;
        return c.getClaimId() + "|" + c.getChange();
      }
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * {@code String.format(Locale.ROOT, "%010d", v)} without the formatter (which was 1.4 % of a
   * run's CPU here): a non-negative int has at most 10 digits.
   */
  static String pad10(int v) {
    if (v < 0) {
      return String.format(Locale.ROOT, "%010d", v);
    }
    String digits = Integer.toString(v);
    return "0000000000".substring(digits.length()) + digits;
  }
}
