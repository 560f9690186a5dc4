package io.claimsift.claims.dates;

import io.claimsift.sentences.Offsets;
import io.claimsift.sentences.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds absolute calendar dates, months, years and ranges of them in a sentence.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <ul>
 *   <li>Calendar anchors come from the engine's {@link DateAnchors} with {@link DatePreset#claims()}.
 *   <li>"March 4, 2021", "4 March 2021", "2021-03-04": DAY; "December 2015", "Dec. 2015": MONTH;
 *       "2015": YEAR (the preposition of "in 2015" is not part of the text).
 *   <li>Ranges "from A to B", "A to/until/through B", "A-B", "between A and B", "2017-19": one
 *       mention from the start of A to the end of B with the finer granularity of the two. The text
 *       includes a leading "from"/"between". A month without a year takes B's year ("March to May
 *       2019").
 *   <li>Open ranges: "since A" (last = null), "until/till/through A" (first = null, last = end of A),
 *       "before A" (first = null, last = the day before A). The keyword is part of the text.
 *   <li>A bare four-digit number 1800-2100 is a year unless it reads as a quantity: after a currency
 *       sign, before a percent/scale/currency word, or before a plural noun ("2000 people") when not
 *       introduced by a date word ("in 2019 hackers").
 *   <li>Relative dates ("last week", "in March", "next Monday") are resolved against the reference
 *       day and skipped without one; the offset, period, part-of, range and open-range rules
 *       ({@link RelativePhrases}, {@link PeriodPhrases}, {@link PartOf}, {@link RangeJoin},
 *       {@link OpenRange}, {@link Seasons}, {@link WeekdayPhrases}, {@link Decades},
 *       {@link HolidayPhrases}, {@link NamedPeriods}, {@link SpelledDays}, {@link MonthDays},
 *       {@link CalendarPhrases}, {@link NumericDates}, {@link YearWords}, {@link AnchoredPhrases};
 *       {@link RelativeDates} runs them in order) read the sentence's {@link DateTokens}, cut once.
 *       No rule is a regular expression.
 *   <li>Anaphoric steps ("the following year", "the next day") count from the previous date of the
 *       sentence, else of the sentences before it that a {@link DateContext} holds.
 *   <li>A sentence without any {@link DateCues} cue (a digit or a date word) skips every
 *       rule, and each phrase family runs only when the sentence holds a word or a digit its
 *       rules need; the results are the same, only faster.
 * </ul>
 */
public final class DateExtractor {

  /** Step words that count from the sentence's previous date ("the following year"). */
  private static final Set<String> ANAPHORIC = io.claimsift.lexicon.DateWords.of("anaphoric");
  private static final java.util.Map<String, Integer> AWAY_STEPS = io.claimsift.lexicon.DateWords.values("weekday-step");

  /** The words of "this work week", "next 3 business days". */
  private static final Set<String> WORKING_DAY_CUES = Set.of("week", "workweek", "workingweek", "day", "days");

  /** Whether sentences without any date cue skip the rules ({@link DateCues}); results are the same. */
  private final boolean prefilter;

  private DateExtractor(boolean prefilter) {
    this.prefilter = prefilter;
  }

  /** The English preset. */
  public static DateExtractor english() {
    return new DateExtractor(true);
  }

  /** The English preset running every rule on every sentence (to check and measure the cue prefilter). */
  public static DateExtractor englishWithoutPrefilter() {
    return new DateExtractor(false);
  }

  /** Date mentions of a standalone text, relative dates resolved against {@code reference} (may be null). */
  public List<DateMention> extract(String text, LocalDate reference) {
    return extract(text, new Sentence(0, text.length(), text), reference);
  }

  /**
   * Date mentions of {@code sentence} including relative ones ("last week", "in March", "three
   * days ago"), resolved against {@code reference} (the article's date); with a null reference,
   * relative expressions are skipped.
   */
  public List<DateMention> extract(String cleanText, Sentence sentence, LocalDate reference) {
    return extract(cleanText, sentence, reference, DateContext.none());
  }

  /**
   * Date mentions of {@code sentence} as {@link #extract(String, Sentence, LocalDate)} reads them,
   * with the anaphoric steps ("the following year", "the next day") of a sentence that states no
   * earlier date itself counted from the last closed date of the sentences before it that {@code
   * context} holds (they are read only then).
   */
  public List<DateMention> extract(String cleanText, Sentence sentence, LocalDate reference, DateContext context) {
    return extract(cleanText, new Reading(sentence), reference, context);
  }

  /**
   * What every reading of one sentence's dates starts from, made once however many times it is
   * read (with and without a reference day): the sentence's date cues, its text with plain spaces
   * and its tokens, each cut when first needed. One instance serves one sentence in one thread.
   */
  public static final class Reading {
    private final Sentence sentence;
    private DateCues cues;
    private DateTokens tokens;

    public Reading(Sentence sentence) {
      this.sentence = sentence;
    }

    public Sentence sentence() {
      return sentence;
    }

    DateCues cues() {
      if (cues == null) {
        cues = DateCues.of(sentence.text());
      }
      return cues;
    }

    DateTokens tokens() {
      if (tokens == null) {
        tokens = DateTokens.of(Offsets.plainSpaces(sentence.text()));
      }
      return tokens;
    }
  }

  /**
   * {@link #extract(String, Sentence, LocalDate, DateContext)} of {@code reading}'s sentence; the
   * cues and tokens that {@code reading} holds are read, not cut again (they are fixed functions of
   * the sentence's text, so the mentions are the same).
   */
  public List<DateMention> extract(String cleanText, Reading reading, LocalDate reference, DateContext context) {
    Sentence sentence = reading.sentence();
    // one scan of the sentence's digits and date words: the gate of the whole sentence and of each family
    DateCues cues = prefilter ? reading.cues() : null;
    if (cues != null && !cues.mayHoldDate()) {
      Offsets.requireInside(cleanText, sentence);
      return new ArrayList<>();
    }
    DateTokens t = reading.tokens(); // cut once: the anchors, the rules and the joins read these tokens
    String s = t.text();
    List<DateMention> candidates = new ArrayList<>(atomMentions(cleanText, sentence, t, reference));
    // each family runs only when the sentence holds a word or digit its rules need (DateCues)
    boolean digit = cues == null || cues.digit();
    boolean month = cues == null || cues.any(DateCues.MONTHS);
    boolean weekday = cues == null || cues.any(DateCues.WEEKDAYS);
    boolean holiday = cues == null || cues.any(DateCues.HOLIDAYS);
    List<RelativeDates.Found> more = new ArrayList<>();
    if (digit) {
      RelativePhrases.scan(t, YearKinds.SHORT_YEAR, reference, more); // "FY19", "cy18"
      more.addAll(RelativeDates.absolute(t, reference));
      more.addAll(NumericDates.find(t, reference));
    }
    if (digit || (cues != null && cues.has("year"))) {
      // a numbered part of a year: "Q3 2018", "the first half of 2020", "week 31", "the third quarter of next year"
      RelativePhrases.scan(t, PeriodPhrases.PART_OF_YEAR, reference, more);
    }
    if (holiday) {
      // "Christmas 2018" needs no reference day, "last Easter" does
      RelativePhrases.scan(t, HolidayPhrases.HOLIDAY, reference, more);
    }
    if (month || weekday) {
      more.addAll(CalendarPhrases.spelledDays(s, t, reference));
    }
    if (cues == null || cues.any(DateCues.DECADE_WORDS) || cues.has("century") || cues.has("decade")) {
      more.addAll(CalendarPhrases.centuriesAndDecades(s, t, reference));
    }
    if (month) {
      more.addAll(CalendarPhrases.dayRanges(t, reference));
    }
    if (cues == null || cues.any(DateCues.SEASONS)) {
      more.addAll(Seasons.find(t, reference));
    }
    if (cues == null || cues.any(DateCues.YEAR_WORDS)) {
      more.addAll(YearWords.find(t));
    }
    if (reference != null) {
      more.addAll(RelativeDates.relative(s, t, reference, cues));
      if (weekday) {
        more.addAll(CalendarPhrases.relative(t, reference));
      }
      if (cues == null || cues.has("quarters")) {
        RelativePhrases.scan(t, NamedPeriods.QUARTERS, reference, more); // "the last 2 quarters"
      }
      if (cues == null || cues.has("weekend")) {
        RelativePhrases.scan(t, NamedPeriods.WEEKEND, reference, more); // "this weekend"
      }
      if (cues == null || cues.any(WORKING_DAY_CUES)) {
        RelativePhrases.scan(t, NamedPeriods.WORK_WEEK, reference, more); // "next work week"
        RelativePhrases.scan(t, NamedPeriods.BUSINESS_DAYS, reference, more); // "the next 4 business days"
      }
    }
    for (RelativeDates.Found f : more) {
      candidates.add(new DateMention(sentence.text().substring(f.start(), f.end()),
          sentence.start() + f.start(), sentence.start() + f.end(), f.first(), f.last(), f.granularity()));
    }
    List<DateMention> chosen = withThis(t, sentence, longestFirst(candidates));
    List<DateMention> joined = joinAndOpen(s, t, sentence, chosen, reference);
    return fromPreviousDate(joined, daySteps(t, sentence, joined), () -> earlierDate(cleanText, context, reference));
  }

  /** The day steps of the sentence ("the next day") that no mention already covers, with text offsets. */
  private static List<DaySteps.Step> daySteps(DateTokens t, Sentence sentence, List<DateMention> mentions) {
    List<DaySteps.Step> out = new ArrayList<>();
    int base = sentence.start();
    for (DaySteps.Step step : DaySteps.find(t)) {
      int start = base + step.start();
      int end = base + step.end();
      if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
        out.add(new DaySteps.Step(sentence.text().substring(step.start(), step.end()), start, end, step.days()));
      }
    }
    return out;
  }

  /**
   * The last closed date of the nearest sentence before the context's that states one, each read
   * with its own context (bounded by {@link DateContext#LOOK_BACK}); null when none does.
   */
  private DateMention earlierDate(String cleanText, DateContext context, LocalDate reference) {
    for (int k = context.nearest(); k >= context.floor(); k--) {
      List<DateMention> dates = extract(cleanText, context.sentence(k), reference, context.of(k));
      for (int j = dates.size() - 1; j >= 0; j--) {
        if (closed(dates.get(j))) {
          return dates.get(j);
        }
      }
    }
    return null;
  }

  private static boolean closed(DateMention m) {
    return m.first() != null && m.last() != null;
  }

  /** A date read only when needed. */
  private interface Earlier {
    DateMention get();
  }

  /**
   * An anaphoric step word ({@code date-words.tsv}, role anaphoric: "following", "same") counts from
   * the previous date: "in 2015 ..., and the following year" is 2016, "on March 3 ... the same
   * week" is the week of March 3, whatever the article's day. Such a mention is read again with the
   * last day of the previous closed date (not an open range) as its reference day: the sentence's
   * own, else the one {@code earlier} gives (the sentences before, {@link DateContext}); with
   * neither it keeps the article's day, as "next" and "this" do. A day step ("the next day", role
   * day-step) is placed from the previous closed date only when that is a day (after "in 2015" the
   * day is not known), and left out without one.
   */
  private List<DateMention> fromPreviousDate(List<DateMention> mentions, List<DaySteps.Step> steps, Earlier earlier) {
    if (steps.isEmpty() && mentions.stream().noneMatch(m -> holdsAnaphoricWord(m.text()))) {
      return mentions; // nothing counts from an earlier date: the sentences before are not read
    }
    List<DateMention> out = new ArrayList<>(mentions.size() + steps.size());
    DateMention previous = null;
    boolean askedEarlier = false;
    int next = 0;
    for (int i = 0; i <= mentions.size(); i++) {
      DateMention m = i < mentions.size() ? mentions.get(i) : null;
      while (next < steps.size() && (m == null || steps.get(next).start() < m.start())) {
        DaySteps.Step step = steps.get(next++);
        if (previous == null && !askedEarlier) {
          previous = earlier.get();
          askedEarlier = true;
        }
        if (previous != null && previous.granularity() == Granularity.DAY) {
          LocalDate day = previous.last().plusDays(step.days());
          DateMention placed = new DateMention(step.text(), step.start(), step.end(), day, day, Granularity.DAY);
          out.add(placed);
          previous = placed;
        }
      }
      if (m == null) {
        break;
      }
      DateMention read = m;
      if (holdsAnaphoricWord(m.text())) {
        if (previous == null && !askedEarlier) {
          previous = earlier.get();
          askedEarlier = true;
        }
        if (previous != null) {
          List<DateMention> again = extract(m.text(), previous.last());
          if (again.size() == 1 && again.get(0).text().equals(m.text())) {
            DateMention a = again.get(0);
            read = new DateMention(m.text(), m.start(), m.end(), a.first(), a.last(), a.granularity());
          }
        }
      }
      out.add(read);
      if (closed(read)) {
        previous = read; // an open range ("since 2015") names no period to follow
      }
    }
    return out;
  }

  private static boolean holdsAnaphoricWord(String text) {
    DateTokens t = DateTokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      if (ANAPHORIC.contains(t.at(i).lower())) {
        return true;
      }
    }
    return false;
  }


  /**
   * "this past week", "this coming year": a "this" before a mention that starts with a step word
   * looking away from the reference day ({@code date-words.tsv}, role weekday-step, value 2 or -2:
   * "coming", "upcoming", "past") only stresses it; the mention takes it into its text.
   */
  private static List<DateMention> withThis(DateTokens t, Sentence sentence, List<DateMention> mentions) {
    List<DateMention> out = new ArrayList<>(mentions.size());
    int base = sentence.start();
    for (DateMention m : mentions) {
      int k = t.lastBefore(m.start() - base);
      int first = k + 1;
      Integer step = first < t.size() && t.at(first).start() == m.start() - base ? AWAY_STEPS.get(t.at(first).lower()) : null;
      boolean stressed = step != null && Math.abs(step) == 2 && k >= 0 && t.at(k).is("this") && t.spaced(k)
          && !DateTokens.isWordChar(t.charAt(t.at(k).start() - 1));
      out.add(stressed ? new DateMention(sentence.text().substring(t.at(k).start(), m.end() - base), base + t.at(k).start(),
          m.end(), m.first(), m.last(), m.granularity()) : m);
    }
    return out;
  }

  /** Keeps the longest of overlapping candidates ("05-Aug-2016" over "Aug-2016"), in text order. */
  private static List<DateMention> longestFirst(List<DateMention> candidates) {
    List<DateMention> sorted = new ArrayList<>(candidates);
    sorted.sort(java.util.Comparator.comparingInt((DateMention d) -> d.start() - d.end()).thenComparingInt(DateMention::start));
    List<DateMention> chosen = new ArrayList<>();
    for (DateMention d : sorted) {
      if (chosen.stream().noneMatch(c -> c.start() < d.end() && d.start() < c.end())) {
        chosen.add(d);
      }
    }
    chosen.sort(java.util.Comparator.comparingInt(DateMention::start));
    return chosen;
  }

  /**
   * Joins neighbours into ranges ("from March to May", "10/1/2018-10/7/2018"; a start after the
   * end moves back a year when it states none) and applies an open-range keyword before a
   * mention that does not carry one yet ("since tomorrow", "after Feb").
   */
  private static List<DateMention> joinAndOpen(String s, DateTokens t, Sentence sentence, List<DateMention> in, LocalDate reference) {
    int base = sentence.start();
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      DateMention a = in.get(i);
      DateMention b = i + 1 < in.size() ? in.get(i + 1) : null;
      a = AnchoredPhrases.shortWeekday(t, sentence.text(), a, base);
      DateMention day = DayOfPeriod.read(t, sentence.text(), a, base); // "the 15th of next month", "the first Monday of May"
      if (day != a) {
        out.removeIf(o -> o.end() > day.start()); // "Monday" or "last Friday" read alone before "of May"
        a = day;
      }
      DateMention offset = b == null ? null : offsetFrom(t, sentence.text(), a, base); // "3 weeks after Christmas on Friday"
      a = WeekdayInWeek.trailingAbbreviation(t, sentence.text(), a, base); // "next week Mon"
      DateMention withWeekday = b == null ? null : WeekdayInWeek.join(s, sentence.text(), offset != null ? offset : a, b, base);
      if (withWeekday == null && b != null) {
        withWeekday = weekdayAndDate(s, sentence.text(), a, b, base);
      }
      if (withWeekday == null && b != null) {
        withWeekday = AnchoredPhrases.weekendOf(t, sentence.text(), a, b, base);
      }
      if (withWeekday != null) {
        out.add(withWeekday);
        i++;
        continue;
      }
      DateMention joined = b == null ? null : join(t, sentence.text(), a, b, base);
      if (joined == null && b != null) {
        DateMention bPart = partOf(t, sentence.text(), b, base); // "from 2007 to the end of 2008"
        joined = bPart == b ? null : join(t, sentence.text(), a, bPart, base);
      }
      if (joined != null) {
        out.add(joined);
        i++;
        continue;
      }
      DateMention leading = leadingUnits(t, sentence.text(), a, base);
      if (leading == null) {
        leading = AnchoredPhrases.durationFrom(t, sentence.text(), a, base);
      }
      if (leading != null) {
        DateMention run = leading;
        out.removeIf(o -> o.end() > run.start()); // "the last four months" read alone before "of 2021"
        out.add(run);
        continue;
      }
      DateMention untilNow = reference == null ? null : untilNow(t, sentence.text(), a, base, reference);
      if (untilNow != null) {
        out.add(untilNow);
        continue;
      }
      DateMention shifted = offsetFrom(t, sentence.text(), a, base);
      if (shifted == null) {
        shifted = weekOfDay(t, sentence.text(), a, base);
      }
      if (shifted != null) {
        out.add(shifted);
        continue;
      }
      DateMention part = partOf(t, sentence.text(), a, base);
      if (part == a) {
        part = YearKinds.widen(t, sentence.text(), a, base); // "year 2012", "fiscal 2019", "FY2019"
      }
      out.add(part == a ? open(t, sentence.text(), a, base) : openPart(s, t, sentence.text(), part, a, base));
    }
    return out;
  }

  /**
   * "between Jan 2019 and now", "from March to date", "between now and May 21": a range closed by
   * the reference day.
   */
  private static DateMention untilNow(DateTokens t, String original, DateMention a, int base, LocalDate reference) {
    if (a.first() == null || a.last() == null) {
      return null;
    }
    int toNow = DateGuards.toNowEnd(t, a.end() - base);
    int from = toNow >= 0 ? RangeJoin.openerStart(t, a.start() - base) : -1;
    if (from >= 0 && !a.first().isAfter(reference)) {
      return new DateMention(original.substring(from, toNow), base + from, base + toNow, a.first(), reference, Granularity.DAY);
    }
    int fromNow = DateGuards.betweenNowStart(t, a.start() - base);
    if (fromNow >= 0 && !a.last().isBefore(reference)) {
      return new DateMention(original.substring(fromNow, a.end() - base), base + fromNow, a.end(), reference, a.last(),
          Granularity.DAY);
    }
    return null;
  }

  /**
   * "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year": the
   * leading or trailing run of days, weeks (ISO weeks of a year, Monday-based weeks of a month),
   * months or quarters of a whole year or month.
   */
  private static DateMention leadingUnits(DateTokens t, String original, DateMention a, int base) {
    if (a.first() == null || a.last() == null) {
      return null;
    }
    boolean year = a.first().getDayOfYear() == 1 && a.last().equals(a.first().withMonth(12).withDayOfMonth(31));
    boolean month = a.first().getDayOfMonth() == 1 && a.last().equals(a.first().withDayOfMonth(a.first().lengthOfMonth()));
    RelativePhrases.Run run = year || month ? RelativePhrases.runBefore(t, a.start() - base) : null;
    if (run == null) {
      return null;
    }
    int n = run.count();
    boolean fromStart = run.fromStart();
    String unit = run.unit();
    LocalDate first;
    LocalDate last;
    Granularity g;
    switch (unit) {
      case "day", "days" -> {
        first = fromStart ? a.first() : a.last().minusDays(n - 1L);
        last = fromStart ? a.first().plusDays(n - 1L) : a.last();
        g = Granularity.DAY;
      }
      case "week", "weeks" -> {
        LocalDate firstMonday = year
            ? a.first().withDayOfMonth(4).with(java.time.DayOfWeek.MONDAY) // ISO week 1 holds January 4th
            : DayOfPeriod.nthWeek(a.first(), 1);
        LocalDate lastMonday = year
            ? a.last().minusDays(3).with(java.time.DayOfWeek.MONDAY) // the ISO week holding Dec 28th
            : DayOfPeriod.nthWeek(a.first(), DayOfPeriod.LAST);
        first = fromStart ? firstMonday : lastMonday.minusWeeks(n - 1L);
        last = fromStart ? firstMonday.plusWeeks(n).minusDays(1) : lastMonday.plusDays(6);
        g = Granularity.WEEK;
      }
      default -> {
        long months = (unit.startsWith("quarter") ? 3L : 1L) * n;
        if (month) {
          return null; // "the first two months of May": not a part of a month
        }
        first = fromStart ? a.first() : a.last().plusDays(1).minusMonths(months);
        last = fromStart ? a.first().plusMonths(months).minusDays(1) : a.last();
        g = Granularity.MONTH;
      }
    }
    if (first.isBefore(a.first().minusDays(6)) || last.isAfter(a.last().plusDays(6)) || first.isAfter(last)) {
      return null; // more units than the period holds
    }
    return new DateMention(original.substring(run.start(), a.end() - base), base + run.start(), a.end(), first, last, g);
  }

  /** "the week of April 10th", "the week commencing February 4": the Monday-to-Sunday week holding that day. */
  private static DateMention weekOfDay(DateTokens t, String original, DateMention a, int base) {
    if (a.first() == null || !a.first().equals(a.last())) {
      return null;
    }
    int start = DateGuards.weekOfStart(t, a.start() - base);
    if (start < 0) {
      return null;
    }
    LocalDate monday = a.first().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    return new DateMention(original.substring(start, a.end() - base), base + start, a.end(), monday, monday.plusDays(6),
        Granularity.WEEK);
  }

  /** "2 weeks before May 13 1999", "three months after Easter": a day moved by a stated duration. */
  private static DateMention offsetFrom(DateTokens t, String original, DateMention a, int base) {
    LocalDate day = a.first();
    int dayStart = a.start() - base;
    DateGuards.Opened opened = DateGuards.opened(a.text());
    if (opened != null && a.granularity() == Granularity.DAY) {
      // the atom pass already read "before May 13" as an open range: recover the day itself
      day = opened.word().equals("before") ? (a.last() == null ? null : a.last().plusDays(1))
          : (a.first() == null ? null : a.first().minusDays(1));
      dayStart += opened.end();
    } else if (a.first() == null || !a.first().equals(a.last())) {
      return null;
    }
    RelativePhrases.Offset o = RelativePhrases.durationBefore(t, dayStart);
    if (day == null || o == null || (opened != null && !o.relation().equalsIgnoreCase(opened.word()))) {
      return null;
    }
    LocalDate d = RelativeDates.shift(day, o.unit(), o.count() * o.direction());
    return new DateMention(original.substring(o.start(), a.end() - base), base + o.start(), a.end(), d, d, Granularity.DAY);
  }

  /**
   * "end of 1989", "mid-November", "early this year", "the end of next week": the third of a year
   * (Jan-Apr, May-Aug, Sep-Dec), the part of a month (1-15, 10-20, 16-end), of a Monday-to-Sunday
   * week (Mon-Wed, Tue-Thu, Thu-Sun), of a decade (years 0-3, 4-6, 7-9: "the mid-1990s", "the late
   * eighties") or of a century (years 0-30, 31-69, 70-99: "the early 20th century") the words
   * before a year, month, week, decade or century name.
   */
  static DateMention partOf(DateTokens t, String original, DateMention a, int base) {
    if (a.first() == null || a.last() == null) {
      return a;
    }
    boolean year = a.granularity() == Granularity.YEAR && a.first().getDayOfYear() == 1
        && a.last().equals(a.first().withMonth(12).withDayOfMonth(31));
    boolean month = a.granularity() == Granularity.MONTH && a.first().getDayOfMonth() == 1
        && a.last().equals(a.first().withDayOfMonth(a.first().lengthOfMonth()));
    boolean week = a.granularity() == Granularity.WEEK && a.first().getDayOfWeek() == java.time.DayOfWeek.MONDAY
        && a.last().equals(a.first().plusDays(6));
    int years = a.last().getYear() - a.first().getYear() + 1;
    boolean decadeOrCentury = !year && a.granularity() == Granularity.YEAR && a.first().getDayOfYear() == 1
        && a.last().getMonthValue() == 12 && a.last().getDayOfMonth() == 31 && (years == 10 || years == 100)
        && a.first().getYear() % years == 0;
    PartOf.Words part = year || month || week || decadeOrCentury ? PartOf.before(t, a.start() - base) : null;
    if (part == null) {
      return a;
    }
    int third = part.third();
    LocalDate first;
    LocalDate last;
    if (decadeOrCentury) {
      // years 0-3, 4-6, 7-9 of a decade; 0-30, 31-69, 70-99 of a century
      int from = third == 0 ? 0 : third == 1 ? years * 3 / 10 + 1 : years * 7 / 10;
      int to = third == 0 ? years * 3 / 10 : third == 1 ? years * 7 / 10 - 1 : years - 1;
      first = a.first().plusYears(from);
      last = a.first().plusYears(to).withMonth(12).withDayOfMonth(31);
      return new DateMention(original.substring(part.start(), a.end() - base), base + part.start(), a.end(), first, last,
          Granularity.YEAR);
    }
    if (week) {
      // Monday to Wednesday, Tuesday to Thursday, Thursday to Sunday
      first = a.first().plusDays(third == 0 ? 0 : third == 1 ? 1 : 3);
      last = a.first().plusDays(third == 0 ? 2 : third == 1 ? 3 : 6);
    } else if (year) {
      first = a.first().withMonth(1 + 4 * third);
      last = first.plusMonths(4).minusDays(1);
    } else {
      first = a.first().withDayOfMonth(third == 0 ? 1 : third == 1 ? 10 : 16);
      last = third == 0 ? a.first().withDayOfMonth(15) : third == 1 ? a.first().withDayOfMonth(20) : a.last();
    }
    return new DateMention(original.substring(part.start(), a.end() - base), base + part.start(), a.end(), first, last,
        year ? Granularity.MONTH : Granularity.DAY);
  }

  /**
   * {@link #open} for a part of a period, where an article may sit after the keyword ("before the
   * end of May"). An edge of the whole period is a point: "before the end of May" runs up to May
   * 31st, "after the beginning of March" from March 1st.
   */
  private static DateMention openPart(String s, DateTokens t, String original, DateMention part, DateMention whole, int base) {
    int j = t.lastBefore(part.start() - base);
    DateTokens.Token the = j < 0 || !t.at(j).is("the") || t.at(j).end() == part.start() - base
        || DateTokens.isWordChar(t.charAt(t.at(j).start() - 1)) ? null : t.at(j);
    DateMention opened;
    if (the == null || OpenRange.before(t, the.start()) == null) {
      opened = open(t, original, part, base);
    } else {
      DateMention withThe = new DateMention(original.substring(the.start(), part.end() - base), base + the.start(),
          part.end(), part.first(), part.last(), part.granularity());
      opened = open(t, original, withThe, base);
      if (opened == withThe) {
        return part;
      }
    }
    String edge = part.text().toLowerCase(Locale.ROOT);
    String keyword = opened.text().toLowerCase(Locale.ROOT);
    if (keyword.startsWith("before") && edge.startsWith("end")) {
      return new DateMention(opened.text(), opened.start(), opened.end(), null, whole.last(), opened.granularity());
    }
    if (keyword.startsWith("after") && (edge.startsWith("beginning") || edge.startsWith("start"))) {
      return new DateMention(opened.text(), opened.start(), opened.end(), whole.first(), null, opened.granularity());
    }
    return opened;
  }

  /** "Friday 7/6", "Friday, June 15": a weekday naming the date after it is one mention with that date. */
  private static DateMention weekdayAndDate(String s, String original, DateMention a, DateMention b, int base) {
    boolean weekday = WeekdayPhrases.isWeekday(a.text());
    if (WeekdayPhrases.startsWithWeekday(b.text())) {
      return null; // "Wednesday, Thursday or Friday": a list of days, not a weekday naming a date
    }
    String gap = s.substring(a.end() - base, b.start() - base);
    boolean gapOk = gap.equals("-") || Gaps.isSpace(gap) || Gaps.isCommaSpace(gap); // "Friday-Jun-15"
    if (!weekday || !gapOk || b.granularity() != Granularity.DAY || b.first() == null || !b.first().equals(b.last())) {
      return null;
    }
    return new DateMention(original.substring(a.start() - base, b.end() - base), a.start(), b.end(), b.first(), b.last(),
        Granularity.DAY);
  }

  private static DateMention join(DateTokens t, String original, DateMention a, DateMention b, int base) {
    if (a.first() == null || a.last() == null || b.first() == null || b.last() == null) {
      return null;
    }
    if (!RangeJoin.joins(t, a.start() - base, a.end() - base, b.start() - base)) {
      return null;
    }
    LocalDate first = a.first();
    boolean aHasYear = DateGuards.hasYearDigits(a.text());
    if (!aHasYear && DateGuards.hasYearDigits(b.text()) && first.getYear() != b.last().getYear()) {
      first = first.withYear(b.last().getYear()); // "from January to April 2015": January 2015
    }
    if (first.isAfter(b.last()) && !aHasYear) {
      first = first.minusYears(1); // "from 10/25 to 01/25": October of the year before
    }
    if (first.isAfter(b.last())) {
      return null;
    }
    int opener = RangeJoin.openerStart(t, a.start() - base);
    int textStart = opener >= 0 ? opener : a.start() - base;
    Granularity g = a.granularity().ordinal() < b.granularity().ordinal() ? a.granularity() : b.granularity();
    return new DateMention(original.substring(textStart, b.end() - base), base + textStart, b.end(), first, b.last(), g);
  }

  private static DateMention open(DateTokens t, String original, DateMention a, int base) {
    int onward = OpenRange.onwardEnd(t, a.end() - base);
    if (onward >= 0 && a.first() != null && a.last() != null) {
      // "2018 or later", "1/1/2016 and after", "2010 onwards": from A on
      return new DateMention(original.substring(a.start() - base, onward), a.start(), base + onward, a.first(),
          null, a.granularity());
    }
    OpenRange.Keyword open = OpenRange.before(t, a.start() - base);
    if (open == null || a.first() == null || a.last() == null) {
      return a;
    }
    LocalDate[] bounds = OpenRange.bounds(open.side(), a.first(), a.last());
    return new DateMention(original.substring(open.start(), a.end() - base), base + open.start(), a.end(), bounds[0],
        bounds[1], a.granularity());
  }

  /** Date mentions of {@code sentence} that need no reference day, in text order, offsets into {@code cleanText}. */
  public List<DateMention> extract(String cleanText, Sentence sentence) {
    return extract(cleanText, sentence, null);
  }

  /** Mentions built from the calendar atoms (month names, years, ISO dates) and their ranges. */
  private List<DateMention> atomMentions(String cleanText, Sentence sentence, DateTokens t, LocalDate reference) {
    Offsets.requireInside(cleanText, sentence);
    String s = t.text();
    List<Atom> atoms = atoms(t, reference);
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      Atom b = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
      DateMention range = b == null ? null : range(t, sentence.text(), a, b, sentence.start());
      if (range != null) {
        out.add(range);
        i++;
      } else if (a.complete()) {
        out.add(single(t, sentence.text(), a, sentence.start()));
      }
    }
    return out;
  }

  /**
   * The engine's anchors with the claims preset, less the years that read as amounts or codes
   * ("$2000", "2000 people", "+86 2010-2015-86").
   */
  private static List<Atom> atoms(DateTokens t, LocalDate reference) {
    List<Atom> atoms = new ArrayList<>();
    for (DateAnchors.Anchor a : DateAnchors.find(t, DatePreset.claims(), reference)) {
      boolean year = a.form() == DateAnchors.Form.YEAR;
      boolean run = a.form() == DateAnchors.Form.YEAR_RUN;
      if ((year && DateGuards.isQuantity(t, a.start(), a.end())) || ((year || run) && DateGuards.inNumberChain(t, a.start(), a.end()))) {
        continue;
      }
      atoms.add(new Atom(a.start(), a.end(), a.first(), a.last(), a.granularity(), a.month()));
    }
    return atoms;
  }

  /** A range "A to B" (and its variants) when {@code a} and {@code b} are joined by a connector. */
  private static DateMention range(DateTokens t, String original, Atom a, Atom b, int base) {
    if (!b.complete() || !RangeJoin.joins(t, a.start(), a.end(), b.start())) {
      return null;
    }
    Atom start = a.complete() ? a : a.inYearOf(b);
    if (start.first().isAfter(b.last())) {
      return null;
    }
    int opener = RangeJoin.openerStart(t, a.start());
    int textStart = opener >= 0 ? opener : a.start();
    Granularity g = start.granularity().ordinal() < b.granularity().ordinal() ? start.granularity() : b.granularity();
    return new DateMention(
        original.substring(textStart, b.end()), base + textStart, base + b.end(), start.first(), b.last(), g);
  }

  private static DateMention single(DateTokens t, String original, Atom a, int base) {
    OpenRange.Keyword open = OpenRange.before(t, a.start());
    int textStart = a.start();
    LocalDate first = a.first();
    LocalDate last = a.last();
    if (open != null) {
      textStart = open.start();
      LocalDate[] bounds = OpenRange.bounds(open.side(), first, last);
      first = bounds[0];
      last = bounds[1];
    }
    return new DateMention(
        original.substring(textStart, a.end()), base + textStart, base + a.end(), first, last, a.granularity());
  }

  /** A parsed date expression; a month without a year has null dates and only serves as a range start. */
  private record Atom(int start, int end, LocalDate first, LocalDate last, Granularity granularity, int month) {
    Atom(int start, int end, LocalDate first, LocalDate last, Granularity granularity) {
      this(start, end, first, last, granularity, 0);
    }

    static Atom monthOnly(int start, int end, int month) {
      return new Atom(start, end, null, null, Granularity.MONTH, month);
    }

    boolean complete() {
      return first != null;
    }

    /** "March" in "March to May 2019": the latest such month not after the end's start. */
    Atom inYearOf(Atom end) {
      int year = end.first().getYear();
      YearMonth ym = YearMonth.of(year, month);
      if (ym.atDay(1).isAfter(end.first())) {
        ym = ym.minusYears(1);
      }
      return new Atom(start, this.end, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH);
    }
  }
}
