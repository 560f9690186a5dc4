package io.claimsift.claims.quantities;

import io.claimsift.lexicon.CurrencyList;
import io.claimsift.lexicon.Scales;
import io.claimsift.lexicon.WordPatterns;
import io.claimsift.lexicon.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Currency markers written before or after an amount, mapped to ISO 4217 codes: symbols ("$",
 * "US$", "C$", "€", "₩"), codes ("USD 2Bn", "115USD", "MUSD 30" = 30 million) and names ("2.7
 * trillion won", "10,000 swiss francs", "50 cents" = 0.50 USD). Bare "$" and "dollars" mean USD.
 * Stateless.
 */
public final class Currencies {

  /**
   * A currency marker next to a number: ISO code, extent, and the factor applied to the number
   * ("cents" 0.01, "MUSD" 1e6, "USD million" 1e6).
   */
  record Found(String iso, int start, int end, double factor) {
    Found(String iso, int start, int end) {
      this(iso, start, end, 1);
    }
  }

  /** ISO codes read next to an amount: "USD|EUR|...|XBT", in the lexicon's order. */
  private static final String CODES = WordPatterns.anyOf(CurrencyList.codes());
  /** The same codes as a set (each of three capitals, as ISO 4217 writes them). */
  private static final Set<String> CODE_SET = WordSet.copyOf(CurrencyList.codes());
  /** Codes that are also English words or names; never read in lower case. */
  private static final Set<String> WORDLIKE_CODES = WordSet.copyOf(CurrencyList.wordlikeCodes());

  private static final Map<String, String> NAMES = CurrencyList.names();
  /** Symbols written before (or after) the number, by symbol. */
  private static final Map<String, String> SYMBOLS = new HashMap<>();
  /** The single-character symbols written before a number or on either side ("$", "€"). */
  private static final List<String> SIGNS_BEFORE = new ArrayList<>();
  /** The symbols written after a number or on either side: single characters, then longer ones. */
  private static final List<String> SIGNS_AFTER = new ArrayList<>();
  private static final List<String> LONG_SIGNS_AFTER = new ArrayList<>();
  /** The longer symbols written only before a number, exactly as the lexicon spells them ("US$", "Rs"). */
  private static final List<String> LONG_SIGNS_BEFORE = new ArrayList<>();

  static {
    for (CurrencyList.Symbol s : CurrencyList.symbols()) {
      SYMBOLS.put(s.symbol(), s.code());
      boolean single = s.symbol().length() == 1;
      if (single && s.position() == CurrencyList.Position.BOTH) {
        SIGNS_BEFORE.add(s.symbol());
      }
      if (s.position() != CurrencyList.Position.BEFORE) {
        (single ? SIGNS_AFTER : LONG_SIGNS_AFTER).add(s.symbol());
      } else if (!single) {
        LONG_SIGNS_BEFORE.add(s.symbol());
      }
    }
  }

  /** Symbol or code right before the number ("$2", "US$ 2", "c $ 16.4", "usd$ 15", "USD 2", "MUSD 30"). */
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?<long>" + WordPatterns.anyOf(LONG_SIGNS_BEFORE) + ")|(?<sym>(?i:us|u\\.s\\.?|au|ca|hk|nz|mex|mx|nt|c)\\s?\\$|A\\$|S\\$|R\\$"
              + "|(?<symcode>" + CODES + "|(?i:usd|cad|mxn|nzd|aud|hkd|sgd))\\$"
              + "|" + WordPatterns.characterClass(SIGNS_BEFORE) + ")"
              + "|(?<mcode>M(?:" + CODES + "))|(?<code>" + CODES + "|(?i:" + CODES + ")))\\s?$");

  /** A currency name written after the number: its form, ISO code, and whether it names a hundredth ("cents"). */
  private record NameForm(WrittenForm written, String iso, boolean hundredth) {}

  /** Currency names after the number (and its scale word), from {@code currency-words.tsv}; the longest wins. */
  private static final List<NameForm> NAME_FORMS = new ArrayList<>();

  static {
    for (CurrencyList.NameForm f : CurrencyList.nameForms()) {
      for (String form : f.forms()) {
        boolean exact = form.startsWith("=");
        NAME_FORMS.add(new NameForm(new WrittenForm(exact ? form.substring(1) : form, exact), f.code(), f.hundredth()));
      }
    }
  }

  /** Scale words read after a code ("USD 2 million"): whole words, so their order does not matter. */
  private static final Map<String, Double> SCALES = Scales.afterCurrencyCode();


  private Currencies() {}

  /** The English name of an ISO 4217 code ("USD" -> "United States dollar"), or the code itself. */
  public static String displayName(String iso) {
    return NAMES.getOrDefault(iso, iso);
  }

  /** The currency marker ending right before {@code numberStart} (not before {@code floor}), or null. */
  static Found before(String s, int floor, int numberStart) {
    int from = Math.max(floor, numberStart - 9);
    Matcher m = PREFIX.matcher(s.substring(from, numberStart));
    if (!m.find()) {
      return null;
    }
    if (m.group("long") != null) {
      return new Found(SYMBOLS.get(m.group("long")), from + m.start(), from + m.end());
    }
    if (m.group("sym") != null) {
      String sym = m.group("sym").replace(" ", "").toUpperCase(Locale.ROOT);
      String iso = sym.equals("C$") ? "CAD" : SYMBOLS.get(sym.equals("U.S$") ? "U.S.$" : sym);
      if (iso == null && m.group("symcode") != null) {
        iso = normalizeCode(m.group("symcode").toUpperCase(Locale.ROOT));
      }
      if (iso == null) {
        iso = SYMBOLS.getOrDefault(m.group("sym").trim(), "USD");
      }
      return new Found(iso, from + m.start(), from + m.end());
    }
    if (m.group("mcode") != null) {
      return new Found(normalizeCode(m.group("mcode").substring(1)), from + m.start(), from + m.end(), 1e6);
    }
    String code = m.group("code");
    if (!code.equals(code.toUpperCase(Locale.ROOT)) && WORDLIKE_CODES.contains(code.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return new Found(normalizeCode(code.toUpperCase(Locale.ROOT)), from + m.start(), from + m.end());
  }

  /** The currency name, code or symbol starting at {@code pos} (after an optional space), or null. */
  static Found after(String s, int pos) {
    CodeAt code = codeAfter(s, pos);
    if (code != null && code.anyCase() && numberNext(s, code.end())) {
      return null; // "rmb 10 usd 20": a lower-case code before a number starts the next amount
    }
    if (code != null) {
      String c = code.code();
      if (code.anyCase() && WORDLIKE_CODES.contains(c)) {
        return null;
      }
      int wordEnd = code.end() + 1 + letters(s, code.end() + 1);
      String word = s.substring(Math.min(code.end() + 1, s.length()), Math.min(wordEnd, s.length()));
      boolean scale = s.startsWith(" ", code.end()) && !word.isEmpty() && word.chars().allMatch(ch -> ch < 128)
          && SCALES.containsKey(word.toLowerCase(Locale.ROOT)) && !QuantityTokens.isLetterOrNumber(s, wordEnd);
      if (scale) {
        return new Found(normalizeCode(c), pos, wordEnd, SCALES.get(word.toLowerCase(Locale.ROOT)));
      }
      return new Found(normalizeCode(c), pos, code.end());
    }
    if (s.startsWith("M", pos) || s.startsWith(" M", pos)) {
      int at = s.startsWith(" M", pos) ? pos + 2 : pos + 1;
      for (String c : CurrencyList.codes()) {
        // "MUSD 30", "30 MEUR": an ISO code after the million letter M
        if (s.startsWith(c, at) && !QuantityTokens.isLetterOrNumber(s, at + c.length())) {
          return new Found(normalizeCode(c), pos, at + c.length(), 1e6);
        }
      }
    }
    String sign = signAt(s, s.startsWith(" ", pos) ? pos + 1 : pos);
    if (sign != null) {
      int end = (s.startsWith(" ", pos) ? pos + 1 : pos) + sign.length();
      if (!numberNext(s, end) || sameSymbolAfterNext(s, end, sign)) {
        // "$ 20,000.00 $ 37,305.97": a symbol followed by a number is that number's prefix, unless
        // that number has the same symbol after it ("10 $ 30 $": each amount's symbol follows it)
        return new Found(SYMBOLS.get(sign), pos, end);
      }
    }
    return nameAfter(s, pos);
  }

  /** An ISO code after a number: its code in capitals, whether it was written in another case (after a space only), and its end. */
  private record CodeAt(String code, boolean anyCase, int end) {}

  /**
   * The ISO code at {@code pos}: in capitals glued or after one space ("30USD", "30 USD"), or in any
   * case after one space ("30 usd"); a whole word, not followed by a letter or number. Null when none.
   */
  private static CodeAt codeAfter(String s, int pos) {
    boolean space = s.startsWith(" ", pos);
    int at = space ? pos + 1 : pos;
    int end = at + letters(s, at);
    if (end - at != 3 || QuantityTokens.isLetterOrNumber(s, end)) {
      return null;
    }
    String word = s.substring(at, end);
    if (CODE_SET.contains(word)) {
      return new CodeAt(word, false, end);
    }
    String upper = word.toUpperCase(Locale.ROOT);
    return space && word.chars().allMatch(c -> c < 128) && CODE_SET.contains(upper) ? new CodeAt(upper, true, end) : null;
  }

  /** The symbol written after a number at {@code at}: a single-character sign, else a longer one in the lexicon's order; null when none. */
  private static String signAt(String s, int at) {
    if (at < s.length() && SIGNS_AFTER.contains(String.valueOf(s.charAt(at)))) {
      return String.valueOf(s.charAt(at));
    }
    for (String sign : LONG_SIGNS_AFTER) {
      if (s.startsWith(sign, at)) {
        return sign;
      }
    }
    return null;
  }

  /** One space or none, then a digit: the next amount starts at {@code i}. */
  private static boolean numberNext(String s, int i) {
    int at = s.startsWith(" ", i) ? i + 1 : i;
    return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
  }

  /** The number of letters from {@code i} on. */
  private static int letters(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return Math.max(0, j - i);
  }

  /**
   * The currency name after spaces at {@code pos} ("2.7 trillion won", "50 cents"), or a hundredth
   * after a hyphen ("50-cent"); the longest form wins. Null when none.
   */
  private static Found nameAfter(String s, int pos) {
    int at = pos;
    boolean hyphen = false;
    while (at < s.length() && (Character.isWhitespace(s.charAt(at)) || s.charAt(at) == '-')) {
      hyphen |= s.charAt(at) == '-';
      at++;
    }
    if (at == pos) {
      return null;
    }
    NameForm best = null;
    int bestEnd = -1;
    for (NameForm f : NAME_FORMS) {
      int end = hyphen && !f.hundredth() ? -1 : f.written().endAt(s, at);
      if (end > bestEnd) {
        best = f;
        bestEnd = end;
      }
    }
    return best == null ? null : new Found(best.iso(), pos, bestEnd, best.hundredth() ? 0.01 : 1);
  }

  /** True when the number starting after {@code from} (and a space) in {@code s} is followed by {@code sign}. */
  private static boolean sameSymbolAfterNext(String s, int from, String sign) {
    int i = from;
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    while (i < s.length() && (Character.isDigit(s.charAt(i))
        || ((s.charAt(i) == ',' || s.charAt(i) == '.') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))))) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return s.startsWith(sign, i) && (i + sign.length() >= s.length() || !Character.isDigit(s.charAt(i + sign.length()))
        && !(s.charAt(i + sign.length()) == ' ' && i + sign.length() + 1 < s.length() && Character.isDigit(s.charAt(i + sign.length() + 1))));
  }

  /** "and 45 cents", " 50", " and forty-five cents" after a main unit: the hundredths, with their end. */
  static double[] hundredthsAfter(String s, int pos, NumberFinder numbers) {
    int at = s.startsWith(" and ", pos) ? pos + 5 : s.startsWith(" ", pos) ? pos + 1 : -1;
    if (at < 0) {
      return null;
    }
    NumberSpan n = at < s.length() ? numbers.parseAt(s, at) : null;
    if (n == null || n.value() <= 0 || n.value() >= 100 || n.value() != Math.rint(n.value())) {
      return null;
    }
    Found unit = after(s, n.end());
    if (unit != null && unit.factor() == 0.01) {
      return new double[] {n.value() / 100, unit.end()};
    }
    boolean ends = n.end() >= s.length() || !Character.isLetterOrDigit(s.charAt(n.end()))
        && (n.end() + 1 >= s.length() || !Character.isLetter(s.charAt(n.end() + 1)));
    return ends && unit == null ? new double[] {n.value() / 100, n.end()} : null;
  }

  /** True when an ISO code is glued to the number at {@code numberStart} ("USD2bn"). */
  static boolean codeGluedBefore(String s, int numberStart) {
    int from = numberStart - 3;
    boolean wordStart = from == 0 || (from > 0 && !Character.isLetterOrDigit(s.charAt(from - 1)));
    return wordStart && CODE_SET.contains(s.substring(from, numberStart));
  }

  private static String normalizeCode(String code) {
    return switch (code) {
      case "RMB" -> "CNY";
      case "BTC" -> "XBT";
      default -> code;
    };
  }
}
