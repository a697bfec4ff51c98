/**
 * The library's API: {@link org.conflictkg.ConflictGraph}, the one entry point (open a store on disk or in memory,
 * ingest files or strings, extract without storing, query with parameters or run a
 * {@link org.conflictkg.query.ReadyQuery}, export, validate), with {@link org.conflictkg.IngestListener}
 * (with {@link org.conflictkg.IngestProgress}) and {@link org.conflictkg.IngestReport}.
 *
 * <p><b>Public API.</b>
 */
package org.conflictkg;
