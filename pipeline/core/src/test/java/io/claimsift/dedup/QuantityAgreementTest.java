package io.claimsift.dedup;

import static io.claimsift.dedup.Fixtures.count;
import static io.claimsift.dedup.Fixtures.date;
import static io.claimsift.dedup.Fixtures.mention;
import static io.claimsift.dedup.Fixtures.money;
import static io.claimsift.dedup.Fixtures.number;
import static io.claimsift.dedup.Fixtures.percent;
import static io.claimsift.dedup.Fixtures.usd;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.quantities.QuantityMention;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class QuantityAgreementTest {

  private static DedupMention q(QuantityMention... qs) {
    return mention("m", "a", "s", List.of(qs));
  }

  private static DedupMention d(DateMention... ds) {
    return mention("m", "a", "s", List.of(), List.of(ds));
  }

  @Test
  public void differentAmountsInSameCurrencyConflict() {
    assertEquals(
        Optional.of("money:USD"),
        QuantityAgreement.conflict(q(usd("$2 billion", 2.0e9)), q(usd("$2.3 billion", 2.3e9))));
  }

  @Test
  public void equalAmountsDoNotConflict() {
    assertFalse(QuantityAgreement.conflicts(q(usd("$2 billion", 2.0e9)), q(usd("USD 2bn", 2.0e9))));
  }

  @Test
  public void nearlyEqualDoublesFromDifferentParsesCompareEqual() {
    assertFalse(
        QuantityAgreement.conflicts(q(usd("$0.3bn", 0.1 + 0.2)), q(usd("$0.3 billion", 0.3))));
  }

  @Test
  public void differentCurrenciesAreDifferentDimensions() {
    assertFalse(
        QuantityAgreement.conflicts(
            q(money("2.7 trillion won", 2.7, 2.7e12, "KRW")), q(usd("$2 billion", 2.0e9))));
  }

  @Test
  public void conflictOnOneCurrencyIsEnoughEvenWhenAnotherIsUnshared() {
    DedupMention both = q(money("2.7 trillion won", 2.7, 2.7e12, "KRW"), usd("$2.3 billion", 2.3e9));

    assertEquals(Optional.of("money:USD"), QuantityAgreement.conflict(both, q(usd("$2 billion", 2.0e9))));
  }

  @Test
  public void overlappingValueSetsDoNotConflict() {
    DedupMention a = q(usd("$2 billion", 2.0e9), usd("$5 billion", 5.0e9));

    assertFalse(QuantityAgreement.conflicts(a, q(usd("$5 billion", 5.0e9))));
  }

  @Test
  public void percentConflict() {
    assertTrue(QuantityAgreement.conflicts(q(percent("12%", 12)), q(percent("13%", 13))));
    assertFalse(QuantityAgreement.conflicts(q(percent("12%", 12)), q(percent("12 percent", 12))));
  }

  @Test
  public void countAndNumberShareOneDimension() {
    assertFalse(QuantityAgreement.conflicts(q(count("35 attacks", 35, "attack")), q(number("35", 35))));
    assertTrue(QuantityAgreement.conflicts(q(count("35 attacks", 35, "attack")), q(number("36", 36))));
  }

  @Test
  public void moneyAndCountDoNotConflictWithEachOther() {
    assertFalse(QuantityAgreement.conflicts(q(usd("$35", 35)), q(count("36 banks", 36, "bank"))));
  }

  @Test
  public void oneSidedDimensionNeverConflicts() {
    assertFalse(QuantityAgreement.conflicts(q(usd("$2 billion", 2.0e9)), q()));
  }

  @Test
  public void overlappingDatesDoNotConflict() {
    assertFalse(
        QuantityAgreement.conflicts(
            d(date("2015 to 2019", "2015-12-01", "2019-05-31")),
            d(date("2019", "2019-01-01", "2019-12-31"))));
  }

  @Test
  public void disjointDatesConflict() {
    assertEquals(
        Optional.of("date"),
        QuantityAgreement.conflict(
            d(date("2017", "2017-01-01", "2017-12-31")), d(date("2019", "2019-01-01", "2019-12-31"))));
  }

  @Test
  public void touchingDatesOverlapBecauseEndsAreInclusive() {
    assertFalse(
        QuantityAgreement.conflicts(
            d(date("to May", "2019-01-01", "2019-05-31")), d(date("from 31 May", "2019-05-31", "2019-06-30"))));
  }

  @Test
  public void openEndedRangesOverlapLaterPeriods() {
    DedupMention since2018 = d(date("since April 2018", "2018-04-01", null));

    assertFalse(QuantityAgreement.conflicts(since2018, d(date("2021", "2021-01-01", "2021-12-31"))));
    assertTrue(QuantityAgreement.conflicts(since2018, d(date("2016", "2016-01-01", "2016-12-31"))));
    assertFalse(QuantityAgreement.conflicts(d(date("before 2010", null, "2009-12-31")), d(date("ever", null, null))));
  }

  @Test
  public void anyOverlappingPairOfIntervalsIsEnough() {
    DedupMention a = d(date("2015", "2015-01-01", "2015-12-31"), date("2019", "2019-01-01", "2019-12-31"));

    assertFalse(QuantityAgreement.conflicts(a, d(date("2019", "2019-03-01", "2019-03-31"))));
  }

  @Test
  public void datesConflictOnlyWhenBothHaveDates() {
    assertFalse(QuantityAgreement.conflicts(d(date("2017", "2017-01-01", "2017-12-31")), d()));
  }
}
