package io.claimsift.claims.dates;

import io.claimsift.claims.dates.DateTokens.Token;
import io.claimsift.lexicon.Months;
import io.claimsift.lexicon.WordSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The anchor rule of the date engine: the absolute calendar dates of a text, read over its
 * {@link DateTokens} in one left-to-right pass. Forms, at each token in this order:
 *
 * <ul>
 *   <li>numeric days: year first ("2021-03-04", "2021/3/4") or day/month first ("25/12/2020",
 *       "10.7.2018"; month first unless the first number cannot be a month), one separator
 *       repeated, the separators and two-digit years as the {@link DatePreset} allows;
 *   <li>a run of years ("2019-20"), when the preset allows it;
 *   <li>a day, a month name and a year ("4 March 2021", "4th of March, 2021");
 *   <li>a month name, a day and a year ("March 4, 2021", "Sept. the 4th 2021", "June 4 in 2021"),
 *       or a month name and a year ("December 2015", "Dec. of 2015", "Dec/2015");
 *   <li>a bare capitalised month ("March", with no year: the caller places it) and a bare year,
 *       when the preset allows them.
 * </ul>
 *
 * Month words come from the lexicon in any case inside a full date; alone, only capitalised
 * ("march" and "may" are mostly verbs). A form whose numbers make no real day ("February 30,
 * 2020") is read and dropped, so its pieces do not become other dates. Stateless and thread-safe.
 */
public final class DateAnchors {

  /** What an anchor states, for the callers that treat some forms apart. */
  public enum Form { YMD, DAY_FIRST, YEAR_RUN, DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, MONTH, YEAR }

  /**
   * One anchor: text offsets, inclusive first and last day (null for a bare month, which only
   * names {@code month}), granularity and form.
   */
  public record Anchor(int start, int end, LocalDate first, LocalDate last, Granularity granularity, Form form, int month) {
    boolean complete() {
      return first != null;
    }
  }

  /** A form read at a token: where it ends (token index past it) and what it states, or null dates when unreal. */
  private record Read(int next, int end, Anchor anchor) {}

  private static final Set<String> MONTH_WORDS = WordSet.copyOf(Months.words());
  private static final Set<String> MONTH_NAMES = WordSet.copyOf(Months.names());

  private DateAnchors() {}

  /** The anchors of {@code text}; {@code reference} (may be null) places two-digit years. */
  public static List<Anchor> find(String text, DatePreset preset, LocalDate reference) {
    return find(DateTokens.of(text), preset, reference);
  }

  /** The anchors of already cut tokens. */
  static List<Anchor> find(DateTokens t, DatePreset preset, LocalDate reference) {
    List<Anchor> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Read r = read(t, i, preset, reference);
      if (r == null) {
        i++;
        continue;
      }
      if (r.anchor() != null) {
        out.add(r.anchor());
      }
      i = r.next();
    }
    return out;
  }

  private static Read read(DateTokens t, int i, DatePreset preset, LocalDate reference) {
    Token tok = t.at(i);
    if (tok.isNumber()) {
      Read r = numericDay(t, i, preset, reference);
      if (r == null && preset.yearRuns()) {
        r = yearRun(t, i, preset);
      }
      if (r == null) {
        r = dayMonthYear(t, i, preset);
      }
      if (r == null && preset.bareYears() && isYear(t, i, preset)) {
        int y = tok.value();
        r = new Read(i + 1, tok.end(), new Anchor(tok.start(), tok.end(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
            Granularity.YEAR, Form.YEAR, 0));
      }
      return r;
    }
    if (tok.isWord() && isMonthWord(tok) && !DateTokens.isWordChar(t.charAt(tok.start() - 1))) {
      return monthFirst(t, i, preset);
    }
    return null;
  }

  // ---- numeric days ----

  private static Read numericDay(DateTokens t, int i, DatePreset preset, LocalDate reference) {
    Token a = t.at(i);
    Token sep1 = t.at(i + 1);
    Token b = t.at(i + 2);
    Token sep2 = t.at(i + 3);
    Token c = t.at(i + 4);
    if (c == null || !t.glued(i) || !t.glued(i + 1) || !t.glued(i + 2) || !t.glued(i + 3)
        || sep1.kind() != DateTokens.Kind.SYMBOL || !sep1.text().equals(sep2.text())
        || !b.isNumber() || !c.isNumber() || b.length() > 2) {
      return null;
    }
    char sep = sep1.text().charAt(0);
    char before = t.charAt(a.start() - 1);
    char after = t.charAt(c.end());
    // an ISO day ends at anything but a digit ("/news/2012-02-15/", "2021-03-04T10:15"); other
    // numeric days not inside a longer run of numbers, slashes and dots ("1.2.2019.5", "3/4/2019/")
    boolean iso = sep == '-' && a.length() == 4;
    boolean inRun = iso ? false
        : before == '/' || before == '.' || before == '-' || after == '/' || (after == '.' && DateTokens.isDigit(t.charAt(c.end() + 1)));
    if (inRun) {
      return null;
    }
    if (a.length() == 4 && c.length() <= 2 && "-/.".indexOf(sep) >= 0) {
      return day(i + 5, a.start(), c.end(), Form.YMD, () -> LocalDate.of(a.value(), b.value(), c.value()));
    }
    if (a.length() <= 2 && preset.dayFirstSeparators().indexOf(sep) >= 0
        && (c.length() == 4 || (c.length() == 2 && preset.twoDigitYears()))) {
      int year = c.length() == 4 ? c.value() : NumericDates.twoDigitYear(c.value(), reference);
      return day(i + 5, a.start(), c.end(), Form.DAY_FIRST, () -> numericDay(year, a.value(), b.value()));
    }
    return null;
  }

  /**
   * The day a numeric date such as "10/7/2018" or "25.12.2020" names: month first (US order)
   * unless the first number cannot be a month. Throws {@link DateTimeException} when the numbers
   * make no real day.
   */
  static LocalDate numericDay(int year, int first, int second) {
    return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
  }

  // ---- years ----

  /** "2019-20", "1939–45": a run of at most ten years, not inside a longer dashed run of numbers. */
  private static Read yearRun(DateTokens t, int i, DatePreset preset) {
    Token dash = t.at(i + 1);
    Token b = t.at(i + 2);
    if (!isYear(t, i, preset) || b == null || !t.glued(i) || !t.glued(i + 1)
        || !(dash.isSymbol('-') || dash.isSymbol('–')) || !b.isNumber() || b.length() != 2
        || Character.isLetterOrDigit(t.charAt(b.end()))) {
      return null;
    }
    Token a = t.at(i);
    int from = a.value();
    int to = from / 100 * 100 + b.value();
    if (to <= from || to - from > 10) {
      return new Read(i + 3, b.end(), null); // "2015-32": a code, and its pieces are no dates either
    }
    return new Read(i + 3, b.end(), new Anchor(a.start(), b.end(), LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31),
        Granularity.YEAR, Form.YEAR_RUN, 0));
  }

  /**
   * A year number: four digits within the preset's years, not after a digit, a decimal point, a
   * thousands comma or a currency sign, and not before a digit, a percent sign, a letter or a
   * decimal part ("2019.5").
   */
  private static boolean isYear(DateTokens t, int i, DatePreset preset) {
    Token y = t.at(i);
    if (y == null || !y.isNumber() || y.length() != 4 || !preset.acceptsYear(y.value())) {
      return false;
    }
    char before = t.charAt(y.start() - 1);
    if (before == '.' || before == ',' || "$€£¥₩".indexOf(before) >= 0) {
      return false;
    }
    char after = t.charAt(y.end());
    if (after == '%' || Character.isLetterOrDigit(after)) {
      return false;
    }
    return !((after == '.' || after == ',') && DateTokens.isDigit(t.charAt(y.end() + 1)));
  }

  // ---- dates with a month name ----

  /** "4 March 2021", "4th of March, 2021", "04 Mar. in 2021". */
  private static Read dayMonthYear(DateTokens t, int i, DatePreset preset) {
    Token d = t.at(i);
    char before = t.charAt(d.start() - 1);
    if (before == '.' || before == ',' || DateTokens.isWordChar(before) || !isDayNumber(d)) {
      return null;
    }
    int j = skipSuffix(t, i);
    if (!t.spaced(j - 1)) {
      return null;
    }
    if (t.at(j) != null && t.at(j).is("of") && t.spaced(j)) {
      j++;
    }
    Token m = t.at(j);
    if (m == null || !m.isWord() || !isMonthWord(m)) {
      return null;
    }
    int afterMonth = skipDot(t, j);
    int y = yearAfterMonth(t, afterMonth, preset);
    if (y < 0) {
      return null;
    }
    Token year = t.at(y);
    return day(y + 1, d.start(), year.end(), Form.DAY_MONTH_YEAR,
        () -> LocalDate.of(year.value(), Months.number(m.lower()), d.value()));
  }

  /** At a month word: month-day-year, month-year, or (when the preset allows it) a bare month. */
  private static Read monthFirst(DateTokens t, int i, DatePreset preset) {
    Token m = t.at(i);
    int month = Months.number(m.lower());
    int j = skipDot(t, i);
    // month, day, year
    if (t.spaced(j - 1)) {
      int k = j;
      if (t.at(k) != null && t.at(k).text().equals("the") && t.spaced(k)) {
        k++;
      }
      Token d = t.at(k);
      if (d != null && isDayNumber(d)) {
        int y = yearAfterMonth(t, skipSuffix(t, k), preset);
        if (y >= 0) {
          Token year = t.at(y);
          return day(y + 1, m.start(), year.end(), Form.MONTH_DAY_YEAR, () -> LocalDate.of(year.value(), month, d.value()));
        }
      }
    }
    // month, year
    int y = yearAfterMonth(t, j, preset);
    if (y < 0 && t.at(j) != null && t.at(j).isSymbol('/') && t.glued(j - 1) && t.glued(j)) {
      y = isYear(t, j + 1, preset) && !DateTokens.isWordChar(t.charAt(t.at(j + 1).end())) ? j + 1 : -1; // "Dec/2018"
    }
    if (y >= 0 && preset.monthYears()) {
      Token year = t.at(y);
      YearMonth ym = YearMonth.of(year.value(), month);
      return new Read(y + 1, year.end(), new Anchor(m.start(), year.end(), ym.atDay(1), ym.atEndOfMonth(),
          Granularity.MONTH, Form.MONTH_YEAR, month));
    }
    if (preset.bareMonths() && isCapitalised(m.text()) && !Character.isLetter(t.charAt(m.end()))
        && (MONTH_NAMES.contains(m.lower()) || !DateTokens.isWordChar(t.charAt(m.end())))) {
      int end = t.at(j - 1).end();
      return new Read(j, end, new Anchor(m.start(), end, null, null, Granularity.MONTH, Form.MONTH, month));
    }
    return null;
  }

  /**
   * The index of the year token after a month word (or the day after it) ending before token
   * {@code j}: separated by white space with at most one comma ("March 4, 2021", "March 2021"), an
   * optional "of" or "in", and a year of the preset; -1 when there is none.
   */
  private static int yearAfterMonth(DateTokens t, int j, DatePreset preset) {
    Token prev = t.at(j - 1);
    Token next = t.at(j);
    if (prev == null || next == null) {
      return -1;
    }
    int k = j;
    if (next.isSymbol(',')) {
      k++;
      if (!t.spaced(j)) {
        return -1;
      }
    } else if (!t.spaced(j - 1)) {
      return -1;
    }
    Token word = t.at(k);
    if (word != null && (word.is("of") || word.is("in")) && t.spaced(k)) {
      k++;
    }
    return isYear(t, k, preset) && !DateTokens.isWordChar(t.charAt(t.at(k).end())) ? k : -1;
  }

  /** A day number: one or two digits, 1 to 31 ("04" too). */
  private static boolean isDayNumber(Token d) {
    return d.isNumber() && d.length() <= 2 && d.value() >= 1 && d.value() <= 31;
  }

  /** The token after a number and its glued ordinal suffix ("4th"), if any. */
  private static int skipSuffix(DateTokens t, int i) {
    Token s = t.at(i + 1);
    boolean suffix = s != null && t.glued(i) && s.isWord()
        && (s.is("st") || s.is("nd") || s.is("rd") || s.is("th"));
    return suffix ? i + 2 : i + 1;
  }

  /** The token after a month word and, for an abbreviation, its glued dot ("Sept."), if any. */
  private static int skipDot(DateTokens t, int i) {
    Token dot = t.at(i + 1);
    boolean abbreviation = !MONTH_NAMES.contains(t.at(i).lower());
    return abbreviation && dot != null && t.glued(i) && dot.isSymbol('.') ? i + 2 : i + 1;
  }

  private static boolean isMonthWord(Token w) {
    return MONTH_WORDS.contains(w.lower());
  }

  /** "March", "Mar": the first letter upper case, the rest lower case. */
  private static boolean isCapitalised(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if (!Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private interface DaySupplier {
    LocalDate get();
  }

  /** A one-day anchor, or a read form with no anchor when its numbers make no real day. */
  private static Read day(int next, int start, int end, Form form, DaySupplier supplier) {
    try {
      LocalDate d = supplier.get();
      return new Read(next, end, new Anchor(start, end, d, d, Granularity.DAY, form, d.getMonthValue()));
    } catch (DateTimeException e) {
      return new Read(next, end, null);
    }
  }
}
