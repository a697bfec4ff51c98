package org.conflictkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.conflictkg.ConflictGraph;
import org.conflictkg.query.Answers;
import org.conflictkg.query.QueryParameterException;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ReadyQueries;
import org.conflictkg.query.ResultFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ready queries over HTTP, with parameters bound on the server as {@code kg query --param} binds them
 * ({@link ConflictGraph#select}), under the server's timeout and row cap:
 * <ul>
 *   <li>{@code GET or POST /conflict/query/NAME?PARAM=VALUE...}: the ready query NAME ({@code queries/NAME.rq});</li>
 *   <li>{@code POST /conflict/select} with {@code query=TEXT} and the parameters: any SELECT query text, as
 *       {@code kg query --endpoint} sends it.</li>
 * </ul>
 * The result format is the {@code format} parameter ({@code json}, {@code csv}, {@code tsv}, {@code text}), else
 * the {@code Accept} header ({@code text/csv}, {@code text/tab-separated-values}, {@code text/plain}), else SPARQL
 * results JSON. As on {@code /conflict/sparql}, a query with no {@code LIMIT} or a larger one than the row cap runs
 * with the cap, and the response says so in the {@value RowCappedQuery#HEADER} header. A parameter the query does not take, a value not of its kind or an unknown actor is HTTP 400 with
 * one line; an unknown query name is 404 with the list of names; a query past the timeout is 503.
 */
final class ReadyQueryService implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyQueryService.class);
    /** The request parameter that chooses the result format; no query parameter can have this name. */
    static final String FORMAT = "format";
    /** The request parameter that carries the query text on {@code /conflict/select}. */
    static final String QUERY = "query";

    private final ConflictGraph graph;
    private final ReadyQueries queries;
    private final String readyPrefix;
    private final String selectPath;
    private final Duration timeout;
    private final long maxRows;

    ReadyQueryService(ConflictGraph graph, ReadyQueries queries, String dataset, Duration timeout, long maxRows) {
        this.graph = graph;
        this.queries = queries;
        this.readyPrefix = dataset + "/query/";
        this.selectPath = dataset + "/select";
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
            chain.doFilter(request, response);
            return;
        }
        String path = req.getRequestURI();
        boolean ready = path.startsWith(readyPrefix);
        boolean select = path.equals(selectPath);
        if (!ready && !select) {
            chain.doFilter(request, response);
            return;
        }
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("POST") || select && !method.equals("POST")) {
            res.setHeader("Allow", select ? "POST" : "GET, POST");
            error(res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here; use "
                    + (select ? "POST" : "GET or POST"));
            return;
        }
        String sparql;
        Set<String> reserved;
        if (ready) {
            String name = path.substring(readyPrefix.length());
            var text = queries.get(name);
            if (text.isEmpty()) {
                error(res, HttpServletResponse.SC_NOT_FOUND, "no ready query '" + name + "'; the ready queries are "
                        + String.join(", ", queries.names()));
                return;
            }
            sparql = text.get();
            reserved = Set.of(FORMAT);
        } else {
            sparql = req.getParameter(QUERY);
            if (sparql == null || sparql.isBlank()) {
                error(res, HttpServletResponse.SC_BAD_REQUEST, "the query text is missing (form field 'query')");
                return;
            }
            reserved = Set.of(FORMAT, QUERY);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (reserved.contains(e.getKey())) {
                continue;
            }
            if (e.getValue().length != 1) {
                error(res, HttpServletResponse.SC_BAD_REQUEST, "parameter " + e.getKey() + " is given "
                        + e.getValue().length + " times");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        ResultFormat format;
        try {
            format = format(req.getParameter(FORMAT), req.getHeader("Accept"));
        } catch (IllegalArgumentException e) {
            error(res, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        Answers answers;
        try {
            answers = graph.select(sparql, params, timeout, maxRows);
        } catch (QueryParameterException e) {
            error(res, HttpServletResponse.SC_BAD_REQUEST, e.getMessage().replaceFirst("^--param ", "parameter "));
            return;
        } catch (QueryCancelledException e) {
            error(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            return;
        } catch (IllegalArgumentException e) {
            error(res, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warn("ready query {} failed", path, e);
            error(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the query failed: " + e);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        answers.write(body, format);
        res.setStatus(HttpServletResponse.SC_OK);
        Query parsed = QueryRunner.parse(sparql);
        if (!parsed.hasLimit() || parsed.getLimit() > maxRows) { // the row cap lowered the query's LIMIT
            res.setHeader(RowCappedQuery.HEADER, Long.toString(maxRows));
        }
        res.setContentType(contentType(format));
        res.setContentLength(body.size());
        body.writeTo(res.getOutputStream());
    }

    /** The format from the {@code format} parameter, else the Accept header, else JSON. */
    static ResultFormat format(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            return ResultFormat.parse(parameter);
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("text/csv")) {
            return ResultFormat.CSV;
        }
        if (a.contains("text/tab-separated-values")) {
            return ResultFormat.TSV;
        }
        if (a.contains("json")) {
            return ResultFormat.JSON;
        }
        if (a.contains("text/plain")) {
            return ResultFormat.TEXT;
        }
        return ResultFormat.JSON;
    }

    static String contentType(ResultFormat f) {
        return switch (f) {
            case JSON -> "application/sparql-results+json; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case TSV -> "text/tab-separated-values; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        };
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.getWriter().println(message.replace('\n', ' '));
    }
}
