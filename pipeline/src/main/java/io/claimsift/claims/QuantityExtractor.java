package io.claimsift.claims;

import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts, percentages, counts and plain numbers in a sentence.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <ul>
 *   <li>MONEY: a currency symbol or ISO code before the number ("$2", "US$2", "USD 2Bn") or a code or
 *       currency name after it ("2 billion USD", "two billion U.S. dollars", "2.7 trillion won"); bare
 *       "$" and "dollars" mean USD, "¥" means JPY. unit = currency = the ISO code.
 *   <li>PERCENT: "12%", "12 percent", "12.5 per cent"; unit "percent".
 *   <li>COUNT: a number followed by up to three lowercase words up to a stop word ("35 cyber attacks
 *       on" gives unit "cyber attacks"); "142-page" gives unit "page".
 *   <li>NUMBER: any other number; unit null. A lone "one" without a unit is skipped (mostly a pronoun).
 *   <li>value is the number as written, normalizedValue applies the scale word or suffix (thousand,
 *       million, billion, trillion, k, m, mn, bn, tn; k/m only next to a currency). A range "20-30"
 *       keeps its lower bound as value and normalizedValue, its text covers the whole range.
 *   <li>Skipped: years and other numbers inside a {@link DateExtractor} mention, days of month next
 *       to a month name, clock times ("2:39 PM", "5 p.m."), ordinals ("1st") and digits inside
 *       alphanumeric tokens ("APT38", "COVID-19", "MP3").
 * </ul>
 */
public final class QuantityExtractor {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern RANGE_TAIL = Pattern.compile("^[-–](\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d\\p{L}])");
  private static final Pattern SCALE_WORD = Pattern.compile("^\\s+(?i:(thousand|million|billion|trillion))\\b");
  private static final Pattern SCALE_ABBREV = Pattern.compile("^\\s?(?i:(bn|mn|tn))(?!\\p{L})");
  /** "k" and "m" are only scales next to a currency ("$5m"); alone they may be metres or kilos. */
  private static final Pattern SCALE_LETTER = Pattern.compile("^(?i:(k|m))(?!\\p{L})");
  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6, "billion", 1e9,
          "bn", 1e9, "trillion", 1e12, "tn", 1e12);
  private static final Pattern PERCENT = Pattern.compile("^(?:\\s?%|\\s+(?i:per\\s?cent|pct)\\b)");
  private static final Pattern TIME_AFTER =
      Pattern.compile("^(?::\\d|\\s?(?:[ap]\\.m\\.|(?i:[ap]m)\\b))");
  private static final Pattern TIME_BEFORE = Pattern.compile("\\d:$");
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
  private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH + "\\s+$");
  private static final Pattern MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b");
  private static final Pattern ORDINAL_AFTER = Pattern.compile("^(?:st|nd|rd|th)\\b");
  private static final Pattern HYPHEN_UNIT = Pattern.compile("^-(\\p{Ll}+(?:-\\p{Ll}+)*)");
  private static final Pattern NOUN_WORD = Pattern.compile("^ (\\p{Ll}(?:\\p{Ll}|[-'’](?=\\p{Ll}))*)(?![\\p{L}\\p{N}])");

  /** Words that end the counted noun phrase: prepositions, determiners, conjunctions, verbs. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "in", "of", "to", "from", "and", "or", "but", "nor", "the", "a", "an", "that", "which",
          "who", "whom", "whose", "where", "when", "while", "were", "was", "is", "are", "be", "been",
          "being", "have", "has", "had", "having", "by", "for", "on", "at", "with", "as", "since",
          "than", "per", "into", "onto", "over", "under", "about", "after", "before", "during",
          "between", "through", "across", "against", "within", "without", "until", "via", "will",
          "would", "could", "should", "may", "might", "can", "must", "did", "do", "does", "not",
          "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "also",
          "already", "ago", "each", "more", "most", "less", "such", "so", "if", "then", "there",
          "here", "it", "they", "he", "she", "we", "you", "i", "up", "out", "off", "like", "among",
          "amongst", "including", "old", "later", "earlier", "said", "say", "says", "died", "fled");
  /** Nouns ending in -ed that must not be mistaken for past-tense verbs. */
  private static final Set<String> ED_NOUNS =
      Set.of("bed", "beds", "seed", "speed", "need", "feed", "shed", "breed", "greed", "creed", "reed", "steed");

  private final DateExtractor dates;

  private QuantityExtractor(DateExtractor dates) {
    this.dates = dates;
  }

  /** The English preset. */
  public static QuantityExtractor english() {
    return new QuantityExtractor(DateExtractor.english());
  }

  /** Quantities of a standalone text (offsets into {@code text}). */
  public List<QuantityMention> extract(String text) {
    return extract(text, new Sentence(0, text.length(), text));
  }

  /** Quantities of {@code sentence}, in text order and non-overlapping, with offsets into {@code cleanText}. */
  public List<QuantityMention> extract(String cleanText, Sentence sentence) {
    Offsets.requireInside(cleanText, sentence);
    String s = Offsets.plainSpaces(sentence.text());
    List<int[]> dateSpans = new ArrayList<>();
    for (DateMention d : dates.extract(cleanText, sentence)) {
      dateSpans.add(new int[] {d.start() - sentence.start(), d.end() - sentence.start()});
    }
    List<QuantityMention> out = new ArrayList<>();
    int floor = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean tokenStart =
          i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || Currencies.codeGluedBefore(s, i);
      if (!tokenStart || !(Character.isLetterOrDigit(c))) {
        i++;
        continue;
      }
      if (insideAlphanumeric(s, i)) {
        i = tokenEnd(s, i);
        continue;
      }
      Core core = Character.isDigit(c) ? digitCore(s, i, dateSpans) : wordCore(s, i);
      if (core == null) {
        i = Character.isLetter(c) ? NumberWords.wordEnd(s, i) : tokenEnd(s, i);
        continue;
      }
      QuantityMention q = classify(s, core, floor, sentence.start());
      if (q == null) {
        i = core.end;
        continue;
      }
      out.add(withOriginalText(q, sentence));
      floor = q.end() - sentence.start();
      i = floor;
    }
    return out;
  }

  /** The number itself with range and scale applied; {@code end} is after the scale. */
  private record Core(int start, int end, double value, double scale, boolean loneOne, boolean letterScale) {}

  private static Core digitCore(String s, int i, List<int[]> dateSpans) {
    Matcher m = DIGITS.matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    double value = Double.parseDouble(m.group().replace(",", ""));
    if (overlaps(dateSpans, i, end) || isTimeOrDay(s, i, end)) {
      return null;
    }
    Matcher range = RANGE_TAIL.matcher(s.substring(end));
    if (range.find()) {
      end += range.end(); // "20-30": keep the lower bound
    }
    return scaled(s, i, end, value);
  }

  private static Core scaled(String s, int start, int end, double value) {
    String rest = s.substring(end);
    Matcher word = SCALE_WORD.matcher(rest);
    Matcher abbrev = SCALE_ABBREV.matcher(rest);
    Matcher letter = SCALE_LETTER.matcher(rest);
    if (word.find()) {
      return new Core(start, end + word.end(), value, scaleOf(word.group(1)), false, false);
    }
    if (abbrev.find()) {
      return new Core(start, end + abbrev.end(), value, scaleOf(abbrev.group(1)), false, false);
    }
    if (letter.find()) {
      return new Core(start, end + letter.end(), value, scaleOf(letter.group(1)), false, true);
    }
    if (end < s.length() && Character.isLetter(s.charAt(end))) {
      return null; // "3D", "10am", "4x4": not a quantity
    }
    return new Core(start, end, value, 1, false, false);
  }

  private static Core wordCore(String s, int i) {
    NumberWords.Parsed p = NumberWords.parse(s, i);
    if (p == null) {
      return null;
    }
    return new Core(p.start(), p.end(), p.value(), p.scale(), p.loneOne(), false);
  }

  /** Decides the kind from what surrounds the core; null when the number should be dropped. */
  private static QuantityMention classify(String s, Core core, int floor, int base) {
    Currencies.Found pre = Currencies.before(s, floor, core.start);
    Currencies.Found post = Currencies.after(s, core.end);
    if (core.letterScale && pre == null) {
      return null; // "100m sprint", "5k run"
    }
    if (pre != null || post != null) {
      String iso = pre != null ? pre.iso() : post.iso();
      int start = pre != null ? pre.start() : core.start;
      int end = post != null ? post.end() : core.end;
      return mention(s, start, end, base, QuantityKind.MONEY, core, iso, iso);
    }
    Matcher pct = PERCENT.matcher(s.substring(core.end));
    if (pct.find()) {
      return mention(s, core.start, core.end + pct.end(), base, QuantityKind.PERCENT, core, "percent", null);
    }
    Matcher hyphen = HYPHEN_UNIT.matcher(s.substring(core.end));
    if (hyphen.find()) {
      // "142-page report": the number counts the hyphenated noun
      return mention(s, core.start, core.end + hyphen.end(), base, QuantityKind.COUNT, core, hyphen.group(1), null);
    }
    int nounEnd = nounPhraseEnd(s, core.end);
    if (nounEnd > core.end) {
      String unit = s.substring(core.end, nounEnd).trim();
      return mention(s, core.start, nounEnd, base, QuantityKind.COUNT, core, unit, null);
    }
    if (core.loneOne) {
      return null; // "one of the", "one which": a pronoun, not a quantity
    }
    return mention(s, core.start, core.end, base, QuantityKind.NUMBER, core, null, null);
  }

  /** End of up to three lowercase words after {@code pos}, stopping at a stop word or verb form. */
  private static int nounPhraseEnd(String s, int pos) {
    int end = pos;
    for (int n = 0; n < 3; n++) {
      Matcher m = NOUN_WORD.matcher(s.substring(end));
      if (!m.find() || !isNounish(m.group(1).toLowerCase(Locale.ROOT), n)) {
        break;
      }
      end += m.end();
    }
    return end;
  }

  private static boolean isNounish(String w, int index) {
    if (STOP_WORDS.contains(w)) {
      return false;
    }
    if (index == 0) {
      return true; // "35 reported instances": a participle right after the number is an adjective
    }
    boolean pastTense = w.endsWith("ed") && w.length() >= 4 && !ED_NOUNS.contains(w);
    return !pastTense && !w.endsWith("ing") && !w.endsWith("ly");
  }

  private static QuantityMention mention(
      String s, int start, int end, int base, QuantityKind kind, Core core, String unit, String currency) {
    return new QuantityMention(
        s.substring(start, end), base + start, base + end, kind, core.value, unit, currency,
        core.value * core.scale);
  }

  private static QuantityMention withOriginalText(QuantityMention q, Sentence sentence) {
    String text = sentence.text().substring(q.start() - sentence.start(), q.end() - sentence.start());
    return new QuantityMention(
        text, q.start(), q.end(), q.kind(), q.value(), q.unit(), q.currency(), q.normalizedValue());
  }

  /** Digits glued to letters before them ("APT38", "COVID-19") are part of a name or code. */
  private static boolean insideAlphanumeric(String s, int i) {
    if (!Character.isDigit(s.charAt(i)) || i == 0) {
      return false;
    }
    if (Currencies.codeGluedBefore(s, i)) {
      return false; // "USD2bn"
    }
    char prev = s.charAt(i - 1);
    return Character.isLetter(prev) || (prev == '-' && i >= 2 && Character.isLetter(s.charAt(i - 2)));
  }

  private static boolean isTimeOrDay(String s, int start, int end) {
    String before = s.substring(0, start);
    String after = s.substring(end);
    return TIME_BEFORE.matcher(before).find()
        || TIME_AFTER.matcher(after).find()
        || ORDINAL_AFTER.matcher(after).find()
        || MONTH_BEFORE.matcher(before).find()
        || MONTH_AFTER.matcher(after).find();
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (start < span[1] && span[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static double scaleOf(String word) {
    return SCALES.get(word.toLowerCase(Locale.ROOT));
  }

  private static int tokenEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return Math.max(j, i + 1);
  }
}
