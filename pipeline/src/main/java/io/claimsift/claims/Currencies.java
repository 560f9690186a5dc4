package io.claimsift.claims;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Currency markers written before or after an amount, mapped to ISO 4217 codes. */
public final class Currencies {

  /** A currency marker found next to a number: its ISO code and where it starts/ends. */
  record Found(String iso, int start, int end) {}

  private static final String CODES =
      "USD|EUR|GBP|JPY|KRW|CNY|RMB|CHF|AUD|CAD|INR|HKD|SGD|RUB|BRL|MXN|ZAR|SEK|NOK|DKK|NZD|TRY";

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("US$", "USD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"),
          Map.entry("HK$", "HKD"), Map.entry("S$", "SGD"), Map.entry("NZ$", "NZD"),
          Map.entry("R$", "BRL"), Map.entry("$", "USD"), Map.entry("€", "EUR"),
          Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₩", "KRW"), Map.entry("₹", "INR"));

  /** Symbol or code right before the number ("$2", "US$ 2", "USD 2"); the earliest start wins. */
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?<!\\p{L})(?:(?<usdots>U\\.S\\.\\s?\\$)|(?<sym>US\\$|HK\\$|NZ\\$|A\\$|C\\$|S\\$|R\\$|\\$|€|£|¥|₩|₹)"
              + "|(?<code>" + CODES + "))\\s?$");

  /** Currency names and codes after the number (and its scale word); order matters: longest first. */
  private static final List<Map.Entry<Pattern, String>> SUFFIXES =
      List.of(
          suffix("(?:U\\.S\\.|US|American)\\s+dollars?", "USD"),
          suffix("Australian\\s+dollars?", "AUD"),
          suffix("Canadian\\s+dollars?", "CAD"),
          suffix("Hong\\s+Kong\\s+dollars?", "HKD"),
          suffix("(?i:dollars?)", "USD"), // bare "dollars" in English news: assumed US dollars
          suffix("(?i:euros?)", "EUR"),
          suffix("(?i:pounds\\s+sterling|pounds|sterling)", "GBP"),
          suffix("(?i:yen)", "JPY"),
          suffix("(?:South\\s+)?Korean\\s+won|won", "KRW"),
          suffix("(?i:yuan|renminbi)", "CNY"),
          suffix("(?i:rupees)", "INR"));

  private static final Pattern CODE_SUFFIX = Pattern.compile("^\\s*(" + CODES + ")\\b");

  private static final Pattern GLUED_CODE = Pattern.compile(CODES);

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("USD", "United States dollar"), Map.entry("EUR", "Euro"), Map.entry("GBP", "British pound"),
          Map.entry("JPY", "Japanese yen"), Map.entry("KRW", "South Korean won"), Map.entry("CNY", "Chinese yuan"),
          Map.entry("CHF", "Swiss franc"), Map.entry("AUD", "Australian dollar"), Map.entry("CAD", "Canadian dollar"),
          Map.entry("INR", "Indian rupee"), Map.entry("HKD", "Hong Kong dollar"), Map.entry("SGD", "Singapore dollar"),
          Map.entry("RUB", "Russian ruble"), Map.entry("BRL", "Brazilian real"), Map.entry("MXN", "Mexican peso"),
          Map.entry("ZAR", "South African rand"), Map.entry("SEK", "Swedish krona"), Map.entry("NOK", "Norwegian krone"),
          Map.entry("DKK", "Danish krone"), Map.entry("NZD", "New Zealand dollar"), Map.entry("TRY", "Turkish lira"));

  private Currencies() {}

  /** The English name of an ISO 4217 code ("USD" -> "United States dollar"), or the code itself. */
  public static String displayName(String iso) {
    return NAMES.getOrDefault(iso, iso);
  }

  /** The currency marker ending right before {@code numberStart} (not before {@code floor}), or null. */
  static Found before(String s, int floor, int numberStart) {
    int from = Math.max(floor, numberStart - 8);
    Matcher m = PREFIX.matcher(s.substring(from, numberStart));
    if (!m.find()) {
      return null;
    }
    String iso;
    if (m.group("usdots") != null) {
      iso = "USD";
    } else if (m.group("sym") != null) {
      iso = SYMBOLS.get(m.group("sym"));
    } else {
      iso = normalizeCode(m.group("code"));
    }
    return new Found(iso, from + m.start(), from + m.end());
  }

  /** The currency name or code starting right at {@code pos} (after optional spaces), or null. */
  static Found after(String s, int pos) {
    String rest = s.substring(pos);
    Matcher code = CODE_SUFFIX.matcher(rest);
    if (code.find()) {
      return new Found(normalizeCode(code.group(1)), pos, pos + code.end());
    }
    for (Map.Entry<Pattern, String> e : SUFFIXES) {
      Matcher m = e.getKey().matcher(rest);
      if (m.find()) {
        return new Found(e.getValue(), pos, pos + m.end());
      }
    }
    return null;
  }

  /** True when an ISO code is glued to the number at {@code numberStart} ("USD2bn"). */
  static boolean codeGluedBefore(String s, int numberStart) {
    int from = numberStart - 3;
    boolean wordStart = from == 0 || (from > 0 && !Character.isLetterOrDigit(s.charAt(from - 1)));
    return wordStart && GLUED_CODE.matcher(s.substring(from, numberStart)).matches();
  }

  private static String normalizeCode(String code) {
    return code.equals("RMB") ? "CNY" : code;
  }

  private static Map.Entry<Pattern, String> suffix(String regex, String iso) {
    return Map.entry(Pattern.compile("^\\s+(?:" + regex + ")(?![\\p{L}\\p{N}])"), iso);
  }
}
