package io.claimsift.claims.scoring;

import io.claimsift.linear.LogisticModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

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
  /** The weights of the model by word, read without building feature names (built on first use). */
  private volatile WordWeights byWord;

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

  /**
   * The probability of {@link #probability(Collection)} for the features {@code features} gives
   * {@code sentence}, the same double: the present weights are added in the same order, each once,
   * but read from a table by word instead of by feature name, so no name is built.
   */
  public double probability(CheckWorthinessFeatures features, String sentence) {
    WordWeights table = byWord;
    if (table == null) {
      table = new WordWeights(model.weights());
      byWord = table;
    }
    Sum sum = new Sum(table, model.bias());
    features.emit(sentence, sum);
    return 1.0 / (1.0 + Math.exp(-sum.z));
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

  /** One weight of the model: a distinct object per feature, so that a repeated feature is known by identity. */
  private static final class Weight {
    final double value;

    Weight(double value) {
      this.value = value;
    }
  }

  /** What the model knows of one word: the weight of its unigram and of the bigrams it opens. */
  private static final class WordEntry {
    Weight unigram;
    Map<String, Weight> next = Map.of();
  }

  /** The model's weights by word ({@code u:word}, {@code b:word_next}) and by name (the {@code f:} features). */
  private static final class WordWeights {
    final Map<String, WordEntry> words;
    final Map<String, Weight> named;

    WordWeights(Map<String, Double> weights) {
      Map<String, WordEntry> words = new HashMap<>();
      Map<String, Map<String, Weight>> next = new HashMap<>();
      Map<String, Weight> named = new HashMap<>();
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        String name = e.getKey();
        Weight w = new Weight(e.getValue());
        if (name.startsWith("u:")) {
          words.computeIfAbsent(name.substring(2), k -> new WordEntry()).unigram = w;
        } else if (name.startsWith("b:") && name.indexOf('_') == name.lastIndexOf('_') && name.indexOf('_') > 1) {
          // the words of a bigram hold no "_" (letters, digits, joiners, "$", "%", "<num>"), so one "_" splits it
          int cut = name.indexOf('_');
          next.computeIfAbsent(name.substring(2, cut), k -> new HashMap<>()).put(name.substring(cut + 1), w);
        } else {
          named.put(name, w); // "f:" features; a name of another form is never looked up and weighs nothing
        }
      }
      next.forEach((word, following) -> words.computeIfAbsent(word, k -> new WordEntry()).next = Map.copyOf(following));
      this.words = words;
      this.named = Map.copyOf(named);
    }
  }

  /** Adds the weights of the features as they come, each distinct feature once, in the order of its first occurrence. */
  private static final class Sum implements CheckWorthinessFeatures.Sink {
    private final WordWeights table;
    private final Set<Weight> added = Collections.newSetFromMap(new IdentityHashMap<>());
    double z;
    // the last two words asked for: a bigram asks again for the word of the unigram before it
    private String recentWord;
    private WordEntry recentEntry;
    private String olderWord;
    private WordEntry olderEntry;

    Sum(WordWeights table, double bias) {
      this.table = table;
      this.z = bias;
    }

    private WordEntry entry(String word) {
      if (word == recentWord) {
        return recentEntry;
      }
      if (word == olderWord) {
        return olderEntry;
      }
      olderWord = recentWord;
      olderEntry = recentEntry;
      recentWord = word;
      recentEntry = table.words.get(word);
      return recentEntry;
    }

    private void add(Weight w) {
      // a missing feature weighs 0.0, and z + 0.0 is z: only present weights are added
      if (w != null && added.add(w)) {
        z += w.value;
      }
    }

    @Override
    public void unigram(String word) {
      WordEntry e = entry(word);
      if (e != null) {
        add(e.unigram);
      }
    }

    @Override
    public void bigram(String previous, String word) {
      WordEntry e = entry(previous);
      if (e != null) {
        add(e.next.get(word));
      }
    }

    @Override
    public void feature(String name) {
      add(table.named.get(name));
    }
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
