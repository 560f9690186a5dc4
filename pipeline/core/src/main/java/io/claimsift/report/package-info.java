/**
 * report.html: a self-contained page about one run (summary with reconciled counts, top claims
 * with their sources and mentions, support distribution, rejects, removed segments), built by
 * reading back the dataset files that the run has just written, with bounded memory, and rendered
 * with Mustache templates and inline SVG charts drawn here. Plain Java: it may import
 * io.claimsift.output and io.claimsift.schema, never Beam, io.claimsift.beam, eval or bench, and
 * nothing from the stages (read, clean, sentences, claims, dedup): the report shows what the
 * datasets hold, not how they were made. Nothing in the page depends on the clock, the machine or
 * an absolute path, so equal datasets give equal bytes.
 */
package io.claimsift.report;
