package io.claimsift.claims;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article languages claim extraction runs for ({@code --claimLanguages}). The claim rules are
 * English rules, so English is the only language supported; {@value #UNKNOWN} admits articles
 * whose language was not detected (short or mixed texts). Other articles keep no claim mentions.
 */
public final class ClaimLanguages implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The option's default. */
  public static final String DEFAULT = "en";
  /** The list entry for articles without a detected language. */
  public static final String UNKNOWN = "unknown";
  /** Languages with claim rules of their own. */
  public static final List<String> SUPPORTED = List.of("en");

  private final TreeSet<String> languages;

  private ClaimLanguages(Set<String> languages) {
    this.languages = new TreeSet<>(languages);
  }

  /** The default: English only. */
  public static ClaimLanguages english() {
    return parse(DEFAULT);
  }

  /**
   * Parses a comma-separated list such as {@code en} or {@code en,unknown}.
   *
   * @throws IllegalArgumentException naming the entry that is not supported
   */
  public static ClaimLanguages parse(String list) {
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException("--claimLanguages is empty: name at least one of "
          + String.join(", ", SUPPORTED) + " (or " + UNKNOWN + ")");
    }
    Set<String> languages = new TreeSet<>();
    for (String entry : Arrays.stream(list.split(",", -1)).map(String::strip).toList()) {
      String code = entry.toLowerCase(Locale.ROOT);
      if (!SUPPORTED.contains(code) && !code.equals(UNKNOWN)) {
        throw new IllegalArgumentException("--claimLanguages: '" + entry + "' is not supported; claim "
            + "extraction supports " + String.join(", ", SUPPORTED) + ", and " + UNKNOWN
            + " for articles whose language was not detected");
      }
      languages.add(code);
    }
    return new ClaimLanguages(languages);
  }

  /** Whether claims are extracted from an article in {@code language} (null: not detected). */
  public boolean includes(String language) {
    if (language == null || language.isBlank()) {
      return languages.contains(UNKNOWN);
    }
    return languages.contains(language.toLowerCase(Locale.ROOT));
  }

  /** The languages, sorted, as the manifest lists them. */
  public List<String> codes() {
    return List.copyOf(languages);
  }
}
