/**
 * Evaluation commands for quantities, numbers, ranges, units and dates on the shared spec suites,
 * and the audit of quantities read from names in a run's output ({@link
 * io.claimsift.eval.quantities.NameQuantityAudit}).
 */
package io.claimsift.eval.quantities;
