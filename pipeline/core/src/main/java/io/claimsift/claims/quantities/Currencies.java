package io.claimsift.claims.quantities;

import io.claimsift.lexicon.CurrencyList;
import io.claimsift.lexicon.Scales;
import io.claimsift.lexicon.WordPatterns;
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
  /** Codes that are also English words or names; never read in lower case. */
  private static final Set<String> WORDLIKE_CODES = Set.copyOf(CurrencyList.wordlikeCodes());

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

  private static final Pattern CODE_SUFFIX =
      Pattern.compile("^(?: ?(" + CODES + ")| (?i:(" + CODES + ")))(?![\\p{L}\\p{N}])");
  private static final Pattern SYMBOL_SUFFIX =
      Pattern.compile(
          "^ ?(" + WordPatterns.characterClass(SIGNS_AFTER) + "|" + WordPatterns.anyOf(LONG_SIGNS_AFTER) + ")");
  private static final Pattern NUMBER_NEXT = Pattern.compile(" ?\\d");
  /** Scale words read after a code ("USD 2 million"): whole words, so their order does not matter. */
  private static final Map<String, Double> SCALES = Scales.afterCurrencyCode();
  private static final Pattern SCALE_AFTER_CODE =
      Pattern.compile("^ (?i:(" + WordPatterns.anyOf(SCALES.keySet()) + "))(?![\\p{L}\\p{N}])");

  private static final Pattern GLUED_CODE = Pattern.compile(CODES);

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
    String rest = s.substring(pos);
    Matcher code = CODE_SUFFIX.matcher(rest);
    if (code.find() && code.group(2) != null && NUMBER_NEXT.matcher(rest.substring(code.end())).lookingAt()) {
      return null; // "rmb 10 usd 20": a lower-case code before a number starts the next amount
    }
    if (code.find(0)) {
      String c = code.group(1) != null ? code.group(1) : code.group(2).toUpperCase(Locale.ROOT);
      if (code.group(2) != null && WORDLIKE_CODES.contains(c)) {
        return null;
      }
      Matcher scale = SCALE_AFTER_CODE.matcher(rest.substring(code.end()));
      if (scale.find()) {
        return new Found(normalizeCode(c), pos, pos + code.end() + scale.end(),
            SCALES.get(scale.group(1).toLowerCase(Locale.ROOT)));
      }
      return new Found(normalizeCode(c), pos, pos + code.end());
    }
    if (rest.startsWith("M") || rest.startsWith(" M")) {
      int at = rest.startsWith(" M") ? 2 : 1;
      for (String c : CurrencyList.codes()) {
        // "MUSD 30", "30 MEUR": an ISO code after the million letter M
        if (rest.startsWith(c, at) && !QuantityTokens.isLetterOrNumber(rest, at + c.length())) {
          return new Found(normalizeCode(c), pos, pos + at + c.length(), 1e6);
        }
      }
    }
    Matcher symbol = SYMBOL_SUFFIX.matcher(rest);
    if (symbol.find() && (!NUMBER_NEXT.matcher(rest.substring(symbol.end())).lookingAt()
        || sameSymbolAfterNext(rest, symbol.end(), symbol.group(1)))) {
      // "$ 20,000.00 $ 37,305.97": a symbol followed by a number is that number's prefix, unless
      // that number has the same symbol after it ("10 $ 30 $": each amount's symbol follows it)
      return new Found(SYMBOLS.get(symbol.group(1)), pos, pos + symbol.end());
    }
    return nameAfter(s, pos);
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

  /** True when the number starting after {@code from} (and a space) in {@code rest} is followed by {@code sign}. */
  private static boolean sameSymbolAfterNext(String rest, int from, String sign) {
    int i = from;
    if (i < rest.length() && rest.charAt(i) == ' ') {
      i++;
    }
    while (i < rest.length() && (Character.isDigit(rest.charAt(i))
        || ((rest.charAt(i) == ',' || rest.charAt(i) == '.') && i + 1 < rest.length() && Character.isDigit(rest.charAt(i + 1))))) {
      i++;
    }
    if (i < rest.length() && rest.charAt(i) == ' ') {
      i++;
    }
    return rest.startsWith(sign, i) && (i + sign.length() >= rest.length() || !Character.isDigit(rest.charAt(i + sign.length()))
        && !(rest.charAt(i + sign.length()) == ' ' && i + sign.length() + 1 < rest.length() && Character.isDigit(rest.charAt(i + sign.length() + 1))));
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
    return wordStart && GLUED_CODE.matcher(s.substring(from, numberStart)).matches();
  }

  private static String normalizeCode(String code) {
    return switch (code) {
      case "RMB" -> "CNY";
      case "BTC" -> "XBT";
      default -> code;
    };
  }
}
