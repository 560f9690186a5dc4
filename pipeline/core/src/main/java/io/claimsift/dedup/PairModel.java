package io.claimsift.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Logistic regression over {@link PairFeatures}: P(same claim) = σ(bias + Σ wᵢ·(xᵢ − μᵢ)/σᵢ).
 * Immutable and thread-safe.
 *
 * <p>{@link #train} is deterministic (full-batch gradient descent from zero weights, fixed step
 * count, L2 penalty; no randomness), so the committed resource {@code pair-model.tsv} is
 * reproducible with {@code io.claimsift.eval.dedup.TrainPairModel}.
 */
public final class PairModel {
  /** Classpath location of the committed parameters. */
  public static final String RESOURCE = "/io/claimsift/dedup/pair-model.tsv";

  private static volatile PairModel committed;

  private final List<String> names;
  private final double[] mean;
  private final double[] scale;
  private final double[] weights;
  private final double bias;

  public PairModel(List<String> names, double[] mean, double[] scale, double[] weights, double bias) {
    int n = names.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException("model arrays must all have " + n + " entries");
    }
    this.names = List.copyOf(names);
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** The committed model (loaded once per JVM). */
  public static PairModel committed() {
    PairModel local = committed;
    if (local == null) {
      synchronized (PairModel.class) {
        local = committed;
        if (local == null) {
          try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            local = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (!local.names.equals(PairFeatures.NAMES)) {
            throw new IllegalStateException("pair model features " + local.names + " != " + PairFeatures.NAMES);
          }
          committed = local;
        }
      }
    }
    return local;
  }

  /** P(same claim) of a feature vector. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  public List<String> names() {
    return names;
  }

  /**
   * Fits a model.
   *
   * @param x feature vectors
   * @param y gold labels
   * @param l2 penalty on the (standardised) weights
   * @param steps gradient steps
   */
  public static PairModel train(List<String> names, double[][] x, boolean[] y, double l2, int steps) {
    int n = x.length;
    int d = names.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1.0;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d];
    double[] velocity = new double[d + 1];
    double b = 0;
    double rate = 0.5;
    double momentum = 0.9;
    for (int step = 0; step < steps; step++) {
      double[] grad = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double s = b;
        for (int j = 0; j < d; j++) {
          s += w[j] * z[i][j];
        }
        double err = 1.0 / (1.0 + Math.exp(-s)) - (y[i] ? 1.0 : 0.0);
        for (int j = 0; j < d; j++) {
          grad[j] += err * z[i][j] / n;
        }
        grad[d] += err / n;
      }
      for (int j = 0; j < d; j++) {
        velocity[j] = momentum * velocity[j] - rate * (grad[j] + l2 * w[j]);
        w[j] += velocity[j];
      }
      velocity[d] = momentum * velocity[d] - rate * grad[d];
      b += velocity[d];
    }
    return new PairModel(names, mean, scale, w, b);
  }

  /** The parameters as TSV: a header, one row per feature (name, mean, scale, weight), then the bias. */
  public String toTsv() {
    StringBuilder sb = new StringBuilder("feature\tmean\tscale\tweight\n");
    for (int j = 0; j < names.size(); j++) {
      sb.append(names.get(j)).append('\t').append(num(mean[j])).append('\t').append(num(scale[j]))
          .append('\t').append(num(weights[j])).append('\n');
    }
    sb.append("bias\t0\t1\t").append(num(bias)).append('\n');
    return sb.toString();
  }

  /** Parses {@link #toTsv()} output. */
  public static PairModel parse(String tsv) {
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double bias = Double.NaN;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("bias")) {
          bias = Double.parseDouble(f[3]);
        } else {
          names.add(f[0]);
          rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Double.isNaN(bias)) {
      throw new IllegalArgumentException("pair model without a bias row");
    }
    double[] mean = new double[rows.size()];
    double[] scale = new double[rows.size()];
    double[] weights = new double[rows.size()];
    for (int j = 0; j < rows.size(); j++) {
      mean[j] = rows.get(j)[0];
      scale[j] = rows.get(j)[1];
      weights[j] = rows.get(j)[2];
    }
    return new PairModel(names, mean, scale, weights, bias);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.8g", v);
  }
}
