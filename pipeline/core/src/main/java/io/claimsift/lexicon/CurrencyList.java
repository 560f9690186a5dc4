package io.claimsift.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Currencies as data, from the {@code currency-*.tsv} files: ISO codes read in text, English
 * names, symbols and the names written after an amount. Loaded once, immutable, thread-safe; lists
 * and maps keep the files' order.
 */
public final class CurrencyList {

  /** Where a symbol is written relative to the number. */
  public enum Position { BEFORE, AFTER, BOTH }

  /** A currency symbol ("US$", "€"), its ISO code and where it is written. */
  public record Symbol(String symbol, String code, Position position) {}

  /**
   * The names of a currency written after an amount: the ISO code, whether they name a hundredth of
   * the main unit ("cents"), and the written forms, singular and plural (matched in any case, but
   * with its case when written with a leading "=").
   */
  public record NameForm(String code, boolean hundredth, List<String> forms) {}

  private static final List<String> CODES;
  private static final List<String> WORDLIKE_CODES;
  private static final Map<String, String> NAMES;
  private static final List<Symbol> SYMBOLS;
  private static final List<NameForm> NAME_FORMS;

  static {
    List<String> codes = new ArrayList<>();
    List<String> wordlike = new ArrayList<>();
    for (String[] row : WordFiles.rows("currency-codes.tsv", 2)) {
      codes.add(row[0]);
      if (row[1].equals("yes")) {
        wordlike.add(row[0]);
      }
    }
    CODES = List.copyOf(codes);
    WORDLIKE_CODES = List.copyOf(wordlike);
    Map<String, String> names = new LinkedHashMap<>();
    for (String[] row : WordFiles.rows("currency-names.tsv", 2)) {
      names.put(row[0], row[1]);
    }
    NAMES = Collections.unmodifiableMap(names);
    List<Symbol> symbols = new ArrayList<>();
    for (String[] row : WordFiles.rows("currency-symbols.tsv", 3)) {
      symbols.add(new Symbol(row[0], row[1], Position.valueOf(row[2].toUpperCase(Locale.ROOT))));
    }
    SYMBOLS = List.copyOf(symbols);
    List<NameForm> forms = new ArrayList<>();
    for (String[] row : WordFiles.rows("currency-words.tsv", 3)) {
      forms.add(new NameForm(row[0], row[1].equals("hundredth"), List.of(row[2].split("\\|"))));
    }
    NAME_FORMS = List.copyOf(forms);
  }

  private CurrencyList() {}

  /** ISO codes read as currencies next to an amount, in pattern order ("USD", "EUR", ... "XBT"). */
  public static List<String> codes() {
    return CODES;
  }

  /** Codes that are also English words or names ("TRY", "PEN"): never read in lower case. */
  public static List<String> wordlikeCodes() {
    return WORDLIKE_CODES;
  }

  /** English names by ISO code ("USD" -> "United States dollar"). */
  public static Map<String, String> names() {
    return NAMES;
  }

  /** Symbols, longer ones before "$" and the single characters. */
  public static List<Symbol> symbols() {
    return SYMBOLS;
  }

  /** Names written after an amount, in the file's order. */
  public static List<NameForm> nameForms() {
    return NAME_FORMS;
  }
}
