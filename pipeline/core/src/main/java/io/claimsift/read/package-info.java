/**
 * Reading input files: where they are ({@link io.claimsift.read.InputLocation}), and turning one
 * stored file into a {@link io.claimsift.read.DecodedDocument} or a {@link
 * io.claimsift.read.Rejection} ({@link io.claimsift.read.DocumentReader}: gunzip, binary sniffing,
 * charset detection, size and decoding limits), with the SHA-256 helpers every content-derived id
 * is built on. This is the bottom layer of the stages: it imports no other ClaimSift package, and
 * no Beam, {@code io.claimsift.beam}, {@code io.claimsift.eval} or {@code io.claimsift.bench}
 * class.
 */
package io.claimsift.read;
