package io.claimsift.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a site's or an author's self-description ("Welcome to ...", "Thank you for visiting
 * my blog", "X is edited by ..."): the phrases are data, {@code self-description.txt} beside this
 * class, one lower-case phrase a line.
 */
final class SelfDescription {

  private static final String RESOURCE = "self-description.txt";
  private static final Pattern PHRASES = compile(read());

  private SelfDescription() {}

  /** Whether the lower-case text holds one of the phrases as whole words. */
  static boolean matches(String lower) {
    return PHRASES.matcher(lower).find();
  }

  static Pattern compile(List<String> phrases) {
    StringBuilder alternatives = new StringBuilder();
    for (String phrase : phrases) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(phrase));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  private static List<String> read() {
    List<String> out = new ArrayList<>();
    try (InputStream in = SelfDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/claimsift/clean/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String phrase = line.strip();
        if (!phrase.isEmpty() && !phrase.startsWith("#")) {
          out.add(phrase);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/claimsift/clean/" + RESOURCE, e);
    }
    return List.copyOf(out);
  }
}
