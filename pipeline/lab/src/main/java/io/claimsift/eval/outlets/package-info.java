/** Evaluation of corroboration in a run's output: supports, outlets, languages. */
package io.claimsift.eval.outlets;
