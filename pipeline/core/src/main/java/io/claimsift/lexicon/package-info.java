/**
 * Shared word lists as data: month and weekday names, spelled-out number words, scale words,
 * abbreviations, currencies and units, each read once from a UTF-8 file under
 * {@code src/main/resources/io/claimsift/lexicon/} (one entry per line, {@code #} comments,
 * tab-separated fields where entries carry attributes) into immutable, thread-safe lists and maps,
 * and {@link io.claimsift.lexicon.WordPatterns} to build regular-expression alternations from them,
 * so that no class keeps its own copy of a list. It imports only the JDK: never another
 * {@code io.claimsift} package, Beam, the Beam composition or the lab, so that every stage (clean,
 * sentences, claims, dedup) may use it.
 */
package io.claimsift.lexicon;
