package io.claimsift.claims.quantities;

import io.claimsift.lexicon.UnitList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units of measure written after a number ("17 km", "75ml", "ten miles", "a 10-gallon cooler",
 * "188 miles an hour", "42C"), mapped to a canonical English name ("Kilometer") and a dimension.
 * The units are the lexicon's {@code units.tsv}, held as data (symbols, names, dimension, scale):
 * every written form that starts with the character after the number (in any case) is compared
 * there and the longest one that ends at a word boundary wins, so the file's order does not matter. Symbols keep their case ("mb" megabit, "MB"
 * megabyte), names do not. Stateless.
 */
final class Units {

  /** A unit found after a number: its canonical name, dimension and where its text ends. */
  record Found(String name, String dimension, int end) {}

  /** One written form of a unit; a glued-only form counts only right after the number ("42C"). */
  private record Form(WrittenForm written, boolean gluedOnly, UnitList.Unit unit) {}

  private static final List<Form> FORMS = new ArrayList<>();

  static {
    for (UnitList.Unit u : UnitList.units()) {
      for (String symbol : u.symbols()) {
        boolean glued = symbol.startsWith("+");
        FORMS.add(new Form(new WrittenForm(glued ? symbol.substring(1) : symbol, true), glued, u));
      }
      for (String name : u.names()) {
        FORMS.add(new Form(new WrittenForm(name, false), false, u));
      }
    }
  }

  /**
   * The forms that can match at a character, by that character lower-cased: those starting with it
   * in either case, and those starting with a space or empty ({@link #ANY_FIRST}), each list in
   * {@link #FORMS} order, so the first of the longest matches still wins. A form whose first
   * letter differs even lower-cased cannot match ({@link WrittenForm#endAt}), so skipping it
   * changes nothing; the lookup spares trying every form after every number.
   */
  private static final Map<Character, List<Form>> BY_FIRST;
  private static final List<Form> ANY_FIRST;

  static {
    Map<Character, List<Form>> byFirst = new HashMap<>();
    List<Form> any = new ArrayList<>();
    for (Form f : FORMS) {
      if (f.written.text().isEmpty() || f.written.text().charAt(0) == ' ') {
        any.add(f);
        byFirst.values().forEach(list -> list.add(f));
      } else {
        char first = Character.toLowerCase(f.written.text().charAt(0));
        byFirst.computeIfAbsent(first, c -> new ArrayList<>(any)).add(f);
      }
    }
    Map<Character, List<Form>> frozen = new HashMap<>();
    byFirst.forEach((c, list) -> frozen.put(c, List.copyOf(list)));
    BY_FIRST = Map.copyOf(frozen);
    ANY_FIRST = List.copyOf(any);
  }

  private Units() {}

  /** How far after a hyphen a hyphenated unit of several words is read ("square-foot", "nautical-mile"). */
  private static final int HYPHENATED_REACH = 40;

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
    // "a 1,000-square-foot home": after a hyphen, a unit of several words is hyphenated too; the
    // view keeps every offset and reads those hyphens as spaces
    String view = at > pos && s.charAt(pos) == '-'
        ? s.substring(0, at) + s.substring(at, Math.min(s.length(), at + HYPHENATED_REACH)).replace('-', ' ') : s;
    Form best = null;
    int bestEnd = -1;
    for (Form f : BY_FIRST.getOrDefault(Character.toLowerCase(view.charAt(at)), ANY_FIRST)) {
      int end = f.written.endAt(view, at);
      if (end > bestEnd && (!f.gluedOnly || at == pos) && acceptable(s, pos, at, end, f.written.text())) {
        best = f;
        bestEnd = end;
      }
    }
    return best == null ? null : new Found(best.unit.name(), best.unit.dimension(), bestEnd);
  }

  /** Rules out single-letter abbreviations after a space when they read as words ("5 m" yes, "a" no). */
  private static boolean acceptable(String s, int numberEnd, int unitStart, int unitEnd, String text) {
    if (unitEnd < 0) {
      return false;
    }
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
