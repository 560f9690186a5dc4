/**
 * WARC and WET input: a crawl file read record by record with jwarc (org.netpreserve:jwarc), each
 * HTML response and each WET text conversion becoming a decoded document, other records counted
 * as skipped, damaged records becoming rejects that name their offset while the rest of the file
 * goes on. Memory is bounded by one record's payload. Plain Java: it may import io.claimsift.read
 * (whose DocumentReader applies the same limits, charset detection and binary sniffing as to a
 * loose file) and jwarc, never Beam, io.claimsift.beam, the later stages, eval or bench.
 */
package io.claimsift.read.warc;
