package io.claimsift.claims.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimsift.claims.dates.DateAnchors.Anchor;
import io.claimsift.claims.dates.DateAnchors.Form;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class DateAnchorsTest {

  private static final LocalDate REFERENCE = LocalDate.of(2019, 6, 12);

  private static List<Anchor> claims(String text) {
    return DateAnchors.find(text, DatePreset.claims(), REFERENCE);
  }

  private static List<Anchor> dateline(String text) {
    return DateAnchors.find(text, DatePreset.dateline(), null);
  }

  @Test
  public void tokensKeepOffsetsAndCutLettersFromDigits() {
    DateTokens t = DateTokens.of("on 4th, Sept.");

    assertEquals(List.of("on", "4", "th", ",", "Sept", "."), t.list().stream().map(DateTokens.Token::text).toList());
    assertEquals(4, t.at(2).start());
    assertTrue(t.glued(1));
    assertTrue(t.spaced(3));
  }

  @Test
  public void readsDaysWithAMonthNameInEitherOrderAndAnyCase() {
    Anchor mdy = claims("It closed on march 4th, 2021 at noon.").get(0);
    Anchor dmy = claims("It closed on 4 of MARCH 2021.").get(0);

    assertEquals(LocalDate.of(2021, 3, 4), mdy.first());
    assertEquals("march 4th, 2021", "It closed on march 4th, 2021 at noon.".substring(mdy.start(), mdy.end()));
    assertEquals(Form.MONTH_DAY_YEAR, mdy.form());
    assertEquals(LocalDate.of(2021, 3, 4), dmy.first());
    assertEquals(Form.DAY_MONTH_YEAR, dmy.form());
  }

  @Test
  public void readsNumericDaysMonthFirstUnlessTheFirstCannotBeAMonth() {
    assertEquals(LocalDate.of(2018, 10, 7), claims("10/7/2018").get(0).first());
    assertEquals(LocalDate.of(2020, 12, 25), claims("25.12.2020").get(0).first());
    assertEquals(LocalDate.of(2021, 3, 4), claims("2021-03-04").get(0).first());
    assertThrows(DateTimeException.class, () -> DateAnchors.numericDay(2020, 13, 13));
  }

  @Test
  public void anUnrealDayIsReadAndDroppedWithItsPieces() {
    assertTrue(claims("February 30, 2020").isEmpty());
    assertTrue(claims("31/02/2020").isEmpty());
  }

  @Test
  public void claimsTakeBareYearsMonthsAndShortRunsOfYears() {
    List<Anchor> found = claims("From March to 2019-20, and in 1999.");

    assertEquals(List.of(Form.MONTH, Form.YEAR_RUN, Form.YEAR), found.stream().map(Anchor::form).toList());
    assertEquals(LocalDate.of(2020, 12, 31), found.get(1).last());
    assertTrue(claims("a code 2015-32").isEmpty());
    assertTrue(claims("the march of time, may it last").isEmpty());
  }

  @Test
  public void claimsYearsAreNotAmountsDecimalsOrFarFutureYears() {
    assertTrue(claims("$2019").isEmpty());
    assertTrue(claims("2019.5 units").isEmpty());
    assertTrue(claims("2019% more").isEmpty());
    assertEquals(List.of(Form.MONTH), claims("May 5, 2150").stream().map(Anchor::form).toList()); // "May" alone
  }

  @Test
  public void datelinesTakeWholeDaysOnlyWithAnyFourDigitYear() {
    assertEquals(LocalDate.of(2150, 5, 5), dateline("May 5, 2150").get(0).first());
    assertTrue(dateline("July 2012").isEmpty());
    assertTrue(dateline("Page 12 of 2021").isEmpty());
    assertTrue(dateline("03-04-2021").isEmpty());
    assertTrue(dateline("3/4/21").isEmpty());
    assertEquals(1, claims("03-04-2021").size());
    assertEquals(1, claims("3/4/21").size());
  }

  @Test
  public void anIsoDayEndsBeforeItsTime() {
    Anchor a = dateline("2021-03-03T10:15:00Z").get(0);

    assertEquals(Form.YMD, a.form());
    assertEquals(10, a.end());
  }
}
