package io.claimsift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The scoring constants of the body choice: one {@link Preset} of {@link BodyRegion} per front end
 * and the thresholds of the HTML sanity check ({@link TextFallback}). The committed values are the
 * resource {@value #RESOURCE}, written by the lab's training command; every field must be present.
 *
 * @param text the plain-text front end's body region
 * @param html the HTML front end's body region
 * @param fallback the HTML sanity check
 */
public record RegionParams(Preset text, Preset html, Fallback fallback) {

  /** The committed parameters, a resource of this package. */
  public static final String RESOURCE = "region-params.json";

  private static volatile RegionParams standard;

  /**
   * The scores of one front end's body region (see {@link BodyRegion} for how each is used).
   *
   * @param proseLetters letters a sentence-like block needs to count as prose
   * @param mediumRate share of its letters a shorter sentence-like block earns
   * @param mediumMinLetters the fewest letters of such a shorter block
   * @param spreadOverMain whether the region spreads over its main container's blocks
   * @param maxProseLinkDensity the largest share of linked letters in prose
   * @param maxLinkDensityInMain the same inside the main container
   * @param linkCostBase cost per letter of a link-heavy block, plus its link density
   * @param barrier score of a comment-section heading
   * @param softBarrier score of another section heading (related links, ...)
   * @param continued factor of prose right after prose
   * @param afterShort factor of prose right after a short block
   * @param shortBase fixed cost of a short or removed block
   * @param shortRate cost per letter of a short or removed block
   * @param minArticleScore region score below which a region before a comment heading is none
   * @param longRun costly blocks in a row after which each one costs more
   * @param longRunFactor how much more
   * @param hintWeight how much one step of markup hint raises prose and lowers cost
   */
  public record Preset(
      int proseLetters,
      double mediumRate,
      int mediumMinLetters,
      boolean spreadOverMain,
      double maxProseLinkDensity,
      double maxLinkDensityInMain,
      double linkCostBase,
      double barrier,
      double softBarrier,
      double continued,
      double afterShort,
      double shortBase,
      double shortRate,
      double minArticleScore,
      int longRun,
      double longRunFactor,
      double hintWeight) {}

  /**
   * The HTML sanity check (see {@link TextFallback}).
   *
   * @param minSentenceLetters sentence-like letters that make an HTML body plausible
   * @param sentenceParagraphLetters the shortest paragraph that counts as sentence-like
   * @param letterShareDivisor the HTML body fails below 1/this of the text front end's letters
   */
  public record Fallback(
      int minSentenceLetters, int sentenceParagraphLetters, int letterShareDivisor) {}

  /** The committed parameters (read once per JVM). */
  public static RegionParams standard() {
    RegionParams local = standard;
    if (local == null) {
      try (InputStream in = RegionParams.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        local = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      standard = local;
    }
    return local;
  }

  /** Reads parameters from JSON: every field of every part present, and no other. */
  public static RegionParams parse(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      return read(RegionParams.class, root, "");
    } catch (IOException e) {
      throw new IllegalArgumentException("region parameters: " + e.getMessage(), e);
    }
  }

  /** The parameters as JSON, fields in declaration order: what {@link #parse} reads. */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    write(this, out, "");
    return out.append('\n').toString();
  }

  private static <T> T read(Class<T> type, JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("region parameters: " + path + " must be an object");
    }
    RecordComponent[] parts = type.getRecordComponents();
    List<String> names = new ArrayList<>();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i].getName();
      names.add(name);
      types[i] = parts[i].getType();
      JsonNode v = node.get(name);
      String where = path + name;
      if (v == null) {
        throw new IllegalArgumentException("region parameters: missing " + where);
      }
      if (types[i] == int.class) {
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
          throw new IllegalArgumentException("region parameters: " + where + " is no integer");
        }
        values[i] = v.intValue();
      } else if (types[i] == double.class) {
        if (!v.isNumber()) {
          throw new IllegalArgumentException("region parameters: " + where + " is no number");
        }
        values[i] = v.doubleValue();
      } else if (types[i] == boolean.class) {
        if (!v.isBoolean()) {
          throw new IllegalArgumentException("region parameters: " + where + " is no boolean");
        }
        values[i] = v.booleanValue();
      } else {
        values[i] = read(types[i], v, where + ".");
      }
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw new IllegalArgumentException("region parameters: unknown field " + path + name);
      }
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Record value, StringBuilder out, String indent) {
    out.append("{\n");
    RecordComponent[] parts = value.getClass().getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      Object v;
      try {
        v = parts[i].getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      out.append(indent).append("  \"").append(parts[i].getName()).append("\": ");
      if (v instanceof Record r) {
        write(r, out, indent + "  ");
      } else if (v instanceof Double d) {
        // Shortest exact form: reading it back gives the same double.
        out.append(d == Math.rint(d) && Math.abs(d) < 1e15
            ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d));
      } else {
        out.append(v);
      }
      out.append(i + 1 < parts.length ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }
}
