package io.claimsift.claims.quantities;

import io.claimsift.claims.dates.DateContext;
import io.claimsift.claims.dates.DateExtractor;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityTokens.Token;
import io.claimsift.lexicon.QuantityQualifierList;
import io.claimsift.lexicon.Scales;
import io.claimsift.sentences.Offsets;
import io.claimsift.sentences.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds money amounts, percentages, counts and plain numbers in a sentence.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <ul>
 *   <li>MONEY: a currency symbol or ISO code before the number ("$2", "US$2", "USD 2Bn") or a code or
 *       currency name after it ("2 billion USD", "two billion U.S. dollars", "2.7 trillion won"); bare
 *       "$" and "dollars" mean USD, "¥" means JPY. unit = currency = the ISO code.
 *   <li>PERCENT: "12%", "12 percent", "12.5 per cent"; unit "percent" ("percentage point" for
 *       "4.2 percentage points").
 *   <li>MEASURE: a unit of the lexicon's {@code units.tsv} right after the number, glued, spaced or
 *       hyphenated ("17 km", "75ml", "42C", "10-gallon", "65-year-old"); unit = its English name
 *       ("Kilometer", "Degree Celsius", "Year"); see {@link Units}.
 *   <li>COUNT: a number followed by up to three lowercase words up to a stop word, an adverb or a
 *       plural head noun ("35 cyber attacks on" gives unit "cyber attacks", "a dozen eggs cost"
 *       gives "eggs"), or by a capitalised plural ("10 Americans"); "142-page" gives unit "page".
 *   <li>NUMBER: any other number; unit null. A lone "one" without a unit is skipped (mostly a pronoun).
 *   <li>value is the number as written, normalizedValue applies the scale word or suffix (thousand,
 *       million, billion, trillion, k, m, mn, bn, tn; k/m only next to a currency, and a glued m
 *       before a plural noun, "1.2m units"). A range "20-30" ("$1bn-$2bn")
 *       keeps its lower bound as value and normalizedValue, its text covers the whole range.
 *   <li>bound and change: read from the words beside the span by {@link QuantityQualifiers}
 *       ("about", "more than", "or more"; "rose by", "a 5% drop"), which do not widen it.
 *   <li>Skipped: years and other numbers inside a {@link DateExtractor} mention, days of month next
 *       to a month name, clock times ("2:39 PM", "5 p.m."), ordinals ("1st") and digits inside
 *       alphanumeric tokens ("APT38", "COVID-19", "MP3"), numbers of names after a capitalised word
 *       ("Windows 10", "Boeing 737"; see {@link NameNumbers}), display resolutions ("native 4K"),
 *       dotted codes and versions ("PNAS..108.1815W", "1.9.5") and numbers after an abbreviated
 *       label ("Vol. 3", "pp. 52–54"). A present-tense verb in -s ("Windows 8 provides") ends a
 *       counted noun phrase like a stop word.
 * </ul>
 */
public final class QuantityExtractor {

  /** Scale words and abbreviations: "thousand", "million", "k", "mn", "bn", "lakh", ... */
  private static final Map<String, Double> SCALES = Scales.all();
  /** The unit of "4.2 percentage points": a difference of percentages, not a percentage. */
  private static final String PERCENTAGE_POINT = "percentage point";
  /** The change phrases written before a number ("rose", "fell by"). */
  private static final List<QuantityQualifierList.Qualifier> CHANGE_WORDS =
      QuantityQualifierList.all().stream().filter(w -> w.before() && !w.bound()).toList();
  /** Nouns an amount is given "a"/"an" of, besides units: "$2 a share", "$10 a head". */
  private static final Set<String> RATE_NOUNS = QuantityWords.of("rate-noun");

  /** Words that end the counted noun phrase: prepositions, determiners, conjunctions, verbs, and adverbs after a noun ("worldwide"). */
  private static final Set<String> STOP_WORDS =
      union(union(QuantityWords.of("stop"), QuantityWords.of("stop-adverb")), QuantityWords.of("verb-s"));
  /** Words that lead an amount at a sentence's start: the stop words and the first words of the bound and change phrases. */
  private static final Set<String> LEAD_WORDS = leadWords();
  /** Plural nouns without an "s", counted in news ("5m people"). */
  private static final Set<String> IRREGULAR_PLURALS = QuantityWords.of("plural");
  /** Past participles without -ed that follow a pronoun "one" ("one made by Pfizer", "one found in"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = QuantityWords.of("participle");
  /** Nouns ending in -ed that must not be mistaken for past-tense verbs. */
  private static final Set<String> ED_NOUNS = QuantityWords.of("ed-noun");

  private static final String VULGAR = "½⅓⅔¼¾⅛";
  /** Words before "half of" that make it a part, not an amount ("the first half of 2020", "the top half of"). */
  private static final Set<String> NOT_BEFORE_HALF = QuantityWords.of("part-word");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Set<String> leadWords() {
    Set<String> words = new HashSet<>(STOP_WORDS);
    for (QuantityQualifierList.Qualifier q : QuantityQualifierList.all()) {
      if (q.before() && !q.symbol()) {
        words.add(q.phrase().split(" ")[0]);
      }
    }
    return Set.copyOf(words);
  }

  /** The plural scale words of vague amounts: "dozens", "hundreds" and the spelled scales of {@code scales.tsv} ("thousands"). */
  private static final Set<String> VAGUE_WORDS = vagueWords();

  private static Set<String> vagueWords() {
    Set<String> out = new HashSet<>(QuantityWords.of("vague-plural"));
    Scales.spelled().keySet().forEach(w -> out.add(w + "s"));
    return Set.copyOf(out);
  }

  /** A spelled scale word in the singular: "hundred" and those of {@code scales.tsv} ("thousand", "million"). */
  private static final Set<String> SCALE_WORDS = union(Set.of("hundred"), Scales.spelled().keySet());

  /** The phrases of a few ("a few", "several"), cut into words once. */
  private static final List<String[]> FEW = Joints.words(QuantityWords.of("few"));

  private final DateExtractor dates;
  private final NumberFinder numbers = NumberFinder.english();

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

  /**
   * Percent signs and words that carry no number ("the % of increase", "How do I calculate a
   * percentage?"), in text order, with offsets into {@code text}. They are left out of {@link
   * #extract} because a quantity needs a value; an evaluation that counts them, as Recognizers'
   * percent model does (with a null value), asks here.
   */
  public List<UnitMention> percentsWithoutNumber(String text) {
    String s = Offsets.plainSpaces(text);
    List<QuantityMention> quantities = extract(text);
    List<UnitMention> out = new ArrayList<>();
    for (int[] bare : PercentWords.bare(QuantityTokens.of(s))) {
      int start = bare[0];
      int end = bare[1];
      boolean partOfQuantity = quantities.stream().anyMatch(q -> q.start() < end && start < q.end());
      if (!partOfQuantity && !insideUrl(s, start)) {
        out.add(new UnitMention(text.substring(start, end), start, end, "percent"));
      }
    }
    return out;
  }

  /** Quantities of {@code sentence}, in text order and non-overlapping, with offsets into {@code cleanText}. */
  public List<QuantityMention> extract(String cleanText, Sentence sentence) {
    return extract(cleanText, new DateExtractor.Reading(sentence));
  }

  /**
   * {@link #extract(String, Sentence)} of {@code dates}' sentence, whose date reading (made by the
   * caller, which reads the sentence's dates too) it shares.
   */
  public List<QuantityMention> extract(String cleanText, DateExtractor.Reading dates) {
    Sentence sentence = dates.sentence();
    Offsets.requireInside(cleanText, sentence);
    String s = Offsets.plainSpaces(sentence.text());
    QuantityTokens tokens = QuantityTokens.of(s);
    DateSpans dateSpans = new DateSpans(cleanText, dates); // read at the first number only
    List<QuantityMention> out = new ArrayList<>();
    UrlWords urls = new UrlWords(s);
    int floor = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean tokenStart =
          i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || Currencies.codeGluedBefore(s, i)
              || (Character.isDigit(c) && s.charAt(i - 1) == 'M' && Currencies.before(s, floor, i) != null);
      if (!tokenStart || !(Character.isLetterOrDigit(c) || VULGAR.indexOf(c) >= 0 || negativeSign(s, i))) {
        i++;
        continue;
      }
      if (insideAlphanumeric(s, i) || urls.inside(i) || NameNumbers.dottedCode(s, i)) {
        i = codeEnd(s, i);
        continue;
      }
      int percentOf = Character.isLetter(c) ? Joints.percentOf(tokens, i) : -1;
      if (percentOf >= 0) {
        NumberSpan n = numbers.parseAt(s, percentOf);
        if (n != null && !glued(s, n.end())) {
          // "percent of 10" (a percentage stated word-first)
          Core core = new Core(n.start(), n.end(), n.value(), 1, false, null);
          out.add(withOriginalText(mention(s, i, n.end(), sentence.start(), QuantityKind.PERCENT, core, "percent", null, 1, 0), sentence));
          floor = n.end();
          i = floor;
          continue;
        }
      }
      DigitShapes.Score score = Character.isDigit(c) ? DigitShapes.score(s, i) : null;
      if (score != null && score.isScore() && !pairWithUnit(s, score)) {
        i = score.end(); // "7-6 (5), 6-3", "a 2-1 victory": a match's score, not amounts
        continue;
      }
      int code = Character.isDigit(c) ? DigitShapes.letterCode(s, i) : -1;
      if (code >= 0) {
        i = code; // "Form 10-K", "an F-16": digits hyphen-glued to capitals name a form or model
        continue;
      }
      if (Character.isDigit(c) && hexBytes(s, i)) {
        i = tokenEnd(s, i); // "7F 45 4C 46": bytes in hexadecimal, not 7 °F and 4 °C
        continue;
      }
      if (Character.isDigit(c)) {
        int phone = DigitShapes.phone(s, i);
        if (phone >= 0 && (!DigitShapes.phoneHasBracket(s, i, phone) || (i > 0 && s.charAt(i - 1) == '('))) {
          i = phone; // "212-555-1234": a telephone number, not a range
          continue;
        }
      }
      QuantityMention vague = Character.isLetter(c) ? vagueAmount(s, tokens, i, sentence.start()) : null;
      if (vague != null) {
        out.add(withOriginalText(vague, sentence).withQualifiers("~", null));
        floor = vague.end() - sentence.start();
        i = floor;
        continue;
      }
      QuantityMention half = halfOf(s, tokens, i, sentence.start());
      if (half != null) {
        out.add(withOriginalText(half, sentence));
        floor = half.end() - sentence.start();
        i = floor;
        continue;
      }
      NumberSpan n = numbers.parseAt(s, i);
      int labelled = n != null ? NameNumbers.afterAbbreviatedLabel(s, n.start()) : -1;
      if (labelled >= 0) {
        i = Math.max(labelled, i + 1); // "Vol. 3", "pp. 4–29": the number a label names, not an amount
        continue;
      }
      if (n != null && (isIdentifier(s, n.start()) || isCitation(s, n) || notAFraction(s, n) || isListMarker(s, n))) {
        i = Math.max(n.end(), i + 1); // "#1", "No. 178", "number two": a rank or label, not an amount
        continue;
      }
      if (n == null || overlaps(dateSpans.get(), n.start(), n.end()) || TimesAndDays.around(tokens, n.start(), n.end())) {
        i = n != null ? Math.max(n.end(), i + 1) : Character.isLetter(c) ? NumberWords.wordEnd(s, i) : tokenEnd(s, i);
        continue;
      }
      boolean afterMoney = !out.isEmpty() && out.get(out.size() - 1).kind() == QuantityKind.MONEY;
      QuantityMention q = classify(s, tokens, n, floor, sentence.start(), afterMoney);
      if (q == null) {
        i = Math.max(n.end(), i + 1);
        continue;
      }
      out.add(withOriginalText(q, sentence));
      floor = q.end() - sentence.start();
      i = floor;
    }
    if (anyNumber(out) && tableRow(s)) {
      out.removeIf(q -> q.kind() == QuantityKind.NUMBER); // "1 Kyle Busch 5040 5 1 17 27": a table row's cells
    }
    shareUnits(s, sentence.start(), out);
    joinRanges(s, sentence.text(), sentence.start(), out);
    out.replaceAll(q -> rate(s, tokens, sentence.start(), q));
    out.replaceAll(q -> keepApproximate(q, QuantityQualifiers.qualify(s, sentence.start(), q)));
    shareChanges(s, sentence.start(), out);
    return out;
  }

  /**
   * The date mentions of a sentence (without a reference day) as spans relative to its start, read
   * when first asked for: a sentence without a number candidate never needs them, and the date
   * rules are pure, so reading them later or not at all changes no result.
   */
  private final class DateSpans {
    private final String cleanText;
    private final DateExtractor.Reading reading;
    private List<int[]> spans;

    DateSpans(String cleanText, DateExtractor.Reading reading) {
      this.cleanText = cleanText;
      this.reading = reading;
    }

    List<int[]> get() {
      if (spans == null) {
        spans = new ArrayList<>();
        Sentence sentence = reading.sentence();
        for (DateMention d : dates.extract(cleanText, reading, null, DateContext.none())) {
          spans.add(new int[] {d.start() - sentence.start(), d.end() - sentence.start()});
        }
      }
      return spans;
    }
  }

  /** The number with range and scale split out: {@code value * scale} is its magnitude. */
  private record Core(int start, int end, double value, double scale, boolean loneOne, Double high) {
    double magnitude() {
      return value * scale;
    }
  }

  private Core core(String s, QuantityTokens tokens, NumberSpan n) {
    String text = s.substring(n.start(), n.end());
    double scale = 1;
    String trailing = trailingScale(text);
    if (trailing != null) {
      scale = scaleOf(trailing);
    }
    boolean loneOne = text.equalsIgnoreCase("one");
    Core core = new Core(n.start(), n.end(), n.value() / scale, scale, loneOne, null);
    Joints.Joint range = Joints.rangeTail(tokens, n.end());
    boolean changeThenLevel = NumberWords.wordBefore(s, n.start()).equalsIgnoreCase("by") || levelToLevel(s, n.start());
    if (range != null && !(changeThenLevel && range.word().equals("to"))) {
      // not "fell by 12 to 340": the size of a change, then the level it reached
      int highStart = range.end();
      if (highStart < s.length() && !Character.isDigit(s.charAt(highStart))
          && n.start() > 0 && s.charAt(n.start() - 1) == s.charAt(highStart)) {
        highStart++; // "$1bn-$2bn": the upper bound repeats the lower bound's symbol
      }
      NumberSpan high = numbers.parseAt(s, highStart);
      if (high != null && fallingPairWithUnit(s, text, n, high, range.word())) {
        // "10-5 years": a pair that falls but has a unit is no score; the range runs from 5 to 10
        return new Core(n.start(), high.end(), high.value(), 1, false, n.value());
      }
      if (high != null && high.value() > n.value() && !glued(s, high.end())) {
        // "20-30", "5 to 10 million": the lower bound is the value, the text covers the range
        String highText = s.substring(high.start(), high.end());
        String highTrailing = trailingScale(highText);
        double highScale = highTrailing != null ? scaleOf(highTrailing) : 1;
        double lowScale = scale == 1 ? highScale : scale;
        return new Core(n.start(), high.end(), n.value() / scale, lowScale, false,
            high.value() / highScale * highScale);
      }
    }
    return core;
  }

  /** Decides the kind from what surrounds the number; null when the number should be dropped. */
  private QuantityMention classify(String s, QuantityTokens tokens, NumberSpan n, int floor, int base, boolean afterMoney) {
    if (NumberFinder.isRatio(s, n)) {
      // "one in five adults": a share (0.2), as "half of Americans" is 0.5; the noun is not counted
      return mention(s, n.start(), n.end(), base, QuantityKind.NUMBER, new Core(n.start(), n.end(), n.value(), 1, false, null), null, null, 1, 0);
    }
    Core core = core(s, tokens, n);
    Currencies.Found pre = Currencies.before(s, floor, core.start);
    Currencies.Found post = Currencies.after(s, core.end);
    if (pre != null && post == null) {
      Token letter = tokens.startingAt(core.end);
      if (letter != null && List.of("k", "K", "m", "M").contains(letter.text())
          && !QuantityTokens.isLetterOrNumber(s, letter.end())) {
        // "$5m", "£20k": k and m are scales only next to a currency
        double scale = scaleOf(letter.text());
        core = new Core(core.start, letter.end(), core.value, scale, false, core.high == null ? null : core.high * scale);
        post = Currencies.after(s, core.end);
      }
    }
    if (pre != null || post != null) {
      String iso = pre != null ? pre.iso() : post.iso();
      int start = pre != null ? pre.start() : core.start;
      int end = post != null ? post.end() : core.end;
      double factor = (pre != null ? pre.factor() : 1) * (post != null ? post.factor() : 1);
      double extra = 0;
      if (post != null && post.factor() == 1 && core.scale == 1) {
        double[] cents = Currencies.hundredthsAfter(s, end, numbers);
        if (cents != null) {
          extra = cents[0];
          end = (int) cents[1];
        }
      }
      return mention(s, start, end, base, QuantityKind.MONEY, core, iso, iso, factor, extra);
    }
    if (glued(s, core.end) && Units.after(s, core.end) == null) {
      return null; // "3D", "10am", "4x4": not a quantity
    }
    PercentWords.Percent pct = PercentWords.after(tokens, core.end);
    if (pct != null) {
      String unit = pct.points() ? PERCENTAGE_POINT : "percent";
      return mention(s, core.start, pct.end(), base, QuantityKind.PERCENT, core, unit, null, 1, 0);
    }
    Units.Found unit = Units.after(s, core.end);
    if (unit == null && core.high == null && core.magnitude() < 1 && Character.isLetter(s.charAt(core.end - 1))) {
      unit = unitAfterArticle(tokens, core.end); // "three quarters of a mile", "a quarter of an hour"
    }
    if (unit != null && millionBeforeCountNoun(tokens, core, unit)) {
      // "1.2m units", "5m people": the glued "m" of news copy is a million before a counted noun
      core = new Core(core.start, core.end + 1, core.value, 1e6, false, core.high == null ? null : core.high * 1e6);
      unit = null;
    }
    if (unit != null) {
      if (unit.name().equals("Pound") && !s.startsWith("lb", unit.end() - 2) && !s.startsWith("lbs", unit.end() - 3)
          && (core.scale > 1 || afterMoney || moneyWordBefore(tokens, core.start))) {
        // "361 million pounds", "cost 5 dollars, 6 euros, 7 pounds", "fined 500 pounds": money, not weight
        return mention(s, core.start, unit.end(), base, QuantityKind.MONEY, core, "GBP", "GBP", 1, 0);
      }
      int[] inches = unit.name().equals("Foot") ? inchesAfter(tokens, unit.end()) : null;
      if (inches != null) {
        // "5 feet 2 inches", "12 ft 2 in": one length in feet
        double extra = inches[0] / 12.0;
        return mention(s, core.start, inches[1], base, QuantityKind.MEASURE, core, unit.name(), null, 1, extra);
      }
      int end = hyphenatedAdjectiveEnd(tokens, unit.end()); // "65-year-old", "10-mile-long"
      return mention(s, core.start, end, base, QuantityKind.MEASURE, core, unit.name(), null, 1, 0);
    }
    if (glued(s, core.end)) {
      return null;
    }
    boolean gluedLetter = Character.isLetter(s.charAt(core.end - 1)) && Character.isDigit(s.charAt(core.end - 2));
    if (gluedLetter && s.charAt(core.end - 1) == 'G') {
      return null; // "5G", "4G phones": a network generation, not giga
    }
    if (gluedLetter && QuantityWords.is("format-name", s.substring(core.start, core.end))) {
      return null; // "in native 4K", "4K TVs": a display resolution, not 4,000 (money, "$4K", was read above)
    }
    if ((core.scale == 1 || gluedLetter) && NameNumbers.partOfName(s, core.start)) {
      return null; // "Windows 10", "Boeing 737 jets", "Resident Evil 2": a name, not an amount
    }
    if (core.scale == 1 && NameNumbers.afterLabel(s, core.start)) {
      return null; // "type 2 diabetes", "stage 4 cancer", "section 230": a label, not an amount
    }
    NounWords.Word hyphen = NounWords.hyphenated(s, core.end);
    if (hyphen != null && !STOP_WORDS.contains(hyphen.text().split("-")[0])) {
      // "142-page report": the number counts the hyphenated noun; "65-year-old": the noun is "year"
      String noun = withoutClosingAdjective(hyphen.text());
      return mention(s, core.start, hyphen.end(), base, QuantityKind.COUNT, core, noun, null, 1, 0);
    }
    int nounEnd = nounPhraseEnd(tokens, core.end, core.magnitude() == 1 && core.high == null);
    if (endsInFractionWord(s.substring(core.start, core.end)) && nounPhraseEnd(tokens, core.end, true) > core.end) {
      return null; // "a third case", "third quarter results": an ordinal before its noun, not a fraction
    }
    if (nounEnd > core.end) {
      String phrase = s.substring(core.end, nounEnd).trim();
      String head = phrase.substring(phrase.lastIndexOf(' ') + 1); // "9 million premature deaths" counts deaths
      return mention(s, core.start, nounEnd, base, QuantityKind.COUNT, core, head, null, 1, 0);
    }
    if (gluedLetter && beforeSingularNoun(tokens, core.end)) {
      return null; // "the 5500M chipset", "a 300K sensor": a model code, not millions (those count a plural: "1.2M people")
    }
    if (core.scale == 1 && !Joints.unitJointAfter(tokens, core.end)
        && NameNumbers.nameAtSentenceStart(s, core.start, LEAD_WORDS)) {
      return null; // "Meal 1", "Thunderbolt 3 is staying": a name opening the sentence, with nothing counted
    }
    if (core.loneOne) {
      return null; // "one of the", "one which": a pronoun, not a quantity
    }
    if (core.high == null && core.scale == 1 && DigitShapes.yearDigits(s.substring(core.start, core.end))) {
      return null; // "2019 is just not as strong": a year the date reader left, not an amount
    }
    return mention(s, core.start, core.end, base, QuantityKind.NUMBER, core, null, null, 1, 0);
  }

  /**
   * True when the unit is a metre symbol glued to the number ("1.2m") and a plural noun follows
   * ("units", "people"): then it is the scale letter of news copy, as in "£5m", not a length
   * ("a 5m wall", "100m sprint", "8m tall" keep metres).
   */
  private static boolean millionBeforeCountNoun(QuantityTokens tokens, Core core, Units.Found unit) {
    if (!unit.name().equals("Meter") || unit.end() != core.end + 1 || tokens.text().charAt(core.end) != 'm' || core.scale != 1) {
      return false;
    }
    NounWords.Word m = NounWords.lowerCase(tokens, unit.end());
    if (m == null) {
      return false;
    }
    String w = m.text();
    return !STOP_WORDS.contains(w) && (IRREGULAR_PLURALS.contains(w) || (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3));
  }

  /** True when a lowercase word that is no stop word, no plural and no start of a hyphenated compound follows {@code pos} ("chipset"). */
  private static boolean beforeSingularNoun(QuantityTokens tokens, int pos) {
    NounWords.Word m = NounWords.lowerCase(tokens, pos);
    if (m != null) {
      return !tokens.text().startsWith("-", m.end()) && !STOP_WORDS.contains(m.text()) && !isPlural(m.text());
    }
    // "4K Video", "8K TV" in a title: a capitalised singular word (a plural, "1.2M Americans", counts)
    NounWords.Word capitalised = NounWords.capitalised(tokens, pos);
    return capitalised != null && !STOP_WORDS.contains(capitalised.text().toLowerCase(Locale.ROOT))
        && !isPlural(capitalised.text().toLowerCase(Locale.ROOT));
  }

  /** End of up to three lowercase words after {@code pos}, stopping at a stop word or verb form. */
  private static int nounPhraseEnd(QuantityTokens tokens, int pos, boolean single) {
    NounWords.Word capitalised = NounWords.capitalisedLowerCase(tokens, pos);
    if (capitalised != null && isPlural(capitalised.text())) {
      return capitalised.end(); // "400 Democrats", "10 Americans": a plural name of people
    }
    int acronyms = NounWords.acronymPlural(tokens, pos);
    if (acronyms >= 0) {
      return acronyms; // "12 MPs", "300 CEOs", "40 ICUs": the plural of an acronym
    }
    int end = pos;
    int at = pos;
    for (int n = 0; n < 3; n++) {
      NounWords.Word m = NounWords.lowerCase(tokens, at);
      String w = m != null ? m.text().toLowerCase(Locale.ROOT) : null;
      if (w == null) {
        int name = NounWords.nameBeforeNoun(tokens, at);
        if (n < 2 && !single && name >= 0) {
          at = name; // "11.7 million COVID-19 cases", "300 Facebook users": a name before the noun
          continue;
        }
        int model = NounWords.numberOfName(tokens, at);
        if (n == 0 && !single && model >= 0) {
          at = model; // "400 737 Max jets": the number of a name ("737 Max") before the noun
          continue;
        }
        break;
      }
      if (!isNounish(w, n) || (single && end > pos && isPlural(w))) {
        break; // "one person develops": after a singular noun, an -s word is a verb
      }
      at = m.end();
      if (isParticiple(w)) {
        continue; // "35 reported instances" counts instances; "one made by Pfizer" counts nothing
      }
      if (isPlural(w)) {
        return at; // "a dozen eggs cost twice": the plural noun heads the phrase, a verb may follow
      }
      if (single) {
        end = at;
      }
    }
    return end; // more than one takes a plural noun: "1,000 maintenance", "two became" count nothing
  }


  /** A plural noun by its form: "people", or a word in -s but not -ss, -us or -is ("bus", "analysis"). */
  private static boolean isPlural(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (IRREGULAR_PLURALS.contains(lower)) {
      return true;
    }
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is");
  }

  /** A past participle by its form ("reported", "soft-boiled") or one of the common irregular ones ("made"). */
  private static boolean isParticiple(String w) {
    return (w.endsWith("ed") && w.length() >= 4 && !ED_NOUNS.contains(w)) || IRREGULAR_PARTICIPLES.contains(w);
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
      String s, int start, int end, int base, QuantityKind kind, Core core, String unit, String currency,
      double factor, double extra) {
    double normalized = core.magnitude() * factor + extra;
    Double low = core.high == null ? null : normalized;
    Double high = core.high == null ? null : core.high * factor;
    return new QuantityMention(
        s.substring(start, end), base + start, base + end, kind, core.value, unit, currency, normalized, low, high);
  }

  private static QuantityMention withOriginalText(QuantityMention q, Sentence sentence) {
    String text = sentence.text().substring(q.start() - sentence.start(), q.end() - sentence.start());
    return new QuantityMention(
        text, q.start(), q.end(), q.kind(), q.value(), q.unit(), q.currency(), q.normalizedValue(), q.low(), q.high());
  }

  /**
   * "24/7", "9/11", "5/17": digits over digits that are no fraction of a whole (a numerator not
   * below the denominator, or a denominator over 10) are a date, a score or a phrase.
   */
  private static boolean notAFraction(String s, NumberSpan n) {
    String[] f = DigitShapes.slashNumber(s.substring(n.start(), n.end()));
    if (f == null || f[0].length() > 3 || f[1].length() > 3) {
      return false;
    }
    int num = Integer.parseInt(f[0]);
    int den = Integer.parseInt(f[1]);
    return num >= den || den > 10;
  }

  /**
   * "rose from 4.4% to 14.7%", "fell from 340 to 12": "from" right after a change word (the change
   * phrases of {@code quantity-qualifiers.tsv}) starts two levels, the old and the new, not a range.
   */
  private static boolean levelToLevel(String s, int start) {
    String from = NumberWords.wordBefore(s, start);
    if (!from.equalsIgnoreCase("from")) {
      return false;
    }
    int fromStart = s.lastIndexOf(from, start);
    for (QuantityQualifierList.Qualifier w : CHANGE_WORDS) {
      if (QuantityQualifiers.endingAt(s, fromStart, w) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "[47]", "[6][111]", "(10, 11)" after a lowercase word or a closing mark: a reference mark of a
   * cited source, not an amount. A bracketed number after a capitalised word ("Smith (45)") may be
   * an age and is kept.
   */
  private static boolean isCitation(String s, NumberSpan n) {
    if (n.start() > 0 && s.charAt(n.start() - 1) == '[' && n.end() < s.length() && s.charAt(n.end()) == ']') {
      return true;
    }
    int open = n.start() - 1;
    while (open > 0 && (Character.isDigit(s.charAt(open)) || s.charAt(open) == ',' || s.charAt(open) == ' ')
        && n.start() - open < 40) {
      open--;
    }
    if (open < 1 || s.charAt(open) != '(' || !DigitShapes.bracketedNumbers(s, open)) {
      return false;
    }
    String before = NumberWords.wordBefore(s, open);
    return !before.isEmpty() && Character.isLowerCase(before.charAt(0));
  }

  /** "14. Plan meals", "3) Stay hydrated": a number opening the sentence, then "." or ")" and a capital, numbers a list item. */
  private static boolean isListMarker(String s, NumberSpan n) {
    for (int k = 0; k < n.start(); k++) {
      if (!Character.isWhitespace(s.charAt(k))) {
        return false;
      }
    }
    int e = n.end();
    return e + 2 < s.length() && (s.charAt(e) == '.' || s.charAt(e) == ')') && s.charAt(e + 1) == ' '
        && Character.isUpperCase(s.charAt(e + 2));
  }

  /**
   * "4 or 5 ounces", "between 10 and 20 pills", "3 to 2 votes": a bare number joined by "or", "and"
   * or "to" to the next quantity, whose unit is written after it only, shares that unit. A quantity
   * whose text starts with a symbol ("5 and $10") shares nothing: the symbol belongs to it alone.
   */
  private static void shareUnits(String s, int base, List<QuantityMention> out) {
    for (int k = out.size() - 2; k >= 0; k--) {
      QuantityMention a = out.get(k);
      QuantityMention b = out.get(k + 1);
      if (a.kind() != QuantityKind.NUMBER || b.kind() == QuantityKind.NUMBER || !Character.isLetterOrDigit(b.text().charAt(0))
          || a.text().equalsIgnoreCase("half")) {
        continue;
      }
      String joint = s.substring(a.end() - base, b.start() - base);
      if (Joints.unitBetween(joint)) {
        out.set(k, new QuantityMention(a.text(), a.start(), a.end(), b.kind(), a.value(), b.unit(), b.currency(),
            a.normalizedValue(), a.low(), a.high()));
      }
    }
  }

  /**
   * "44 mg to 50 mg", "from $5 million to $6 million", "between 10% and 20%", "5%-7%": two amounts
   * of the same kind and unit joined as a range, each with its unit written, are one range
   * quantity, as "44-50 mg" is ({@code low} and {@code high}; the value is the lower bound). Not a
   * range: a change and the level it reached ("rose 2% to 5%", "fell by 3% to 10%", "rose from 4%
   * to 9%"), a falling pair ("10% to 5%"), and "and" without "between".
   */
  private static void joinRanges(String s, String original, int base, List<QuantityMention> out) {
    for (int k = out.size() - 2; k >= 0; k--) {
      QuantityMention a = out.get(k);
      QuantityMention b = out.get(k + 1);
      int aStart = a.start() - base;
      String joint = s.substring(a.end() - base, b.start() - base);
      String before = NumberWords.wordBefore(s, aStart).toLowerCase(Locale.ROOT);
      boolean between = before.equals("between") && joint.equals(" and ");
      // "between 10 and 20 pills", "between 7.1 and 14": "between" marks a range of counts and bare numbers too
      boolean countOrNumber = a.kind() == QuantityKind.COUNT || a.kind() == QuantityKind.NUMBER;
      // "between 5 and 10 million": a bare lower bound takes the upper bound's scale, as "5 to 10 million" does
      boolean sharedScale = countOrNumber && a.value() == a.normalizedValue() && b.value() != 0 && b.normalizedValue() != b.value();
      double low = sharedScale ? a.value() * (b.normalizedValue() / b.value()) : a.normalizedValue();
      boolean rising = sharedScale ? a.value() < b.value() : a.normalizedValue() < b.normalizedValue();
      if (a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit()) || (a.unit() == null && !between) || a.low() != null
          || b.low() != null || (countOrNumber && !between) || !rising) {
        continue;
      }
      boolean joined = Joints.rangeBetween(joint) || between;
      if (!joined || before.equals("by") || levelToLevel(s, aStart)
          || QuantityQualifiers.qualify(s, base, a).change() != null) {
        continue;
      }
      out.set(k, new QuantityMention(original.substring(aStart, b.end() - base), a.start(), b.end(), a.kind(), a.value(), a.unit(),
          a.currency(), low, low, b.normalizedValue()));
      out.remove(k + 1);
    }
  }

  /**
   * "$15 an hour", "5 per cent a year", "$350 per kg", "$2 a share", "$40,000 per capita": an
   * amount of money, a percentage or a count followed by "a"/"an"/"per"/"each"/"every" or "/" and
   * a unit of {@code units.tsv} (or, after "per", any singular noun) is a rate: the unit becomes
   * "USD per hour", "percent per year", "cases per day"; currency and value are unchanged.
   * "a"/"an" take only a unit or a noun of {@code RATE_NOUNS}: "$5 a piece of cake" is no rate of
   * cake, but "a piece" is. The text is not widened (the suites' spans end at the amount, "$ 98"
   * of "$ 98 a share"), and a measure keeps its unit ("500,000 barrels a day" is in barrels, as
   * the dimension suite has it).
   */
  private static QuantityMention rate(String s, QuantityTokens tokens, int base, QuantityMention q) {
    if (q.unit() == null || q.unit().contains(" per ") || q.kind() == QuantityKind.MEASURE) {
      return q; // a measure keeps its unit: "500,000 barrels a day" is in barrels (the dimension suite's convention)
    }
    int end = q.end() - base;
    Joints.Joint m = Joints.rateAfter(tokens, end);
    if (m == null) {
      return q;
    }
    boolean slash = m.word().equals("/");
    Units.Found unit = Units.after(s, slash ? m.end() : m.end() - 1);
    String per;
    int rateEnd;
    if (unit != null && (!slash || unit.end() > m.end()) && !glued(s, unit.end())) {
      per = unit.name().equals("Percent") ? "percent" : unit.name().toLowerCase(Locale.ROOT);
      rateEnd = unit.end();
    } else {
      NounWords.Word noun = slash ? null : NounWords.lowerCase(tokens, m.end() - 1);
      if (noun == null || STOP_WORDS.contains(noun.text()) || isPlural(noun.text())
          || (!m.word().equals("per") && !RATE_NOUNS.contains(noun.text()))) {
        return q;
      }
      per = noun.text();
      rateEnd = noun.end();
    }
    if (timeWordAfter(tokens, rateEnd)) {
      return q; // "$5 a month ago", "a year later": a time, not a rate
    }
    QuantityMention r = new QuantityMention(q.text(), q.start(), q.end(), q.kind(), q.value(), q.unit() + " per " + per,
        q.currency(), q.normalizedValue(), q.low(), q.high());
    return r.withQualifiers(q.bound(), q.change());
  }

  /**
   * "fell 2,997 points, or 12.9%", "rose $5, or about 2%": the same change restated in another
   * unit after ", or" is a change in the same direction.
   */
  private static void shareChanges(String s, int base, List<QuantityMention> out) {
    for (int k = 1; k < out.size(); k++) {
      QuantityMention a = out.get(k - 1);
      QuantityMention b = out.get(k);
      if (a.change() != null && b.change() == null
          && Joints.restates(s.substring(a.end() - base, b.start() - base))) {
        out.set(k, b.withQualifiers(b.bound(), a.change()));
      }
    }
  }

  /**
   * True when the number at {@code start} is a rank or label: glued after "#" ("Myth #3", "the #1
   * enemy"), or after "No." or the word "number" ("No. 178", "number two is to cut costs").
   */
  private static boolean isIdentifier(String s, int start) {
    if (start > 0 && s.charAt(start - 1) == '#') {
      return true;
    }
    int j = start;
    while (j > 0 && s.charAt(j - 1) == ' ') {
      j--;
    }
    if (j > 0 && s.charAt(j - 1) == '.') {
      String w = NumberWords.wordBefore(s, j - 1);
      return (w.equals("No") || w.equals("no") || w.equals("Nos") || w.equals("nos")) && (j - 1 - w.length() == 0
          || !Character.isLetterOrDigit(s.charAt(j - 2 - w.length())));
    }
    return j < start && NumberWords.wordBefore(s, start).equalsIgnoreCase("number");
  }

  /**
   * "half of Americans", "about half of the cars": the word "half" before "of" is the amount one
   * half, unless a determiner or position word makes it a part ("the first half of 2020", "the top
   * half of the laptop"). Null when the text at {@code i} is not such a "half".
   */
  private static QuantityMention halfOf(String s, QuantityTokens tokens, int i, int base) {
    if (!(s.startsWith("half", i) || s.startsWith("Half", i)) || glued(s, i + 4) || s.startsWith("-", i + 4)) {
      return null;
    }
    String before = NumberWords.wordBefore(s, i).toLowerCase(Locale.ROOT);
    if (NOT_BEFORE_HALF.contains(before) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
      return null;
    }
    Units.Found unit = unitAfterArticle(tokens, i + 4);
    if (unit != null) {
      // "half a mile", "half an hour": one half of the unit
      return mention(s, i, unit.end(), base, QuantityKind.MEASURE, new Core(i, i + 4, 0.5, 1, false, null), unit.name(), null, 1, 0);
    }
    if (!s.startsWith(" of ", i + 4)) {
      return null;
    }
    return mention(s, i, i + 4, base, QuantityKind.NUMBER, new Core(i, i + 4, 0.5, 1, false, null), null, null, 1, 0);
  }

  /**
   * "thousands of people", "tens of thousands of workers", "dozens of firms", "millions of dollars":
   * a plural scale word (the spelled scales of {@code scales.tsv}, "hundreds", "dozens"), maybe
   * after "tens of" or "hundreds of", before "of" and what it counts, is an approximate amount:
   * the scale is the value (100 for "hundreds", 10,000 for "tens of thousands") and the caller
   * makes the bound {@code ~}. A currency counted ("millions of dollars") makes it money; otherwise the head of the
   * noun phrase after "of" is the unit, and with no noun phrase ("hundreds of them") it is no
   * amount. Null when the text at {@code i} is not such a phrase.
   */
  private static QuantityMention vagueAmount(String s, QuantityTokens tokens, int i, int base) {
    if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return null;
    }
    FewScale few = fewScale(tokens, i);
    if (few != null) {
      return fewOfScale(s, tokens, i, few, base);
    }
    Token first = tokens.startingAt(i);
    if (first == null || !first.isWord()) {
      return null;
    }
    Token of = ofAfter(tokens, first);
    Token second = of == null ? null : tokens.startingAt(of.end() + 1);
    boolean compound = second != null && QuantityWords.is("vague-multiplier", first.text()) && isVagueWord(tokens, second);
    if (!compound && !(of != null && VAGUE_WORDS.contains(first.text().toLowerCase(Locale.ROOT))
        && Character.isLetter(s.charAt(of.end() + 1)) && !(second != null && isVagueWord(tokens, second)))) {
      return null;
    }
    int end = compound ? second.end() : first.end();
    double value = compound ? vagueScale(first.text()) * vagueScale(second.text()) : vagueScale(first.text());
    Core core = new Core(i, end, value, 1, false, null);
    if (!s.regionMatches(true, end, " of ", 0, 4)) {
      return compound ? mention(s, i, end, base, QuantityKind.NUMBER, core, null, null, 1, 0) : null;
    }
    return countedAfter(s, tokens, i, end + 3, core, base, compound ? end : -1);
  }

  /**
   * "several thousand people", "a few hundred", "a couple of million dollars": the scale (its
   * product, "a few hundred thousand" is 100,000) is the value, which the caller makes
   * approximate; money for a currency after it, a count for a plural noun, a number otherwise.
   */
  private static QuantityMention fewOfScale(String s, QuantityTokens tokens, int i, FewScale few, int base) {
    Core core = new Core(i, few.end(), few.value(), 1, false, null);
    Units.Found unit = Units.after(s, few.end());
    if (unit != null && !glued(s, few.end())) {
      return mention(s, i, unit.end(), base, QuantityKind.MEASURE, core, unit.name(), null, 1, 0); // "several hundred miles"
    }
    int at = s.regionMatches(true, few.end(), " of ", 0, 4) ? few.end() + 3 : few.end();
    return countedAfter(s, tokens, i, at, core, base, few.end());
  }

  /**
   * The vague amount {@code core} starting at {@code i} with what it counts after {@code of}: money
   * for a currency, a count for a noun phrase; with neither, a number ending at {@code bareEnd}, or
   * null when {@code bareEnd} is negative (no amount without its noun).
   */
  private static QuantityMention countedAfter(String s, QuantityTokens tokens, int i, int of, Core core, int base, int bareEnd) {
    Currencies.Found money = Currencies.after(s, of);
    QuantityMention q;
    if (money != null && money.start() <= of + 1) {
      q = mention(s, i, money.end(), base, QuantityKind.MONEY, core, money.iso(), money.iso(), money.factor(), 0);
    } else {
      int nounEnd = nounPhraseEnd(tokens, of, false);
      if (nounEnd == of) {
        return bareEnd >= 0 ? mention(s, i, bareEnd, base, QuantityKind.NUMBER, core, null, null, 1, 0) : null;
      }
      String phrase = s.substring(of, nounEnd).trim();
      q = mention(s, i, nounEnd, base, QuantityKind.COUNT, core, phrase.substring(phrase.lastIndexOf(' ') + 1), null, 1, 0);
    }
    return q;
  }

  /** True when the score match is one pair with a unit after it ("10-5 years"): a range, not a score. */
  private static boolean pairWithUnit(String s, DigitShapes.Score score) {
    return score.onePair() && !score.tieBreak() && Units.after(s, score.end()) != null;
  }

  /**
   * True when the digits {@code n} and {@code high}, joined by a hyphen or dash, fall ("10-5") and a
   * unit of {@code units.tsv} follows: a range written high to low, not a score ("10-5 years").
   */
  private static boolean fallingPairWithUnit(String s, String lowText, NumberSpan n, NumberSpan high, String joint) {
    String j = joint.trim();
    return (j.equals("-") || j.equals("–")) && high.value() < n.value() && high.start() == n.end() + 1
        && lowText.chars().allMatch(Character::isDigit) && s.substring(high.start(), high.end()).chars().allMatch(Character::isDigit)
        && Units.after(s, high.end()) != null;
  }

  /**
   * True when {@code s} has three or more bare whole numbers in a row, separated by single spaces,
   * one of them after the first not of three digits (so not spaced thousands, "1 400 000"): the
   * cells of a table row ("Rockledge 14 11 6 15", a standings line "5040 5 1 17 27"), where no
   * bare number is an amount. One pass over the text.
   */
  static boolean tableRow(String s) {
    int run = 0;
    boolean notThousands = false;
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j == i) {
        i++; // not a digit: the joint test below decides whether a run goes on
        continue;
      }
      boolean cell = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && ".,$€£¥-".indexOf(s.charAt(i - 1)) < 0)
          && (j == s.length() || !Character.isLetterOrDigit(s.charAt(j)) && ".,%".indexOf(s.charAt(j)) < 0
              || (s.charAt(j) == '.' || s.charAt(j) == ',') && (j + 1 == s.length() || !Character.isDigit(s.charAt(j + 1))));
      if (!cell) {
        run = 0;
        notThousands = false;
        i = j;
        continue;
      }
      boolean joined = run > 0 && s.charAt(i - 1) == ' ' && (i < 2 || Character.isDigit(s.charAt(i - 2)));
      run = joined ? run + 1 : 1;
      notThousands = joined && (notThousands || j - i != 3);
      if (run >= 3 && notThousands) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * True when the token at {@code i} is a byte in hexadecimal (two characters of 0-9, A-F) next
   * to another such byte, in a run where some byte has a letter: "7F 45 4C 46", "3F 5F". Scans at
   * most eight tokens each way.
   */
  private static boolean hexBytes(String s, int i) {
    if (!hexByteAt(s, i)) {
      return false;
    }
    boolean letter = hexLetter(s, i);
    int neighbours = 0;
    for (int k = i, steps = 0; steps < 8 && k >= 3 && s.charAt(k - 1) == ' ' && hexByteAt(s, k - 3); steps++) {
      k -= 3;
      neighbours++;
      letter |= hexLetter(s, k);
    }
    for (int k = i, steps = 0; steps < 8 && k + 3 < s.length() && s.charAt(k + 2) == ' ' && hexByteAt(s, k + 3); steps++) {
      k += 3;
      neighbours++;
      letter |= hexLetter(s, k);
    }
    return neighbours > 0 && letter;
  }

  /** Two characters of 0-9, A-F at {@code i}, standing alone as a token. */
  private static boolean hexByteAt(String s, int i) {
    return i + 2 <= s.length() && isHexChar(s.charAt(i)) && isHexChar(s.charAt(i + 1))
        && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
        && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
  }

  private static boolean hexLetter(String s, int i) {
    return Character.isLetter(s.charAt(i)) || Character.isLetter(s.charAt(i + 1));
  }

  private static boolean isHexChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }

  /**
   * The unit after "a"/"an", maybe after "of", following a spelled fraction that ends at {@code
   * pos} ("half a mile", "three quarters of an hour"); null when there is none. A one-letter
   * symbol is no unit here ("half a m..." is a word).
   */
  private static Units.Found unitAfterArticle(QuantityTokens t, int pos) {
    int article = Joints.articleAfter(t, pos);
    if (article < 0) {
      return null;
    }
    Units.Found unit = Units.after(t.text(), article - 1);
    return unit != null && unit.end() - article > 1 ? unit : null;
  }

  /**
   * "5 feet 2 inches", "12 ft 2 in", "6 feet and 1 inch" after a length in feet ending at {@code
   * pos}: maybe " and", one space, one or two digits, one space and an inch word ({@code
   * quantity-words.tsv}); {inches, end} or null.
   */
  private static int[] inchesAfter(QuantityTokens t, int pos) {
    String s = t.text();
    int at = s.startsWith(" and", pos) ? pos + 4 : pos;
    int j = at + 1;
    while (j < s.length() && j - at <= 3 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (at >= s.length() || s.charAt(at) != ' ' || j == at + 1 || j - at > 3 || j >= s.length() || s.charAt(j) != ' ') {
      return null;
    }
    Token inch = t.startingAt(j + 1);
    return inch != null && QuantityWords.of("inch").contains(inch.text()) && !QuantityTokens.isLetterOrNumber(s, inch.end())
        ? new int[] {Integer.parseInt(s.substring(at + 1, j)), inch.end()} : null;
  }

  /** The word "of" after {@code w} between single spaces, followed by a character ("thousands of people"), or null. */
  private static Token ofAfter(QuantityTokens t, Token w) {
    Token of = t.next(w);
    return of != null && of.text().equalsIgnoreCase("of") && t.oneSpace(w.end(), of.start())
        && of.end() + 1 < t.text().length() && t.text().charAt(of.end()) == ' ' ? of : null;
  }

  /** A plural scale word of a vague amount ("thousands", "dozens") not glued to a letter or number. */
  private static boolean isVagueWord(QuantityTokens t, Token w) {
    return w.isWord() && VAGUE_WORDS.contains(w.text().toLowerCase(Locale.ROOT)) && !QuantityTokens.isLetterOrNumber(t.text(), w.end());
  }

  /**
   * The scale word or abbreviation of {@code scales.tsv} ending a number's text ("2 million",
   * "5bn"): its whole trailing run of letters, in any case; null when there is none ("eight" ends
   * in no scale, though "t" is one).
   */
  private static String trailingScale(String number) {
    int k = number.length();
    while (k > 0 && Character.isLetter(number.charAt(k - 1))) {
      k--;
    }
    String run = number.substring(k).toLowerCase(Locale.ROOT);
    boolean ascii = number.substring(k).chars().allMatch(c -> c < 128); // the scales are ASCII, compared in ASCII case
    return k < number.length() && ascii && SCALES.containsKey(run) ? run : null;
  }

  /** A vague amount ("thousands of people") stays approximate unless a word beside it bounds it ("more than thousands of"). */
  private static QuantityMention keepApproximate(QuantityMention before, QuantityMention qualified) {
    return before.bound().equals("~") && qualified.bound().equals(QuantityMention.EXACT)
        ? qualified.withQualifiers("~", qualified.change()) : qualified;
  }

  /** The value of a plural scale word: "dozens" 12, "hundreds" 100, "thousands" 1,000 ... */
  private static double vagueScale(String plural) {
    String word = plural.toLowerCase(Locale.ROOT);
    word = word.substring(0, word.length() - 1);
    return word.equals("dozen") ? 12 : word.equals("ten") ? 10 : word.equals("hundred") ? 100 : scaleOf(word);
  }

  /**
   * A minus sign starting a number ("-5C", "a change of -3%", "$-99.99"): a hyphen right before a
   * digit, after a space, a bracket or a currency sign, never inside a token ("10-20", "COVID-19").
   */
  private static boolean negativeSign(String s, int i) {
    if (s.charAt(i) != '-' || i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    if (prev == ' ' && i >= 2 && Character.isDigit(s.charAt(i - 2))) {
      return false; // "75 -300mm": the joint of a range
    }
    return prev == ' ' || prev == '(' || prev == '$' || prev == '€' || prev == '£' || prev == '¥';
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
    if (prev == '.') {
      int k = i - 1;
      while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
        k--;
      }
      if (k < i - 1 && k > 0 && Character.isLetter(s.charAt(k - 1))) {
        return true; // "PM2.5", "Bluetooth5.2": the decimals of a code's digits
      }
    }
    // "COVID-19"; and "787-9", "A350-900", "38-10": digits after a number and a hyphen that were no
    // range (the range reader took "20-30" whole) are a model code or a score
    return Character.isLetter(prev) || (prev == '-' && i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2)))
        || (prev == '–' && i >= 2 && Character.isLetter(s.charAt(i - 2))) // "COVID–19" with an en dash
        || (prev == '/' && i >= 2 && Character.isUpperCase(s.charAt(i - 2))); // "FHC/ABJ/03": a file number
  }

  /**
   * A money word of {@code quantity-words.tsv} ("cost", "fined", "paid") within the 40 characters
   * before {@code start}, with no "." or ";" between it and the number: "fined 500 pounds" is money.
   * A word cut by the window's start counts by its part inside the window.
   */
  private static boolean moneyWordBefore(QuantityTokens t, int start) {
    String s = t.text();
    int from = Math.max(0, start - 40);
    for (Token w = t.before(start); w != null && w.end() > from; w = t.previous(w)) {
      if (w.is(".") || w.is(";")) {
        return false;
      }
      int a = Math.max(w.start(), from);
      boolean whole = (a == from || !QuantityTokens.isRegexWordChar(s.charAt(a - 1)))
          && (w.end() == start || !QuantityTokens.isRegexWordChar(s.charAt(w.end())));
      if (w.isWord() && whole && QuantityWords.is("money-verb", s.substring(a, w.end()))) {
        return true;
      }
    }
    return false;
  }

  /** The end of a measure adjective hyphenated after a unit ("-old" of "65-year-old", "-long"), or {@code pos} when there is none. */
  private static int hyphenatedAdjectiveEnd(QuantityTokens t, int pos) {
    Token dash = t.startingAt(pos);
    Token w = dash != null && dash.is("-") ? t.gluedAfter(dash) : null;
    return w != null && QuantityWords.of("measure-adjective").contains(w.text()) && !QuantityTokens.isLetterOrNumber(t.text(), w.end())
        ? w.end() : pos;
  }

  /** A hyphenated noun without the adjective closing it: "year-old" is "year", "member-strong" "member". */
  private static String withoutClosingAdjective(String hyphenated) {
    int dash = hyphenated.lastIndexOf('-');
    String last = hyphenated.substring(dash + 1);
    boolean adjective = QuantityWords.of("measure-adjective").contains(last) || QuantityWords.of("count-adjective").contains(last);
    return dash > 0 && adjective ? hyphenated.substring(0, dash) : hyphenated;
  }

  /** One space and a time word ("ago", "later") at {@code pos}: "$5 a month ago" is a time, not a rate. */
  private static boolean timeWordAfter(QuantityTokens t, int pos) {
    Token w = pos < t.text().length() && t.text().charAt(pos) == ' ' ? t.startingAt(pos + 1) : null;
    return w != null && QuantityWords.of("time-after").contains(w.text()) && !QuantityTokens.isLetterOrNumber(t.text(), w.end());
  }

  /** A number's text ending in a fraction word of {@code quantity-words.tsv} ("a third", "two-thirds", "one-quarter"). */
  private static boolean endsInFractionWord(String number) {
    String lower = number.toLowerCase(Locale.ROOT);
    for (String f : QuantityWords.of("fraction")) {
      if (lower.endsWith(f)) {
        return true;
      }
    }
    return false;
  }

  /** An unstated multiple of a scale: where it ends and the scale's value (a product: "a few hundred thousand" is 100,000). */
  private record FewScale(int end, double value) {}

  /**
   * "several thousand", "a few hundred", "a couple of million" at {@code i}: a word of the role
   * {@code few} and one or more scale words, single spaces between, the last not glued to a
   * number; null when there is none.
   */
  private static FewScale fewScale(QuantityTokens t, int i) {
    for (String[] phrase : FEW) {
      Token last = Joints.phraseAt(t, i, phrase);
      if (last == null) {
        continue;
      }
      List<Token> scales = new ArrayList<>();
      for (Token w = t.next(last); w != null && t.oneSpace((scales.isEmpty() ? last : scales.get(scales.size() - 1)).end(), w.start())
          && w.isWord() && SCALE_WORDS.contains(w.text().toLowerCase(Locale.ROOT)); w = t.next(w)) {
        scales.add(w);
      }
      while (!scales.isEmpty() && QuantityTokens.isLetterOrNumber(t.text(), scales.get(scales.size() - 1).end())) {
        scales.remove(scales.size() - 1); // "a few thousand5": the glued word is none
      }
      if (!scales.isEmpty()) {
        double value = 1;
        for (Token w : scales) {
          String word = w.text().toLowerCase(Locale.ROOT);
          value *= word.equals("hundred") ? 100 : scaleOf(word);
        }
        return new FewScale(scales.get(scales.size() - 1).end(), value);
      }
    }
    return null;
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


  /** Digits inside a URL or an encoded query ("...%2872%29") are not quantities. */
  private static boolean insideUrl(String s, int i) {
    int start = s.lastIndexOf(' ', i) + 1;
    int end = s.indexOf(' ', i);
    return urlWord(s, start, end < 0 ? s.length() : end);
  }

  /**
   * {@link #insideUrl} for the token starts of one sentence, in increasing order: the answer is the
   * same for every start within one space-separated word, so each word is read once (a long run
   * without spaces, as in a table, would otherwise be read again at each of its tokens).
   */
  private static final class UrlWords {
    private final String s;
    private int start = -1;
    private int end = -1;
    private boolean url;

    UrlWords(String s) {
      this.s = s;
    }

    boolean inside(int i) {
      if (i < start || i >= end) {
        start = s.lastIndexOf(' ', i) + 1;
        int space = s.indexOf(' ', i);
        end = space < 0 ? s.length() : space;
        url = urlWord(s, start, end);
      }
      return url;
    }
  }

  /** True when the word from {@code start} to {@code end} (space-separated) is or holds a URL. */
  private static boolean urlWord(String s, int start, int end) {
    // read in place: this runs at every token start, and a copy of the word costs more than the test
    boolean percent = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == ':' && k + 3 <= end && s.charAt(k + 1) == '/' && s.charAt(k + 2) == '/') {
        return true; // "://"
      }
      percent |= c == '%';
    }
    return s.startsWith("www.", start) && start + 4 <= end
        || percent && DigitShapes.urlEncoded(s.substring(start, end));
  }

  /** True when one of {@code found} is a plain NUMBER: only then can a table row remove anything. */
  private static boolean anyNumber(List<QuantityMention> found) {
    for (QuantityMention q : found) {
      if (q.kind() == QuantityKind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  private static boolean glued(String s, int end) {
    return end < s.length() && Character.isLetterOrDigit(s.charAt(end));
  }

  /** End of a code or name with digits ("COVID-19", "787-9", "1-1/2", "J1149.5+6663"): inner - / . + are part of it. */
  private static int codeEnd(String s, int i) {
    int j = i;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j))
        || ("-/.+".indexOf(s.charAt(j)) >= 0 && j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1))))) {
      j++;
    }
    return Math.max(j, i + 1);
  }

  private static int tokenEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return Math.max(j, i + 1);
  }
}
