/**
 * Linear models over named features, stored as data: {@link io.claimsift.linear.LogisticModel}
 * holds a bias and one weight per feature name and reads and writes them as sorted JSON, so that
 * every learned scorer of the pipeline (check-worthiness, the claimer candidates) shares one
 * format and one probability rule. It imports only the JDK and Jackson, never another
 * {@code io.claimsift} package.
 */
package io.claimsift.linear;
