/**
 * SPARQL with parameters bound as the kinds a query declares, the ready queries and their answers.
 *
 * <p><b>Public API:</b> {@link org.conflictkg.query.Answers}, {@link org.conflictkg.query.ReadyQuery},
 * {@link org.conflictkg.query.ReadyQueries}, {@link org.conflictkg.query.ResultFormat},
 * {@link org.conflictkg.query.QueryParameterException} and
 * {@link org.conflictkg.query.UnknownActorException}. The other classes are internal: not API, may change without
 * notice.
 */
package org.conflictkg.query;
