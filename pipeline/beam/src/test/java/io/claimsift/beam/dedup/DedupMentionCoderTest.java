package io.claimsift.beam.dedup;

import static org.junit.Assert.assertEquals;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import io.claimsift.dedup.DedupMention;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.Test;

public class DedupMentionCoderTest {
  private static final String SENTENCE = "Exports fell about 5% to $2-3 billion since 2020, “officials” said.";

  @Test
  public void aMentionWithRangesBoundsAndOpenDatesSurvivesEncoding() throws Exception {
    QuantityMention percent = new QuantityMention("5%", 19, 21, QuantityKind.PERCENT, 5.0, "percent", null, 5.0)
        .withQualifiers("~", "down");
    QuantityMention range = new QuantityMention("$2-3 billion", 25, 37, QuantityKind.MONEY, 2.0, "USD", "USD", 2e9,
        2e9, 3e9);
    DateMention open = new DateMention("since 2020", 38, 48, LocalDate.of(2020, 1, 1), null, Granularity.YEAR);
    DateMention until = new DateMention("until May 2019", 0, 14, null, LocalDate.of(2019, 5, 31), Granularity.MONTH);
    DedupMention mention = new DedupMention("m-1", "a-1", SENTENCE, List.of(percent, range), List.of(open, until),
        0.8125, true);

    CoderProperties.coderDecodeEncodeEqual(DedupMentionCoder.of(), mention);
    assertEquals(mention, DedupMentionCoder.fromBytes(DedupMentionCoder.toBytes(mention)));
  }

  @Test
  public void aMentionWithoutQuantitiesOrDatesSurvivesEncoding() throws Exception {
    DedupMention plain = new DedupMention("m-2", "a-2", "Nothing to count here.", List.of(), List.of(), 0.5, false);

    CoderProperties.coderDecodeEncodeEqual(DedupMentionCoder.of(), plain);
  }
}
