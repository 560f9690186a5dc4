package io.claimsift.claims.scoring;

import io.claimsift.linear.LogisticModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * A logistic-regression check-worthiness model: a bias and one weight per named feature.
 *
 * <p>Immutable and thread-safe. The probability is {@code sigmoid(bias + sum of the weights of the
 * present features)}; the bias is shifted at training time so that 0.5 is the decision threshold
 * that maximised the check-worthy F1 in cross-validation. Stored in the sorted JSON of
 * {@link LogisticModel}, so a retrain on the same data writes the same bytes.
 */
public final class CheckWorthinessModel {

  /** Where the committed model lives on the class path. */
  public static final String RESOURCE = "/io/claimsift/claims/scoring/checkworthiness-model.json";

  private final LogisticModel model;

  /** A model with the given bias and feature weights; {@code description} says how it was trained. */
  public CheckWorthinessModel(double bias, Map<String, Double> weights, String description) {
    this(new LogisticModel(bias, weights, description));
  }

  private CheckWorthinessModel(LogisticModel model) {
    this.model = model;
  }

  /** The committed model, read once per class loader. */
  public static CheckWorthinessModel committed() {
    return Committed.MODEL;
  }

  /** Reads a model written by {@link #write}. */
  public static CheckWorthinessModel read(InputStream in) throws IOException {
    return new CheckWorthinessModel(LogisticModel.read(in));
  }

  /** Writes the model as JSON: description, bias, weights sorted by feature; one weight per line. */
  public void write(Path file) throws IOException {
    model.write(file);
  }

  /** Probability that a sentence with these features is check-worthy. */
  public double probability(Collection<String> features) {
    return model.probability(features);
  }

  public double bias() {
    return model.bias();
  }

  public int size() {
    return model.size();
  }

  public String description() {
    return model.description();
  }

  /** Lazy holder: the resource is parsed on first use only. */
  private static final class Committed {
    static final CheckWorthinessModel MODEL = load();

    private static CheckWorthinessModel load() {
      try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
