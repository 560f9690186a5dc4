package io.claimsift.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic-regression model: a bias and one weight per named feature.
 *
 * <p>Immutable and thread-safe. The probability is {@code sigmoid(bias + sum of the weights of the
 * present features)}; an unknown feature weighs 0. Stored as JSON (description, bias, weights
 * sorted by feature name, one per line, each written as the shortest decimal that reads back to
 * the same double), so a retrain on the same data writes the same bytes.
 */
public final class LogisticModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final double bias;
  private final Map<String, Double> weights;
  private final String description;

  /** A model with the given bias and feature weights; {@code description} says how it was trained. */
  public LogisticModel(double bias, Map<String, Double> weights, String description) {
    this.bias = bias;
    this.weights = Map.copyOf(weights);
    this.description = description;
  }

  /** Reads a model written by {@link #write}. */
  public static LogisticModel read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    Map<String, Double> weights = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("weights").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      weights.put(e.getKey(), e.getValue().asDouble());
    }
    return new LogisticModel(root.get("bias").asDouble(), weights, root.path("description").asText(""));
  }

  /** Writes the model as JSON: description, bias, weights sorted by feature; one weight per line. */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("description", description);
    root.put("bias", new BigDecimal(Double.toString(bias)));
    ObjectNode w = root.putObject("weights");
    new TreeMap<>(weights).forEach((name, value) -> w.put(name, new BigDecimal(Double.toString(value))));
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Probability that a case with these features is positive. */
  public double probability(Collection<String> features) {
    double z = bias;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** The feature weights (read-only). */
  public Map<String, Double> weights() {
    return weights;
  }

  public double bias() {
    return bias;
  }

  public int size() {
    return weights.size();
  }

  public String description() {
    return description;
  }
}
