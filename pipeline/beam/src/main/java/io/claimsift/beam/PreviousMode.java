package io.claimsift.beam;

import java.util.Locale;

/** What a continuing release does with previous articles whose input is no longer present. */
enum PreviousMode {
  /** They stay, with their mentions: the release is the union of all inputs so far. */
  ACCUMULATE,
  /** They are dropped: the release holds this run's inputs only, and their claims may retire. */
  WINDOW;

  static PreviousMode parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--previousMode must be accumulate or window, got " + value);
    }
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
