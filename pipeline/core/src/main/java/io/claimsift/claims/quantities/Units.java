package io.claimsift.claims.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure written after a number ("17 km", "75ml", "ten miles", "a 10-gallon cooler",
 * "188 miles an hour"), mapped to a canonical English name ("Kilometer"). Longest forms are tried
 * first; short abbreviations are case-sensitive where case tells units apart ("mb" megabit, "MB"
 * megabyte). Stateless.
 */
final class Units {

  /** A unit found after a number: its canonical name and where its text ends. */
  record Found(String name, int end) {}

  private static final List<Pattern> PATTERNS = new ArrayList<>();
  private static final List<String> NAMES = new ArrayList<>();

  static {
    // speeds and compound units first: they start with a plain length unit
    unit("Kilometer per hour", "(?i:kilomet(?:er|re)s?\\s+(?:per|an|a)\\s+hour)|km/hr?|kmh|kph|kmph");
    unit("Mile per hour", "(?i:miles?\\s+(?:per|an|a)\\s+hour)|mph");
    unit("Meter per second", "(?i:met(?:er|re)s?\\s+per\\s+second)|m/s");
    unit("Meter per millisecond", "(?i:met(?:er|re)s?\\s+per\\s+millisecond)");
    unit("Centimeter per millisecond", "(?i:centimet(?:er|re)s?)/(?i:millisecond)");
    unit("Kilometer per millisecond", "km/ms");
    unit("Square kilometer", "(?i:square\\s+kilomet(?:er|re)s?)|km2|km²|sq\\.?\\s?km");
    unit("Square meter", "(?i:square\\s+met(?:er|re)s?)|m2|m²|sq\\.?\\s?m");
    unit("Square mile", "(?i:square\\s+miles?)|sq\\.?\\s?mi");
    unit("Square foot", "(?i:square\\s+(?:feet|foot))|sq\\.?\\s?ft");
    unit("Cubic foot", "(?i:cubic\\s+(?:feet|foot))|cu\\.?\\s?ft");
    unit("Cubic meter", "(?i:cubic\\s+met(?:er|re)s?)|m3|m³");
    unit("Metric ton", "(?i:metric\\s+tons?|tonnes?)");
    unit("Kilometer", "(?i:kilomet(?:er|re)s?)|km");
    unit("Centimeter", "(?i:centimet(?:er|re)s?)|cm");
    unit("Millimeter", "(?i:millimet(?:er|re)s?)|mm");
    unit("Decimeter", "(?i:decimet(?:er|re)s?)|dm");
    unit("Micrometer", "(?i:micromet(?:er|re)s?|microns?)|μm");
    unit("Nanometer", "(?i:nanomet(?:er|re)s?)|nm");
    unit("Picometer", "(?i:picomet(?:er|re)s?)");
    unit("Meter", "(?i:met(?:er|re)s?)|m");
    unit("Mile", "(?i:miles?)|mi");
    unit("Foot", "(?i:feet|foot)|ft");
    unit("Inch", "(?i:inch(?:es)?)|\"|″");
    unit("Yard", "(?i:yards?)|yd");
    unit("Kilogram", "(?i:kilogram(?:me)?s?|kilos?)|kg|\\[kg\\]|\\{kg\\}");
    unit("Milligram", "(?i:milligram(?:me)?s?)|mg");
    unit("Microgram", "(?i:microgram(?:me)?s?)|μg|mcg");
    unit("Gram", "(?i:gram(?:me)?s?)|g");
    unit("Pound", "(?i:pounds?)|lbs?");
    unit("Ounce", "(?i:ounces?)|oz");
    unit("Ton", "(?i:tons?)");
    unit("Milliliter", "(?i:millilit(?:er|re)s?)|ml|mL");
    unit("Liter", "(?i:lit(?:er|re)s?)|l|L");
    unit("Gallon", "(?i:gallons?)|gal");
    unit("Barrel", "(?i:barrels?)|bbl");
    unit("Teaspoon", "(?i:teaspoons?)|tsp");
    unit("Tablespoon", "(?i:tablespoons?)|tbsp");
    unit("Acre", "(?i:acres?)");
    unit("Hectare", "(?i:hectares?)|ha");
    unit("Megabit", "mb|Mb|(?i:megabits?)");
    unit("Megabyte", "MB|(?i:megabytes?)");
    unit("Gigabyte", "GB|(?i:gigabytes?)");
    unit("Kilobyte", "KB|kB|(?i:kilobytes?)");
    unit("Terabyte", "TB|(?i:terabytes?)");
    unit("Degree", "(?i:degrees?)|°");
    unit("Radian", "(?i:radians?)|rad");
  }

  private Units() {}

  private static void unit(String name, String regex) {
    NAMES.add(name);
    PATTERNS.add(Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])"));
  }

  /**
   * The unit right after a number ending at {@code pos}: glued ("75ml"), after one space ("17 km"),
   * after a hyphen ("10-gallon"), or in brackets ("20 [kg]"); null when none.
   */
  static Found after(String s, int pos) {
    int at = pos;
    if (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '-')) {
      at++;
    }
    if (at >= s.length()) {
      return null;
    }
    for (int k = 0; k < PATTERNS.size(); k++) {
      Matcher m = PATTERNS.get(k).matcher(s).region(at, s.length());
      m.useTransparentBounds(true);
      if (m.lookingAt() && acceptable(s, pos, at, m.end(), NAMES.get(k))) {
        return new Found(NAMES.get(k), m.end());
      }
    }
    return null;
  }

  /** Rules out single-letter abbreviations after a space when they read as words ("5 m" yes, "a" no). */
  private static boolean acceptable(String s, int numberEnd, int unitStart, int unitEnd, String name) {
    String text = s.substring(unitStart, unitEnd);
    boolean hyphen = unitStart > numberEnd && s.charAt(numberEnd) == '-';
    if (hyphen && text.length() <= 2) {
      return false; // "COVID-19 m..." no; hyphenated units are spelled out ("10-gallon")
    }
    if (text.equals("\"") || text.equals("″")) {
      return unitStart > numberEnd; // 10 " long
    }
    if (text.length() == 1 && unitStart > numberEnd) {
      // "5 m" is a metre only before a boundary, not in a code ("24703 L-202") or a word
      return unitEnd >= s.length() || !(Character.isLetterOrDigit(s.charAt(unitEnd)) || s.charAt(unitEnd) == '-');
    }
    return true;
  }
}
