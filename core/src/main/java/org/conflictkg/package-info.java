/**
 * The library's API: {@link org.conflictkg.ConflictGraph}, the one entry point (open a store on disk or in
 * memory, ingest files or strings, extract without storing, query with parameters, export, validate), with
 * {@link org.conflictkg.IngestListener} and {@link org.conflictkg.IngestReport}.
 *
 * <p><b>Public API.</b> {@link org.conflictkg.Pipeline} is public for the server and the command line only:
 * internal, not API, may change without notice.
 */
package org.conflictkg;
