package io.claimsift.outlets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The hand-written sentence key and near-duplicate signature against their definitions: the
 * expression {@code [^\p{L}\p{N}]+} after NFKC and lower case, and the signature built from
 * concatenated word pairs and streams as it was first written (kept here).
 */
public class SentenceKeysTest {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The definition of {@link SiteTemplates#key}: NFKC, lower case, runs of other than letters and digits one space. */
  private static String keyByExpression(String sentence) {
    String n = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(n).replaceAll(" ").strip();
  }

  /** Characters the random texts are drawn from: ASCII, compatibility forms, other scripts, surrogates. */
  private static final String[] PIECES = {
    "a", "B", "z", "Q", "0", "7", " ", " ", "  ", "\t", "\n", ".", ",", "-", "'", "\"", "$", "%", "_",
    "é", "É", "ß", "İ", "Σ", "σ", "ς", "ﬁ", "①", "²", "½", "Ⅻ", "ｱ", "Ａ", "１", "\u00a0", "\u2009",
    "\u200b", "\u0301", "ـ", "٣", "中", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "ʰ", "…",
    "word", "Hello", "WORLD", "2019", "U.S.", "e-mail",
  };

  @Test
  public void theKeyEqualsItsExpressionOnRandomTexts() {
    Random random = new Random(12);
    for (int n = 0; n < 50_000; n++) {
      String text = randomText(random, random.nextInt(30));
      assertThat(text, SiteTemplates.key(text), equalTo(keyByExpression(text)));
    }
  }

  @Test
  public void theKeyOfAsciiAndOfOtherTextsIsLowerCaseWordsBetweenSingleSpaces() {
    assertThat(SiteTemplates.key("  Sign up -- for OUR newsletter!! "), equalTo("sign up for our newsletter"));
    assertThat(SiteTemplates.key("Ｆｉｎａｌ ﬁgures: ①, Σίσυφος."), equalTo("final figures 1 σίσυφος"));
    assertThat(SiteTemplates.key("..."), equalTo(""));
  }

  @Test
  public void theSignatureEqualsItsFirstDefinitionOnRandomKeys() {
    Random random = new Random(34);
    String[] words = {"the", "a", "council", "voted", "2019", "14", "x", "é", "中文", "１", "newsletter", "sign", "up"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder key = new StringBuilder();
      int count = random.nextInt(16);
      for (int i = 0; i < count; i++) {
        key.append(i > 0 ? " " : "").append(words[random.nextInt(words.length)]);
      }
      String k = key.toString();
      NearDuplicates.Signature fast = NearDuplicates.of(k);
      NearDuplicates.Signature slow = firstDefinition(k);
      if (slow == null) {
        assertThat(k, fast, nullValue());
        continue;
      }
      assertThat(k, fast.numbers(), equalTo(slow.numbers()));
      assertThat(k, Arrays.toString(fast.shingles()), equalTo(Arrays.toString(slow.shingles())));
      assertThat(k, Arrays.toString(fast.bands()), equalTo(Arrays.toString(slow.bands())));
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** NearDuplicates.of as first written (streams, concatenated word pairs). */
  private static NearDuplicates.Signature firstDefinition(String key) {
    String[] words = key.isEmpty() ? new String[0] : key.split(" ");
    if (words.length < NearDuplicates.MIN_WORDS) {
      return null;
    }
    long numbers = 0x9E3779B97F4A7C15L;
    for (String word : words) {
      if (word.chars().allMatch(Character::isDigit)) {
        numbers = mix(numbers * 31 + hash(word));
      }
    }
    long[] shingles = new long[words.length - 1];
    for (int i = 0; i + 1 < words.length; i++) {
      shingles[i] = hash(words[i] + " " + words[i + 1]);
    }
    long[] distinct = Arrays.stream(shingles).sorted().distinct().toArray();
    long[] bands = new long[NearDuplicates.BANDS];
    for (int b = 0; b < NearDuplicates.BANDS; b++) {
      long band = mix(numbers ^ (b + 1));
      for (int r = 0; r < NearDuplicates.ROWS; r++) {
        long seed = mix(0xC2B2AE3D27D4EB4FL * (b * NearDuplicates.ROWS + r + 1));
        long min = Long.MAX_VALUE;
        for (long s : distinct) {
          min = Math.min(min, mix(s ^ seed));
        }
        band = mix(band * 31 + min);
      }
      bands[b] = band;
    }
    return new NearDuplicates.Signature(distinct, numbers, bands);
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
