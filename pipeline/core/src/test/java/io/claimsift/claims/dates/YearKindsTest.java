package io.claimsift.claims.dates;

import static io.claimsift.claims.dates.DateSentences.assertNone;
import static io.claimsift.claims.dates.DateSentences.assertSpan;
import static io.claimsift.claims.dates.DateSentences.only;

import org.junit.Test;

/** The kind words and letters of a year join its text; the date stays the calendar year. */
public class YearKindsTest {

  @Test
  public void kindWordsBeforeAYearJoinItsText() {
    assertSpan(only("Revenue rose in fiscal year 2021."), "fiscal year 2021", "2021-01-01", "2021-12-31");
    assertSpan(only("Revenue rose in fiscal 2021."), "fiscal 2021", "2021-01-01", "2021-12-31");
    assertSpan(only("Fees rose in the academic year 2017."), "academic year 2017", "2017-01-01", "2017-12-31");
    assertSpan(only("The plan ends by fiscal year 2030."), "by fiscal year 2030", null, "2030-12-31");
  }

  @Test
  public void yearLettersGluedOrSpaced() {
    assertSpan(only("Guidance for FY2022 was cut."), "FY2022", "2022-01-01", "2022-12-31");
    assertSpan(only("Guidance for FY22 was cut."), "FY22", "2022-01-01", "2022-12-31");
    assertSpan(only("Enrolment in SY 2019 fell."), "SY 2019", "2019-01-01", "2019-12-31");
  }

  @Test
  public void lettersBeforeOtherNumbersAreNoYear() {
    assertNone("The FY225 engine failed.");
    assertNone("Route CY12-4 was closed.");
    assertSpan(only("A school 2019 report."), "2019", "2019-01-01", "2019-12-31"); // "school" needs "year"
  }
}
