package io.claimsift.claims.quantities;

import io.claimsift.lexicon.UnitList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure written after a number ("17 km", "75ml", "ten miles", "a 10-gallon cooler",
 * "188 miles an hour"), mapped to a canonical English name ("Kilometer"). The units and their
 * written forms are the lexicon's {@code units.tsv}, tried in its order (compound and longer forms
 * first); short abbreviations are case-sensitive where case tells units apart ("mb" megabit, "MB"
 * megabyte). Stateless.
 */
final class Units {

  /** A unit found after a number: its canonical name and where its text ends. */
  record Found(String name, int end) {}

  private static final List<Pattern> PATTERNS = new ArrayList<>();
  private static final List<String> NAMES = new ArrayList<>();

  static {
    for (UnitList.Unit u : UnitList.units()) {
      unit(u.name(), u.regex());
    }
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
