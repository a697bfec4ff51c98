/**
 * The SPARQL server: a {@code ConflictGraph} served by embedded Apache Jena Fuseki, with limits, ready
 * queries over HTTP, guarded updates and the web page.
 *
 * <p><b>Public API:</b> {@link org.conflictkg.server.SparqlServer}, {@link org.conflictkg.server.PasswordFile} and
 * {@link org.conflictkg.server.PasswordFileException}. The other classes are internal: not API, may change without
 * notice.
 */
package org.conflictkg.server;
