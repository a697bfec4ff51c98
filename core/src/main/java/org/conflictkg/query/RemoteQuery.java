package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Runs a SELECT query with parameters on a running {@code kg serve}: the query text and the parameters go to the
 * server's {@code /conflict/select}, which binds the parameters against its own store exactly as
 * {@link QueryRunner} does locally, and the answers come back in the format asked, written by the same code as a
 * local query's. A SPARQL endpoint that is no {@code kg serve} (no {@code /select} beside it, such as a Fuseki loaded
 * with a {@code kg export}) is queried as SPARQL: the parameters are bound here, actor names against the endpoint's
 * labels ({@link QueryRunner#remote}).
 *
 * <p>Stateless; thread-safe: the one HTTP client it shares is thread-safe.
 */
public final class RemoteQuery {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RemoteQuery() {}

    /**
     * The dataset's base URL from what a user may give: {@code http://HOST:PORT/conflict}, with or without a trailing
     * slash, or one of its SPARQL endpoints ({@code .../sparql}, {@code .../query}).
     *
     * @throws IllegalArgumentException for a URL that is not http or https
     */
    public static String base(String endpoint) {
        String e = endpoint.strip();
        URI uri;
        try {
            uri = URI.create(e);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException("--endpoint " + endpoint + ": not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint " + endpoint + ": not an http URL (e.g. http://127.0.0.1:3030/conflict)");
        }
        e = e.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return e.replaceFirst("/(sparql|query)$", "");
    }

    /**
     * Runs the query on the server and copies its answers to {@code out}.
     *
     * @throws QueryParameterException for a parameter the server could not bind (the same message as locally)
     * @throws IllegalArgumentException for a query the server refused, or a URL that is not a kg server's
     * @throws IllegalStateException    when the server cannot be reached, is busy or the query timed out
     */
    public static void select(String endpoint, String sparql, Map<String, String> parameters, ResultFormat format,
                              OutputStream out) throws IOException {
        String base = base(endpoint);
        StringJoiner form = new StringJoiner("&");
        form.add("query=" + enc(sparql));
        form.add("format=" + enc(format.name().toLowerCase(Locale.ROOT)));
        parameters.forEach((k, v) -> form.add(enc(k) + "=" + enc(v)));
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/select"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        HttpResponse<InputStream> res;
        try {
            res = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new IllegalStateException("cannot reach " + base + " (connection refused; is kg serve running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while querying " + base, e);
        }
        try (InputStream body = res.body()) {
            int status = res.statusCode();
            if (status == 200) {
                body.transferTo(out);
                return;
            }
            String message = new String(body.readNBytes(4096), StandardCharsets.UTF_8).strip();
            message = message.lines().findFirst().orElse("");
            switch (status) {
                case 400 -> {
                    if (message.startsWith("parameter ")) {
                        throw new RemoteParameterException("--param " + message.substring("parameter ".length()));
                    }
                    throw new IllegalArgumentException(message);
                }
                case 404, 405 -> {
                    plainSparql(endpoint.strip(), sparql, parameters, format, out);
                    return;
                }
                default -> throw new IllegalStateException(base + " answered HTTP " + status + (message.isEmpty() ? "" : ": " + message));
            }
        }
    }

    /** The query on an endpoint that only speaks SPARQL, with the parameters bound here. */
    private static void plainSparql(String endpoint, String sparql, Map<String, String> parameters, ResultFormat format,
                                    OutputStream out) {
        Answers answers;
        try {
            answers = QueryRunner.remote(endpoint, org.conflictkg.actors.Gazetteer.bundled()).select(sparql, parameters);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw notAnEndpoint(endpoint, e.getStatusCode());
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw notAnEndpoint(endpoint, e.getStatusCode());
        }
        answers.write(out, format);
    }

    private static IllegalArgumentException notAnEndpoint(String endpoint, int status) {
        return new IllegalArgumentException(endpoint + " is neither a kg serve nor a SPARQL endpoint (HTTP " + status
                + "); --endpoint takes the URL kg serve prints, such as http://127.0.0.1:3030/conflict");
    }

    /** A parameter the server could not bind; its message is the one a local query gives. */
    public static final class RemoteParameterException extends IllegalArgumentException {
        RemoteParameterException(String message) {
            super(message);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
