package io.claimsift.bench;

import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.claims.quantities.QuantityExtractor;
import io.claimsift.dedup.BlockingKeys;
import io.claimsift.dedup.ClusterResolver;
import io.claimsift.dedup.DedupMention;
import io.claimsift.dedup.Deduplicator;
import io.claimsift.dedup.PairGenerator;
import io.claimsift.dedup.SameClaimMatcher;
import io.claimsift.embed.SentenceEmbedder;
import io.claimsift.eval.ResultLine;
import io.claimsift.sentences.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How the dedup cost grows with the number of mentions.
 *
 * <p>Mentions are synthesised from the sentences of an MRPC-style file (fixed seed): each is one
 * of 2000 dev sentences with every word replaced, with chance 0.6, by a random word of the file's
 * vocabulary (so most mentions are distinct and about as related as unrelated news sentences,
 * whatever the size), and one in ten is a near copy (one word dropped) of an earlier mention, so the
 * duplicate rate stays constant. Ten mentions per article.
 *
 * <p>The run uses the pipeline's {@link Deduplicator} with one change: an embedding is the real
 * embedding of the mention's first parent sentence, computed once per parent, so that the timed
 * part is the dedup itself (blocking, screen, model, resolver). The cost of the real embeddings is
 * reported separately: the fraction of mentions that need one ({@code embed_fraction}) times the
 * embedder's measured rate ({@code dedup-embed} line) gives it.
 *
 * <p>Usage: {@code DedupScaleBench <mrpc.tsv> [sizes, default 10000 40000 160000]}
 */
public final class DedupScaleBench {
  private static final int PARENTS = 2000;
  /** Each word of a parent sentence is replaced by a random vocabulary word with this chance (in tenths). */
  private static final int REPLACED_TENTHS = 6;

  private DedupScaleBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: DedupScaleBench <mrpc.tsv> [sizes...]");
      System.exit(2);
    }
    List<String> all = sentences(Path.of(args[0]));
    List<String> parents = all.subList(0, Math.min(PARENTS, all.size()));
    List<String> vocabulary = vocabulary(all);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 40_000, 160_000);
    }
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    long t0 = System.nanoTime();
    Map<String, float[]> parentVectors = new HashMap<>();
    for (String p : parents) {
      parentVectors.put(p, embedder.embed(p));
    }
    double embedRate = parents.size() / ((System.nanoTime() - t0) / 1e9);
    System.out.println(ResultLine.of("dedup-embed").put("sentences", parents.size())
        .put("sentences_per_second", Math.round(embedRate)));
    for (int n : sizes) {
      Synthetic data = synthesise(parents, vocabulary, n);
      Deduplicator dedup = new Deduplicator(BlockingKeys.defaults(), PairGenerator.defaults(),
          SameClaimMatcher.defaults(), new ClusterResolver(),
          sentence -> parentVectors.get(data.parentOf.get(sentence)));
      long start = System.nanoTime();
      Deduplicator.Result r = dedup.run(data.mentions);
      double seconds = (System.nanoTime() - start) / 1e9;
      double embedFraction = (double) r.embedded() / n;
      System.out.println(ResultLine.of("dedup-scale")
          .put("mentions", n)
          .put("seconds", seconds)
          .put("us_per_mention", Math.round(seconds * 1e6 / n))
          .put("candidate_pairs", r.screen().candidatePairs)
          .put("undecided_pairs", r.screen().undecided)
          .put("embedded", r.embedded())
          .put("embed_fraction", embedFraction)
          .put("projected_us_per_mention_with_embeddings", Math.round(seconds * 1e6 / n + embedFraction * 1e6 / embedRate))
          .put("claims", r.clusters().size()));
    }
  }

  private record Synthetic(List<DedupMention> mentions, Map<String, String> parentOf) {}

  private static Synthetic synthesise(List<String> parents, List<String> vocabulary, int n) {
    QuantityExtractor quantities = QuantityExtractor.english();
    DateExtractor dates = DateExtractor.english();
    Random random = new Random(42);
    List<DedupMention> mentions = new ArrayList<>(n);
    Map<String, String> parentOf = new HashMap<>();
    List<String> texts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text;
      String parent;
      if (i >= 10 && random.nextInt(10) == 0) {
        String earlier = texts.get(random.nextInt(texts.size()));
        String[] words = earlier.split(" ");
        int drop = random.nextInt(words.length);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
          if (w != drop) {
            sb.append(sb.length() == 0 ? "" : " ").append(words[w]);
          }
        }
        text = sb.toString();
        parent = parentOf.get(earlier);
      } else {
        parent = parents.get(random.nextInt(parents.size()));
        StringBuilder sb = new StringBuilder();
        for (String w : parent.split(" ")) {
          sb.append(sb.length() == 0 ? "" : " ")
              .append(random.nextInt(10) < REPLACED_TENTHS ? vocabulary.get(random.nextInt(vocabulary.size())) : w);
        }
        text = sb.toString();
      }
      parentOf.putIfAbsent(text, parent);
      texts.add(text);
      Sentence s = new Sentence(0, text.length(), text);
      mentions.add(new DedupMention(String.format(Locale.ROOT, "m%07d", i),
          String.format(Locale.ROOT, "a%06d", i / 10), text, quantities.extract(text, s), dates.extract(text, s), 0.5, false));
    }
    return new Synthetic(mentions, parentOf);
  }

  private static List<String> vocabulary(List<String> sentences) {
    Set<String> words = new java.util.TreeSet<>();
    for (String s : sentences) {
      words.addAll(List.of(s.split(" ")));
    }
    return new ArrayList<>(words);
  }

  private static List<String> sentences(Path file) throws Exception {
    Set<String> out = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length == 3) {
        out.add(f[1].strip());
        out.add(f[2].strip());
      }
    }
    return new ArrayList<>(out);
  }
}
