package org.conflictkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with this server's limits: the query timeout goes into the request's ARQ context as
 * {@link ARQ#queryTimeout} (Fuseki passes that context to the query execution, which ARQ cancels when the time is
 * up), and a query with no {@code LIMIT} or one above the cap runs with {@code LIMIT maxRows}.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** Response header set when the row cap lowered a query's LIMIT; its value is the cap. */
    static final String HEADER = "X-Row-Cap";

    private final long timeoutMillis;
    private final long maxRows;

    RowCappedQuery(long timeoutMillis, long maxRows) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
            action.setResponseHeader(HEADER, Long.toString(maxRows));
        }
    }
}
