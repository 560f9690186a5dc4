package io.claimsift.eval.quantities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** How the date suite compares a found date with the expected one. */
public class DateAgreementTest {

  private static JsonNode node(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  private static QuantitySuite.Found found(int start, String text, String first, String last) {
    DateMention d = new DateMention(text, start, start + text.length(), LocalDate.parse(first), LocalDate.parse(last),
        Granularity.MONTH);
    return new QuantitySuite.Found(start, start + text.length(), text, d, null);
  }

  @Test
  public void anUnresolvedExpectationGradesTheSpanOnly() throws Exception {
    JsonNode e = node("{\"text\":\"summer\",\"start\":4,\"end\":10,\"resolutions\":[{\"timex\":\"SU\",\"value\":\"not resolved\"}]}");
    QuantitySuite.Expected expected = new QuantitySuite.Expected(4, 10, "summer", e);

    assertTrue(Extractors.dateAgrees(found(4, "summer", "2020-06-01", "2020-08-31"), expected));
  }

  @Test
  public void aResolvedExpectationStillComparesTheDates() throws Exception {
    JsonNode e = node("{\"text\":\"may\",\"resolutions\":[{\"start\":\"2018-05-01\",\"end\":\"2018-06-01\"}]}");
    QuantitySuite.Expected expected = new QuantitySuite.Expected(13, 16, "may", e);

    assertTrue(Extractors.dateAgrees(found(13, "may", "2018-05-01", "2018-05-31"), expected));
    assertFalse(Extractors.dateAgrees(found(13, "may", "2017-05-01", "2017-05-31"), expected));
  }

  @Test
  public void aRepeatedRangeTextIsLocatedWhereASpanWasFound() throws Exception {
    JsonNode e = node("{\"text\":\"may\",\"start\":\"2018-05-01\",\"end\":\"2018-06-01\"}");

    QuantitySuite.Expected atFound = QuantitySuite.locate("It may be in may", e, new ArrayList<>(), List.of(13));
    QuantitySuite.Expected first = QuantitySuite.locate("It may be in may", e, new ArrayList<>(), List.of());

    assertEquals(13, atFound.start());
    assertEquals(3, first.start());
  }
}
