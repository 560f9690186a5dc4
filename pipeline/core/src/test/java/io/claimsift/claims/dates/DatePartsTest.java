package io.claimsift.claims.dates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class DatePartsTest {

  @Test
  public void numericDaysReadMonthFirstUnlessTheFirstCannotBeAMonth() {
    assertEquals(LocalDate.of(2018, 10, 7), DateParts.numericDay(2018, 10, 7));
    assertEquals(LocalDate.of(2020, 12, 25), DateParts.numericDay(2020, 25, 12));
    assertThrows(DateTimeException.class, () -> DateParts.numericDay(2020, 13, 13));
  }

  @Test
  public void monthWordsAndNumbers() {
    assertEquals(9, DateParts.month("Sept."));
    assertEquals(5, DateParts.month("MAY"));
    Pattern month = Pattern.compile("(?i)\\b(" + DateParts.MONTHS + ")\\b");
    Matcher m = month.matcher("on 3 September");
    m.find();
    assertEquals("September", m.group(1));
  }
}
