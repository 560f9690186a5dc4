package io.claimsift.read;

import java.io.Serializable;

/**
 * One input file as listed in the manifest.
 *
 * @param sha256 hex digest of the stored bytes; null when the file could not be read
 * @param bytes stored size in bytes
 */
public record InputFileInfo(String sourceUri, String sha256, long bytes) implements Serializable {}
