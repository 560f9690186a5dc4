/**
 * Shared pieces of the evaluation and benchmark commands: RESULT lines and confusion counts.
 *
 * <p>Each command lives in a subpackage named after its suite ({@code eval.extraction},
 * {@code eval.quantities}, ...), calls the same core code the pipeline uses, reads its data from a
 * folder or file given as an argument, and ends with {@link io.claimsift.eval.ResultLine}s.
 */
package io.claimsift.eval;
