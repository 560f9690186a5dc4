/**
 * Outlets: which site published an article ({@link io.claimsift.outlets.Outlets}), and the
 * sentences a site repeats across its pages as template text ({@link
 * io.claimsift.outlets.SiteTemplates}).
 */
package io.claimsift.outlets;
