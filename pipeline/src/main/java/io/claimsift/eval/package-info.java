/**
 * Shared pieces of the evaluation and benchmark commands: RESULT lines and confusion counts.
 *
 * <p>Each command lives beside the stage it measures (one subpackage per suite), reads its data
 * from a folder or file given as an argument, and ends with {@link io.claimsift.eval.ResultLine}s.
 */
package io.claimsift.eval;
