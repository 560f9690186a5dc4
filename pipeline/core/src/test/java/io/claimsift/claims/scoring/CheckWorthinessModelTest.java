package io.claimsift.claims.scoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class CheckWorthinessModelTest {

  @Test
  public void probabilityIsTheSigmoidOfBiasPlusPresentWeights() throws Exception {
    String json = "{\"description\":\"t\",\"bias\":-1.0,\"weights\":{\"a\":2.0,\"b\":0.5}}";
    CheckWorthinessModel model = CheckWorthinessModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertEquals(1 / (1 + Math.exp(-1.0)), model.probability(List.of("a", "unknown")), 1e-12);
    assertEquals(1 / (1 + Math.exp(0.5)), model.probability(List.of("b")), 1e-12);
    assertEquals(2, model.size());
  }

  @Test
  public void committedModelIsSmallAndSaysHowItWasTrained() throws Exception {
    Path file = Path.of("pipeline/core/src/main/resources" + CheckWorthinessModel.RESOURCE);

    assertThat(Files.size(file), lessThan(2L * 1024 * 1024));
    assertThat(CheckWorthinessModel.committed().size(), greaterThan(1000));
    assertThat(CheckWorthinessModel.committed().description(), containsString("ClaimBuster"));
  }

  @Test
  public void probabilityOfASentenceIsThatOfItsFeatureNames() {
    CheckWorthinessFeatures features = CheckWorthinessFeatures.english();
    CheckWorthinessModel committed = CheckWorthinessModel.committed();
    // words the committed model weighs (as unigrams and in bigrams), flag words, numbers, capitals
    // and repeats, so that repeated features must be counted once, in the order of the names
    String[] words = {"the", "The", "tax", "taxes", "rose", "12", "1983", "percent", "%", "$", "billion",
        "I", "we", "you", "said", "not", "don't", "never", "March", "may", "will", "more", "than",
        "think", "?", "!", "\"", "“", "and", "But", "increased", "Senate", "budget", "one", "Trump",
        "unemployment", "jobs", "in", "of", "last", "year", "health", "care", "1,200", "’s", "Obama"};
    Random random = new Random(7);
    List<String> sentences = new ArrayList<>(List.of("", "the the the", "We believe the Senate spent $4 billion more "
        + "than the House in March.", "Taxes rose 12 percent in 1983, and taxes rose again."));
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? ", " : " ");
      }
      sentences.add(b.toString().strip() + ".");
    }
    // a small model with repeated words and all feature kinds, and the committed one
    CheckWorthinessModel small = new CheckWorthinessModel(-0.3, Map.of("u:the", 0.1, "b:the_the", 0.7,
        "b:<s>_the", -0.2, "f:bias_len0", 0.05, "f:number", 0.3, "f:negation", -0.4, "u:<num>", 0.25,
        "b:taxes_rose", 0.15, "x:odd_name_form", 9.0), "test");
    for (CheckWorthinessModel model : List.of(committed, small)) {
      for (String s : sentences) {
        assertEquals(s, model.probability(features.of(s)), model.probability(features, s), 0);
      }
    }
    assertEquals(1 / (1 + Math.exp(-(-0.3 + 0.05 + 0.1 - 0.2 + 0.7))), small.probability(features, "the the the"), 0);
  }
}
