/** Evaluation commands for quantities, numbers, ranges, units and dates on the shared spec suites. */
package io.claimsift.eval.quantities;
