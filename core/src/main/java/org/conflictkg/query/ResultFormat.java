package org.conflictkg.query;

import java.util.Locale;

/**
 * How query answers are written.
 *
 * <p>Immutable and thread-safe.
 */
public enum ResultFormat {
    /** An aligned table for people. */
    TEXT,
    /** RFC 4180 CSV: a header row of variable names, then one row per solution. */
    CSV,
    /** SPARQL 1.1 TSV results. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result format '" + s + "' (use text, csv, tsv or json)");
        }
    }
}
