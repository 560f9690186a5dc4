package io.claimsift.beam;

/** Says in one line why a run failed: the innermost cause, which names the actual error. */
final class FailureCause {
  private FailureCause() {}

  /** "IOException: No space left on device", from the deepest cause of {@code e}, on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String text = root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    return text.replaceAll("\\s+", " ").trim();
  }
}
