package io.claimsift.output;

import io.claimsift.clean.PlausibleDates;
import io.claimsift.schema.Article;
import io.claimsift.schema.Claim;
import io.claimsift.schema.ClaimMention;
import io.claimsift.read.RejectReason;
import io.claimsift.schema.DateSpan;
import io.claimsift.schema.Quantity;
import io.claimsift.schema.Reject;
import io.claimsift.schema.RemovedSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The output contract (docs/contract.md): the values a record must hold to be written.
 *
 * <ul>
 *   <li>every {@code date} inside the window of stated dates, {@value #STATED_WINDOW}, and every
 *       {@code timestamp-millis} inside the plausible window of publication times, 1990-01-01
 *       (inclusive) to 2100-01-01 (exclusive); both lie inside 0001-01-01..9999-12-31, the range
 *       of every warehouse's DATE and of Python's {@code datetime};
 *   <li>every double finite, and score and similarity inside their documented ranges;
 *   <li>every string valid UTF-16, without unpaired surrogates, so that it encodes to valid UTF-8;
 *   <li>every offset inside its text: a span's length equals its text's length, quantities and
 *       dates of a mention lie inside its sentence, clean_length equals clean_text's length;
 *   <li>every first_seen_release a release id ({@link ReleaseIds#VALID}) or null.
 * </ul>
 *
 * <p>The checks walk the schema, so a new field of a checked type is covered without a change
 * here. A violating value is a bug upstream: it is replaced by null where the field is nullable
 * (the four attribution fields of a mention go together), otherwise the record is rejected. A
 * reject, which cannot be rejected, gets U+FFFD for each unpaired surrogate instead.
 * Records are never modified: a repair is made on a copy. Stateless and thread-safe.
 */
public final class OutputContract {
  /** The first day a stated date may have: the 10th century is the earliest one the extractor names. */
  public static final LocalDate FIRST_STATED_DAY = LocalDate.of(900, 1, 1);
  /** The last day a stated date may have: under 1,000 years after the last plausible publication day. */
  public static final LocalDate LAST_STATED_DAY = LocalDate.of(3099, 12, 31);

  static final String STATED_WINDOW = "0900-01-01..3099-12-31";
  /** The stage of a reject made where records are written. */
  public static final String WRITE_STAGE = "write";

  /**
   * The outcome of checking one record.
   *
   * @param record the record to write (the input itself when it was clean, else a repaired copy),
   *     or null when the record must go to rejects
   * @param violations one line per violating value, naming the field and the rule; empty when clean
   */
  public record Checked(SpecificRecord record, List<String> violations) {
    public boolean rejected() {
      return record == null;
    }
  }

  private OutputContract() {}

  /** Checks a record of {@code dataset} against the contract. */
  public static Checked check(Dataset dataset, SpecificRecord record) {
    List<String> violations = new ArrayList<>();
    boolean fatal = new Walk(violations, false).record(record, dataset.folder());
    fatal |= offsets(record, violations, false);
    if (violations.isEmpty()) {
      return new Checked(record, List.of());
    }
    if (dataset == Dataset.REJECTS) {
      return new Checked(repairedReject((Reject) record), List.copyOf(violations));
    }
    if (fatal) {
      return new Checked(null, List.copyOf(violations));
    }
    // The class's own model knows its logical-type conversions (Instant, LocalDate).
    SpecificRecord copy = SpecificData.getForClass(record.getClass()).deepCopy(record.getSchema(), record);
    List<String> ignored = new ArrayList<>();
    new Walk(ignored, true).record(copy, dataset.folder());
    offsets(copy, ignored, true);
    return new Checked(copy, List.copyOf(violations));
  }

  /**
   * The reject for a record that broke the contract: stage write, reason contract_violation, and
   * the record's key and violations as the detail.
   *
   * @param sourceUri the input file the record came from
   */
  public static Reject reject(String sourceUri, Dataset dataset, SpecificRecord record, List<String> violations) {
    String detail = dataset.folder() + " record " + dataset.sortKey(record) + " broke the output contract: "
        + String.join("; ", violations);
    return new Reject(sourceUri, WRITE_STAGE, RejectReason.CONTRACT_VIOLATION.code(), detail);
  }

  /**
   * A reject cannot itself be rejected: each unpaired surrogate of its strings becomes U+FFFD, the
   * replacement character.
   */
  private static Reject repairedReject(Reject r) {
    return new Reject(replaceUnpaired(r.getSourceUri()), replaceUnpaired(r.getStage()),
        replaceUnpaired(r.getReason()), replaceUnpaired(r.getDetail()));
  }

  private static String replaceUnpaired(String s) {
    if (unpairedSurrogate(s) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** True when {@code s} holds no unpaired surrogate (a valid UTF-16 string, so valid UTF-8). */
  public static boolean isWellFormed(CharSequence s) {
    return unpairedSurrogate(s) < 0;
  }

  /** The index of the first unpaired surrogate of {@code s}, or -1. */
  static int unpairedSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code day} is inside the window of stated dates. */
  public static boolean isStatedDay(LocalDate day) {
    return !day.isBefore(FIRST_STATED_DAY) && !day.isAfter(LAST_STATED_DAY);
  }

  /**
   * The type rules, by schema: strings, doubles, dates and timestamps at any depth. Nullable
   * values are nulled when {@code repair} is set; a violation of a required value is fatal.
   */
  private static final class Walk {
    private final List<String> violations;
    private final boolean repair;

    Walk(List<String> violations, boolean repair) {
      this.violations = violations;
      this.repair = repair;
    }

    /** Checks every field of {@code record}; true when a required value violates the contract. */
    boolean record(IndexedRecord record, String path) {
      boolean fatal = false;
      for (Schema.Field field : record.getSchema().getFields()) {
        Schema schema = field.schema();
        boolean nullable = schema.isNullable();
        Schema type = nullable ? nonNull(schema) : schema;
        String where = path + "." + field.name();
        Object value = record.get(field.pos());
        if (value == null) {
          continue;
        }
        String problem = problem(type, value, where);
        if (problem == null) {
          continue;
        }
        if (problem.isEmpty()) {
          fatal = true; // a nested required value already reported itself
        } else if (nullable) {
          violations.add(where + ": " + problem + " (set to null)");
          if (repair) {
            record.put(field.pos(), null);
          }
        } else {
          violations.add(where + ": " + problem);
          fatal = true;
        }
      }
      return fatal;
    }

    /** What is wrong with {@code value}; "" when a nested required value was wrong; null when fine. */
    private String problem(Schema type, Object value, String where) {
      switch (type.getType()) {
        case STRING: {
          int bad = unpairedSurrogate((CharSequence) value);
          return bad < 0 ? null : "unpaired surrogate at index " + bad;
        }
        case DOUBLE: {
          double d = (Double) value;
          return Double.isFinite(d) ? null : "not a finite number: " + d;
        }
        case INT:
        case LONG:
          return temporal(type.getLogicalType(), value);
        case RECORD:
          return record((IndexedRecord) value, where) ? "" : null;
        case ARRAY: {
          boolean fatal = false;
          Schema items = type.getElementType();
          int i = 0;
          for (Object item : (List<?>) value) {
            String p = item == null ? null : problem(items, item, where + "[" + i + "]");
            if (p != null && !p.isEmpty()) {
              violations.add(where + "[" + i + "]: " + p);
            }
            fatal |= p != null;
            i++;
          }
          return fatal ? "" : null;
        }
        default:
          return null;
      }
    }

    private static String temporal(LogicalType logical, Object value) {
      if (logical instanceof LogicalTypes.Date) {
        LocalDate day = (LocalDate) value;
        return isStatedDay(day) ? null : day + " is outside " + STATED_WINDOW;
      }
      if (logical instanceof LogicalTypes.TimestampMillis) {
        Instant t = (Instant) value;
        boolean inside = !t.isBefore(PlausibleDates.FLOOR) && t.isBefore(PlausibleDates.CEILING);
        return inside ? null
            : LocalDate.ofInstant(t, ZoneOffset.UTC) + " is outside " + PlausibleDates.FLOOR + ".."
                + PlausibleDates.CEILING + " (exclusive)";
      }
      return null;
    }

    private static Schema nonNull(Schema union) {
      for (Schema s : union.getTypes()) {
        if (s.getType() != Schema.Type.NULL) {
          return s;
        }
      }
      return union;
    }
  }

  /** The offset and range rules of each record type; true when a required value is wrong. */
  private static boolean offsets(SpecificRecord record, List<String> violations, boolean repair) {
    Rules rules = new Rules(violations);
    if (record instanceof Article a) {
      rules.require(a.getCleanText() != null && a.getCleanLength() == a.getCleanText().length(),
          "articles.clean_length: " + a.getCleanLength() + " is not the length of clean_text");
      rules.require(a.getRawLength() >= 0, "articles.raw_length: negative");
      rules.require(a.getRemovedCount() >= 0, "articles.removed_count: negative");
      if (!releaseIdOrNull(a.getFirstSeenRelease(), "articles", violations) && repair) {
        a.setFirstSeenRelease(null);
      }
    } else if (record instanceof ClaimMention m) {
      String p = "claim_mentions.";
      rules.require(m.getStart() >= 0 && m.getEnd() - m.getStart() == m.getSentence().length(),
          p + "start/end: " + m.getStart() + ".." + m.getEnd() + " is not the sentence's span");
      // A NaN is reported once, by the type rules.
      double score = m.getScore();
      double similarity = m.getSimilarityToRepresentative();
      rules.require(Double.isNaN(score) || score >= 0 && score <= 1, p + "score: outside [0, 1]");
      rules.require(Double.isNaN(similarity) || Math.abs(similarity) <= 1,
          p + "similarity_to_representative: outside [-1, 1]");
      for (Quantity q : m.getQuantities()) {
        rules.span(p + "quantities", q.getText(), q.getStart(), q.getEnd(), m.getStart(), m.getEnd());
      }
      for (DateSpan d : m.getDates()) {
        rules.span(p + "dates", d.getText(), d.getStartOffset(), d.getEndOffset(), m.getStart(), m.getEnd());
      }
      attribution(m, violations, repair);
    } else if (record instanceof Claim c) {
      if (!releaseIdOrNull(c.getFirstSeenRelease(), "claims", violations) && repair) {
        c.setFirstSeenRelease(null);
      }
      for (Quantity q : c.getQuantities()) {
        rules.span("claims.quantities", q.getText(), q.getStart(), q.getEnd(), 0, Integer.MAX_VALUE);
      }
      for (DateSpan d : c.getDates()) {
        rules.span("claims.dates", d.getText(), d.getStartOffset(), d.getEndOffset(), 0, Integer.MAX_VALUE);
      }
    } else if (record instanceof RemovedSegment s) {
      rules.require(s.getStart() >= 0 && s.getEnd() >= s.getStart(),
          "removed_segments.start/end: " + s.getStart() + ".." + s.getEnd() + " is not a span");
      // Text input: the segment is the document's text between its offsets (TextCleaner).
      rules.require(s.getLine() == null || s.getLine() >= 1
              && s.getEnd() - s.getStart() == s.getText().length(),
          "removed_segments.line/start/end: not the span of the text on that line");
    }
    return rules.fatal;
  }

  /** True when {@code id} is null or a valid release id ({@link ReleaseIds#VALID}); a violation otherwise. */
  private static boolean releaseIdOrNull(String id, String dataset, List<String> violations) {
    if (id == null || ReleaseIds.isValid(id)) {
      return true;
    }
    violations.add(dataset + ".first_seen_release: not a release id (1 to 64 of A-Z a-z 0-9 . _ -) (set to null)");
    return false;
  }

  /** The attribution and its offsets are null together, and the offsets span its text. */
  private static void attribution(ClaimMention m, List<String> violations, boolean repair) {
    String text = m.getAttribution();
    Integer start = m.getAttributionStart();
    Integer end = m.getAttributionEnd();
    Boolean inSentence = m.getAttributionInSentence();
    boolean fine = text == null
        ? start == null && end == null && inSentence == null
        : start != null && end != null && inSentence != null && start >= 0
            && end - start == text.length()
            && inSentence == (start >= m.getStart() && end <= m.getEnd());
    if (fine) {
      return;
    }
    violations.add("claim_mentions.attribution: its offsets do not span it (the four attribution"
        + " fields set to null)");
    if (repair) {
      m.setAttribution(null);
      m.setAttributionStart(null);
      m.setAttributionEnd(null);
      m.setAttributionInSentence(null);
    }
  }

  /** Required-value checks that collect their violations. */
  private static final class Rules {
    private final List<String> violations;
    boolean fatal;

    Rules(List<String> violations) {
      this.violations = violations;
    }

    void require(boolean holds, String violation) {
      if (!holds) {
        violations.add(violation);
        fatal = true;
      }
    }

    /** A span of {@code text} inside {@code [from, to)}, as long as its text. */
    void span(String field, CharSequence text, int start, int end, int from, int to) {
      require(start >= from && end <= to && end - start == text.length(),
          String.format(Locale.ROOT, "%s: %d..%d does not span its text inside %d..%d", field, start, end,
              from, to == Integer.MAX_VALUE ? -1 : to));
    }
  }
}
