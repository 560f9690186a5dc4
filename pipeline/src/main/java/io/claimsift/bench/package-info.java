/** Benchmark commands; each ends with RESULT lines. */
package io.claimsift.bench;
