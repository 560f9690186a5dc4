/**
 * The output contract on disk: the datasets and their sort keys ({@link io.claimsift.output.Dataset}),
 * deterministic Avro, CSV and Parquet shard writers (content-derived Avro sync markers, canonical
 * Parquet footers, fixed file names), the manifest, and the output folder with its staging folder,
 * lock and final swap, and the reading of a previous release's Avro rows for {@code --previous}. Plain Java: it may import {@code io.claimsift.read} (input file facts), {@code io.claimsift.clean.PlausibleDates} (the date window of the output contract) and
 * the generated {@code io.claimsift.schema} records, never Beam, the cleaning or claim stages, nor
 * {@code io.claimsift.report}, which reads what this package wrote.
 */
package io.claimsift.output;
