package io.claimsift.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.output.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * Reads a run's Avro files as a warehouse loader would, with Avro's generic reader and its
 * logical-type conversions to java.time, and checks the output contract on every record with
 * range checks of its own (independent of the pipeline's {@code OutputContract}): dates,
 * timestamps, doubles, strings (strict UTF-8, byte by byte) and offsets, also across datasets
 * (a mention's sentence is its article's text between its offsets).
 */
final class LoaderChecks {
  static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
  static final LocalDate FIRST_STATED_DAY = LocalDate.of(900, 1, 1);
  static final LocalDate LAST_STATED_DAY = LocalDate.of(3099, 12, 31);
  static final Instant FIRST_TIMESTAMP = Instant.parse("1990-01-01T00:00:00Z");
  static final Instant END_OF_TIMESTAMPS = Instant.parse("2100-01-01T00:00:00Z");
  static final Set<String> DATE_SOURCES = Set.of("meta", "time", "json_ld", "dateline", "url");

  private LoaderChecks() {}

  /** Avro's generic model with the java.time conversions a loader registers. */
  static GenericData timeModel() {
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(new TimeConversions.DateConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    return model;
  }

  /** Every record of every dataset, read with {@link #timeModel()}; strings stay raw UTF-8 bytes. */
  static Map<Dataset, List<GenericRecord>> read(Path output) throws IOException {
    Map<Dataset, List<GenericRecord>> all = new EnumMap<>(Dataset.class);
    GenericData model = timeModel();
    for (Dataset dataset : Dataset.values()) {
      // The reader's schema without the Java string hint: strings arrive as Utf8 bytes, which
      // are decoded strictly below (a Java String would hide bad bytes behind U+FFFD).
      Schema expected = new Schema.Parser().parse(
          dataset.schema().toString().replace(",\"avro.java.string\":\"String\"", ""));
      List<GenericRecord> records = new ArrayList<>();
      for (Path file : OutputFiles.files(output, dataset, ".avro")) {
        try (InputStream in = Files.newInputStream(file);
            DataFileStream<GenericRecord> stream =
                new DataFileStream<>(in, new GenericDatumReader<>(null, expected, model))) {
          stream.forEach(records::add);
        }
      }
      all.put(dataset, records);
    }
    return all;
  }

  /** Every violation of the contract in the run's records; empty when the run keeps it. */
  static List<String> violations(Map<Dataset, List<GenericRecord>> all) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Dataset, List<GenericRecord>> e : all.entrySet()) {
      for (GenericRecord r : e.getValue()) {
        values(r, e.getKey().folder(), out);
      }
    }
    Map<String, String> texts = new HashMap<>();
    for (GenericRecord a : all.get(Dataset.ARTICLES)) {
      String text = str(a, "clean_text");
      texts.put(str(a, "article_id"), text);
      check(out, (Long) a.get("clean_length") == text.length(), "articles: clean_length", a);
      Instant published = (Instant) a.get("published_at");
      Object source = a.get("published_at_source");
      check(out, (published == null) == (source == null), "articles: published_at_source without published_at", a);
      check(out, source == null || DATE_SOURCES.contains(source.toString()), "articles: published_at_source", a);
    }
    Map<String, GenericRecord> mentions = new HashMap<>();
    for (GenericRecord m : all.get(Dataset.CLAIM_MENTIONS)) {
      mentions.put(str(m, "mention_id"), m);
      String text = texts.get(str(m, "article_id"));
      int start = (Integer) m.get("start");
      int end = (Integer) m.get("end");
      if (text == null || start < 0 || end > text.length() || start > end) {
        out.add("claim_mentions: no article text around " + m.get("mention_id"));
        continue;
      }
      check(out, text.substring(start, end).equals(str(m, "sentence")), "claim_mentions: sentence offsets", m);
      spans(m, text, start, end, out);
      if (m.get("attribution") != null) {
        int as = (Integer) m.get("attribution_start");
        int ae = (Integer) m.get("attribution_end");
        check(out, as >= 0 && ae <= text.length() && text.substring(as, ae).equals(str(m, "attribution")),
            "claim_mentions: attribution offsets", m);
      }
    }
    for (GenericRecord c : all.get(Dataset.CLAIMS)) {
      GenericRecord rep = mentions.get(str(c, "representative_mention_id"));
      if (rep == null) {
        out.add("claims: no representative mention for " + c.get("claim_id"));
        continue;
      }
      spans(c, texts.get(str(rep, "article_id")), (Integer) rep.get("start"), (Integer) rep.get("end"), out);
    }
    for (GenericRecord s : all.get(Dataset.REMOVED_SEGMENTS)) {
      check(out, (Integer) s.get("start") >= 0 && (Integer) s.get("end") >= (Integer) s.get("start"),
          "removed_segments: offsets", s);
    }
    return out;
  }

  /** Quantities and dates of a mention or claim: inside the sentence, spanning their text. */
  private static void spans(GenericRecord r, String text, int from, int to, List<String> out) {
    for (String field : List.of("quantities", "dates")) {
      boolean dates = field.equals("dates");
      for (Object o : (List<?>) r.get(field)) {
        GenericRecord q = (GenericRecord) o;
        int s = (Integer) q.get(dates ? "start_offset" : "start");
        int e = (Integer) q.get(dates ? "end_offset" : "end");
        boolean inside = s >= from && e <= to && s <= e && text.substring(s, e).equals(str(q, "text"));
        check(out, inside, r.getSchema().getName() + "." + field + ": offsets", r);
      }
    }
  }

  /** Field by field, at any depth: the type rules of the contract. */
  private static void values(Object value, String where, List<String> out) {
    if (value instanceof GenericRecord r) {
      for (Schema.Field f : r.getSchema().getFields()) {
        values(r.get(f.pos()), where + "." + f.name(), out);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        values(item, where + "[]", out);
      }
    } else if (value instanceof Utf8 u) {
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(u.getBytes(), 0, u.getByteLength()));
      } catch (CharacterCodingException e) {
        out.add(where + ": invalid UTF-8");
      }
    } else if (value instanceof CharSequence) {
      out.add(where + ": read as a Java string, not checked byte by byte");
    } else if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        out.add(where + ": " + d);
      }
    } else if (value instanceof LocalDate day) {
      if (day.isBefore(MIN_DATE) || day.isAfter(MAX_DATE)
          || day.isBefore(FIRST_STATED_DAY) || day.isAfter(LAST_STATED_DAY)) {
        out.add(where + ": " + day);
      }
    } else if (value instanceof Instant t) {
      if (t.isBefore(FIRST_TIMESTAMP) || !t.isBefore(END_OF_TIMESTAMPS)) {
        out.add(where + ": " + t);
      }
    } else if (value instanceof Long || value instanceof Integer) {
      // An int or long that is a date or time arrives converted; a plain one has no range rule.
    }
  }

  /** The value of a manifest counter, or -1 when it is missing. */
  static long counter(Path output, String stage, String name) throws IOException {
    JsonNode node = manifest(output).path("counters").path(stage).path(name);
    return node.isMissingNode() ? -1 : node.asLong();
  }

  static JsonNode manifest(Path output) throws IOException {
    return new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
  }

  private static String str(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }

  private static void check(List<String> out, boolean holds, String rule, GenericRecord r) {
    if (!holds) {
      Schema.Field key = r.getSchema().getFields().get(0);
      out.add(rule + " (" + key.name() + " " + r.get(key.pos()) + ")");
    }
  }
}
