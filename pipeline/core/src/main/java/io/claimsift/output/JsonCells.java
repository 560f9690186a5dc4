package io.claimsift.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/** Turns Avro values into plain values: ISO strings for dates and times, JSON for arrays and records. */
public final class JsonCells {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonCells() {}

  /** The text of one CSV cell for an Avro field value; null stays null. */
  public static String cell(Object value) {
    Object plain = plain(value);
    if (plain == null) {
      return null;
    }
    if (plain instanceof List || plain instanceof Map) {
      try {
        return JSON.writeValueAsString(plain);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return plain.toString();
  }

  /** A JSON-friendly copy of an Avro value, keeping field order. */
  public static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof IndexedRecord) {
      IndexedRecord record = (IndexedRecord) value;
      Map<String, Object> map = new LinkedHashMap<>();
      for (Schema.Field field : record.getSchema().getFields()) {
        map.put(field.name(), plain(record.get(field.pos())));
      }
      return map;
    }
    if (value instanceof List) {
      List<Object> list = new ArrayList<>();
      for (Object item : (List<?>) value) {
        list.add(plain(item));
      }
      return list;
    }
    throw new IllegalArgumentException("unsupported Avro value: " + value.getClass().getName());
  }
}
