package io.claimsift.beam;

import io.claimsift.read.RejectReason;
import io.claimsift.read.Rejection;

/**
 * Per-document isolation: what a stage does with a {@link Throwable} raised while it worked on one
 * document. Everything becomes that document's reject, so one bad page costs one row and the run
 * goes on, except a {@link VirtualMachineError} other than {@link StackOverflowError} (out of
 * memory, an internal JVM error): after one of those the JVM itself is not trustworthy, so it ends
 * the run. A stack overflow unwinds cleanly to the catching stage and means the document was
 * nested or repeated beyond what some step could take.
 */
final class DocumentFailures {
  /** The longest error message kept in a reject's detail. */
  static final int MAX_MESSAGE_CHARS = 300;

  private DocumentFailures() {}

  /**
   * The reject for {@code failure} in {@code stage}: {@code too_complex} for a stack overflow,
   * {@code internal_error} for anything else; the detail names the stage and the error class.
   * Rethrows a fatal error instead.
   */
  static Rejection rejection(String sourceUri, String stage, Throwable failure) {
    rethrowIfFatal(failure);
    if (failure instanceof StackOverflowError) {
      return Rejection.of(sourceUri, stage, RejectReason.TOO_COMPLEX,
          stage + " stage: java.lang.StackOverflowError (the document is nested or repeated too deeply)");
    }
    return Rejection.of(sourceUri, stage, RejectReason.INTERNAL_ERROR, stage + " stage: " + describe(failure));
  }

  /** Rethrows an error after which the JVM cannot be trusted; returns for anything else. */
  static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
      throw fatal;
    }
  }

  /** "java.lang.IllegalStateException: message" on one line, the message shortened. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getName();
    }
    message = message.replaceAll("\\s+", " ").trim();
    if (message.length() > MAX_MESSAGE_CHARS) {
      int cut = Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
      message = message.substring(0, cut) + "…";
    }
    return failure.getClass().getName() + ": " + message;
  }
}
