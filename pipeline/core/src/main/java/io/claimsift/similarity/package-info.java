/**
 * Set similarity shared by the cross-article steps (dedup screening, outlet templates); no
 * dependency on any other ClaimSift package.
 */
package io.claimsift.similarity;
