package io.claimsift.dedup;

import io.claimsift.claims.dates.DateMention;
import io.claimsift.claims.dates.Granularity;
import io.claimsift.claims.quantities.QuantityKind;
import io.claimsift.claims.quantities.QuantityMention;
import java.time.LocalDate;
import java.util.List;

/** Hand-built values for the tests. */
final class Fixtures {
  private Fixtures() {}

  static QuantityMention money(String text, double value, double normalized, String currency) {
    return new QuantityMention(text, 0, text.length(), QuantityKind.MONEY, value, currency, currency, normalized);
  }

  static QuantityMention usd(String text, double normalized) {
    return money(text, normalized, normalized, "USD");
  }

  static QuantityMention percent(String text, double v) {
    return new QuantityMention(text, 0, text.length(), QuantityKind.PERCENT, v, "percent", null, v);
  }

  static QuantityMention count(String text, double v, String unit) {
    return new QuantityMention(text, 0, text.length(), QuantityKind.COUNT, v, unit, null, v);
  }

  static QuantityMention number(String text, double v) {
    return new QuantityMention(text, 0, text.length(), QuantityKind.NUMBER, v, null, null, v);
  }

  static DateMention date(String text, String first, String last) {
    return new DateMention(
        text,
        0,
        text.length(),
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last),
        Granularity.MONTH);
  }

  static DedupMention mention(String id, String article, String sentence, List<QuantityMention> qs) {
    return new DedupMention(id, article, sentence, qs, List.of(), 0.5, false);
  }

  static DedupMention mention(
      String id, String article, String sentence, List<QuantityMention> qs, List<DateMention> ds) {
    return new DedupMention(id, article, sentence, qs, ds, 0.5, false);
  }
}
