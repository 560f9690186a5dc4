package io.claimsift.lexicon;

import java.util.List;

/**
 * Abbreviations that a period may follow without ending a sentence, lower case and without the
 * final dot, from {@code honorifics.txt} and the {@code abbreviations-*.txt} files: loaded once,
 * immutable, thread-safe.
 */
public final class Abbreviations {

  private static final List<String> HONORIFICS = WordFiles.words("honorifics.txt");
  private static final List<String> NEVER_TERMINAL = WordFiles.words("abbreviations-never-terminal.txt");
  private static final List<String> LOWER_CASE = WordFiles.words("abbreviations-lower-case.txt");
  private static final List<String> SOMETIMES_TERMINAL = WordFiles.words("abbreviations-sometimes-terminal.txt");

  private Abbreviations() {}

  /** Titles before a name: "mr", "mrs", "ms", "dr", "prof". */
  public static List<String> honorifics() {
    return HONORIFICS;
  }

  /**
   * Abbreviations after which a period never ends a sentence ("sen", "e.g", "approx"), besides the
   * honorifics and the month abbreviations ({@link Months#abbreviations}).
   */
  public static List<String> neverTerminal() {
    return NEVER_TERMINAL;
  }

  /** Abbreviations often followed by a lower-case word ("approx. two", "5 lbs. of"). */
  public static List<String> lowerCase() {
    return LOWER_CASE;
  }

  /** Abbreviations that can also close a sentence ("... Acme Inc."): "jr", "inc", "etc", ... */
  public static List<String> sometimesTerminal() {
    return SOMETIMES_TERMINAL;
  }
}
