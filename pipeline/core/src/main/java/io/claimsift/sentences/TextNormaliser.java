package io.claimsift.sentences;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text repair before sentence splitting, as an explicit list of edits that keep an offset map
 * ({@link NormalisedText}), so sentences found in the repaired text map back to exact spans of
 * the original.
 *
 * <p>{@link #pipeline()} holds the edits that only make boundary decisions better on news text:
 * a line wrapped inside a sentence, a period pushed onto the next line, backtick quotes. Its edits
 * are public so that other presets can be composed from them: the evaluation's pySBD preset
 * ({@code io.claimsift.eval.segmentation.PySbdCleaning}) adds pySBD's {@code clean=True} repairs,
 * which the pipeline does not want (article cleaning already removes markup upstream, and a
 * literal "\n" or a run of dots in an article is more often content).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormaliser {

  /**
   * One edit: every match of {@code pattern} becomes the literal {@code replacement}, empty or one
   * character, so that no sentence boundary can fall inside a replacement and mapped-back
   * sentences never overlap.
   */
  public record Edit(String name, Pattern pattern, String replacement) {
    public Edit {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(replacement, "replacement");
      if (replacement.length() > 1) {
        throw new IllegalArgumentException("replacement longer than one character: " + name);
      }
    }

    static Edit of(String name, String regex, String replacement) {
      return new Edit(name, Pattern.compile(regex), replacement);
    }
  }

  /**
   * "a cold \nnight", "400 yd \n( 365.8 m )": a line wrapped after a space, not after a sentence
   * end, continues in lower case or a parenthesis; the newline goes.
   */
  public static final Edit NEWLINE_INSIDE_SENTENCE =
      Edit.of("newline-inside-sentence", "\\n(?<=[ \\t]\\n)(?<![.!?…][ \\t]{0,20}\\n)(?=[a-z(])", "");
  /** "pricing\n. Next": a period pushed onto the next line closes the line before. */
  public static final Edit NEWLINE_BEFORE_PERIOD =
      Edit.of("newline-before-period", "\\n(?=\\.(?:\\s|$))", "");
  /** PTB-style quotes: `` and '' are double quotes, a single backtick an opening single quote. */
  public static final Edit DOUBLE_BACKTICKS = Edit.of("double-backticks", "``|''", "\"");
  /** A single backtick: an opening single quote (after {@link #DOUBLE_BACKTICKS}). */
  public static final Edit BACKTICK = Edit.of("backtick", "`", "'");

  private static final TextNormaliser PIPELINE =
      new TextNormaliser(List.of(NEWLINE_INSIDE_SENTENCE, NEWLINE_BEFORE_PERIOD, DOUBLE_BACKTICKS, BACKTICK));

  private static final TextNormaliser NONE = new TextNormaliser(List.of());

  private final List<Edit> edits;

  /** A normaliser applying {@code edits} in order. */
  public TextNormaliser(List<Edit> edits) {
    this.edits = List.copyOf(edits);
  }

  /** No edit: the text is split as it is. */
  public static TextNormaliser none() {
    return NONE;
  }

  /** The edits the pipeline applies before splitting (boundary decisions only; spans stay exact). */
  public static TextNormaliser pipeline() {
    return PIPELINE;
  }

  /** The edits, in the order they are applied. */
  public List<Edit> edits() {
    return edits;
  }

  /**
   * The characters every match of a pipeline edit starts with: such an edit is tried only at
   * them ({@link NormalisedText#replaceAll(Pattern, String, String)}), with the same result.
   */
  private static final Map<Edit, String> FIRST_CHARS = firstChars();

  private static Map<Edit, String> firstChars() {
    Map<Edit, String> first = new IdentityHashMap<>();
    first.put(NEWLINE_INSIDE_SENTENCE, "\n");
    first.put(NEWLINE_BEFORE_PERIOD, "\n");
    first.put(DOUBLE_BACKTICKS, "`'");
    first.put(BACKTICK, "`");
    return first;
  }

  /** Applies the edits in order. */
  public NormalisedText normalise(String text) {
    NormalisedText out = NormalisedText.of(text);
    for (Edit edit : edits) {
      String first = FIRST_CHARS.get(edit);
      out = first != null
          ? out.replaceAll(edit.pattern(), edit.replacement(), first)
          : out.replaceAll(edit.pattern(), edit.replacement());
    }
    return out;
  }
}
