package io.claimsift.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The article's language as an ISO 639-1 code: the page's declared language (HTML {@code lang})
 * checked by an n-gram detector (optimaize language-detector, built-in profiles, offline),
 * because the attribute is sometimes wrong (an English page declaring {@code de}).
 *
 * <p>The detector is loaded once and shared; it is seeded, so results are deterministic.
 * Thread-safe.
 */
public final class LanguageGuesser {

  /** Letters of body text below which the detector is not asked. */
  static final int MIN_LETTERS = 40;
  /** Probability the detector needs to overrule a declared language or to decide alone. */
  static final double CONFIDENT = 0.9;
  /**
   * Characters of the body the detector reads. Its cost (text filters, n-gram extraction) grows
   * with the sample, while 1,000 characters (some 150 words) identify a language as well: on the
   * 182 extraction DEV pages (both modes) and the 5 sample articles, 1,000 gives the same
   * decision as 3,000 for every page (800 and 600 do not).
   */
  private static final int SAMPLE_CHARS = 1000;
  /** The text length {@code CommonTextObjectFactories.forDetectingOnLargeText()} caps at. */
  private static final int LARGE_TEXT_MAX_LENGTH = 10000;

  private LanguageGuesser() {}

  /** Lazily built detector (class-holder idiom: built once, on first use, thread-safely). */
  static final class Holder {
    static final LanguageDetector DETECTOR = build();
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();
    /**
     * {@link #TEXT} without its two text filters (URL/e-mail removal, minority-script removal),
     * for samples on which both filters return the text unchanged (see {@link #filtersKeep}).
     */
    static final TextObjectFactory UNFILTERED =
        new TextObjectFactoryBuilder().maxTextLength(LARGE_TEXT_MAX_LENGTH).build();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles missing from the classpath", e);
      }
    }
  }

  /**
   * The language of {@code text}.
   *
   * @param declared the page's declared language ({@code html lang}, e.g. "en-GB"), or null
   * @return a lower-case ISO 639-1 code, or null when neither source is usable
   */
  public static String guess(String declared, String text) {
    String fromPage = primarySubtag(declared);
    String detected = detect(text);
    if (detected != null) {
      return detected;
    }
    return fromPage;
  }

  /** The detector's confident answer for {@code text}, or null. */
  static String detect(String text) {
    if (text == null || !hasLetters(text, MIN_LETTERS)) {
      return null;
    }
    // The first thousand characters decide as well as the whole text, and cost less.
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    TextObjectFactory factory = filtersKeep(sample) ? Holder.UNFILTERED : Holder.TEXT;
    List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(factory.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < CONFIDENT) {
      return null;
    }
    return found.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the large-text factory's filters return {@code sample} unchanged, so that skipping
   * them (a regex search for e-mail addresses from every position, and a script look-up per
   * character, about a tenth of the cleaning time) changes nothing. The URL filter's patterns
   * ({@code https?://...} and {@code ...@...}) cannot match without "http" or '@'. The script
   * filter removes the characters of minority scripts only when it counts two scripts or more;
   * it counts each character's script but skips COMMON, INHERITED and UNKNOWN, so a sample whose
   * characters are all Latin or those has at most one script.
   */
  static boolean filtersKeep(String sample) {
    if (sample.indexOf('@') >= 0 || sample.contains("http")) {
      return false;
    }
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c < 0x80) {
        continue; // ASCII: Latin letters, the rest COMMON
      }
      // Per char, as the filter does (a lone surrogate is UNKNOWN).
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script != Character.UnicodeScript.LATIN
          && script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED
          && script != Character.UnicodeScript.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} holds at least {@code min} letters or digits; the same test as {@code
   * BodyRegion.letters(text) >= min}, but it stops counting at {@code min} instead of reading
   * the whole body.
   */
  private static boolean hasLetters(String text, int min) {
    int count = 0;
    for (int i = 0; i < text.length() && count < min; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        count++;
      }
    }
    return count >= min;
  }

  /** "en-GB" -> "en"; null or blank -> null. */
  static String primarySubtag(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    // limit -1: "-".split("[-_]") is an empty array (a crash fuzzing found); with it, [0] always exists
    String primary = tag.trim().split("[-_]", -1)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }
}
