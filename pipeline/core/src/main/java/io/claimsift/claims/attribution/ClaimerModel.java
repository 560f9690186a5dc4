package io.claimsift.claims.attribution;

import io.claimsift.linear.LogisticModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * A logistic-regression weight per named feature of a claimer candidate ({@link ClaimerCandidates}).
 *
 * <p>Immutable and thread-safe. The probability that a candidate is the claimer is
 * {@code sigmoid(bias + sum of the weights of its features)}. Stored as JSON with the weights sorted
 * by feature name, so a retrain on the same data writes the same bytes. No model is committed: the
 * measured one did not beat the rules on both {@code check} halves (docs/quality.md).
 */
public final class ClaimerModel {

  private final LogisticModel model;

  /** A model with the given bias and feature weights; {@code description} says how it was trained. */
  public ClaimerModel(double bias, Map<String, Double> weights, String description) {
    this(new LogisticModel(bias, weights, description));
  }

  private ClaimerModel(LogisticModel model) {
    this.model = model;
  }

  /** Reads a model written by {@link #write}. */
  public static ClaimerModel read(InputStream in) throws IOException {
    return new ClaimerModel(LogisticModel.read(in));
  }

  /** Writes the model as JSON: description, bias, weights sorted by feature; one weight per line. */
  public void write(Path file) throws IOException {
    model.write(file);
  }

  /** Probability that a candidate with these features is the claimer. */
  public double probability(Collection<String> features) {
    return model.probability(features);
  }

  public double bias() {
    return model.bias();
  }

  public int size() {
    return model.size();
  }
}
