package org.conflictkg.server;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.conflictkg.ConflictGraph;
import org.conflictkg.query.ReadyQueries;
import org.conflictkg.server.web.WebSite;

/**
 * A SPARQL endpoint over a {@link ConflictGraph}, on embedded Apache Jena Fuseki: queries at
 * {@code http://HOST:PORT/conflict/sparql} (also {@code /conflict/query}, and the Graph Store Protocol's reads at
 * {@code /conflict/get}), open to anyone who can reach the port. By default it is read-only: SPARQL Update, the
 * Graph Store Protocol's writes and uploads are refused on every path.
 *
 * <p>With {@link Builder#update(PasswordFile)} it also takes writes, from the users of a password file only, by
 * HTTP Basic authentication: SPARQL Update at {@code /conflict/update} and the Graph Store Protocol (read and
 * write) at {@code /conflict/data}. A write without credentials, or with wrong ones, gets HTTP 401. Reads stay open.
 *
 * <p>The ready queries ({@link Builder#queries}, by default the project's {@code queries/}) are served at
 * {@code /conflict/query/NAME?PARAM=VALUE}, and any SELECT with parameters at {@code POST /conflict/select}, with the
 * parameters bound against the store as {@link ConflictGraph#select(String, java.util.Map)} binds them (see
 * {@link ReadyQueryService}).
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create(graph).port(3030).start()) { ... }
 * }</pre>
 *
 * <p>Every query runs under three limits, so that one bad query cannot take the machine and the server goes on
 * answering the others:
 * <ul>
 *   <li>a <b>timeout</b> ({@link Builder#timeout}, default {@value #DEFAULT_TIMEOUT_SECONDS} s), set as ARQ's
 *       {@code arq:queryTimeout} in the query's context, which cancels the query's execution. A query stopped
 *       before it sent anything gets Fuseki's HTTP 503 with the message {@code Query timed out}. A client's own
 *       {@code timeout=} request parameter can only shorten it.</li>
 *   <li>a <b>row cap</b> ({@link Builder#maxRows}, default {@value #DEFAULT_MAX_ROWS}): a query with no
 *       {@code LIMIT} or a larger one runs with {@code LIMIT maxRows}, and its response carries the header
 *       {@value RowCappedQuery#HEADER}.</li>
 *   <li>a <b>concurrency cap</b> ({@link Builder#maxConcurrent}, default twice the number of cores): a request
 *       to the dataset beyond it waits for a slot, first come first served, up to {@link Builder#queueWait}
 *       (default {@value #DEFAULT_QUEUE_WAIT_SECONDS} s); one still waiting then is answered with HTTP 503,
 *       {@code Retry-After} and a one-line message.</li>
 * </ul>
 *
 * <p>Thread-safety: a started server may be used and closed from any thread (Jetty serves the requests on its own
 * threads); its {@link Builder} is meant for one thread.
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/conflict";
    /** Default query timeout, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** Default time a request waits for a query slot when all are in use, in seconds. */
    public static final int DEFAULT_QUEUE_WAIT_SECONDS = 10;
    /** Default cap on the rows (solutions) of one query. */
    public static final int DEFAULT_MAX_ROWS = 100_000;
    /** The SPARQL Update endpoint's name, under {@link #DATASET}, when updates are on. */
    public static final String UPDATE = "update";
    /** The Graph Store Protocol's read-write endpoint's name, under {@link #DATASET}, when updates are on. */
    public static final String DATA = "data";
    /** The realm of HTTP Basic authentication. */
    public static final String REALM = "conflict-kg";

    private final FusekiServer server;
    private final boolean updates;
    private final Path announced;

    private SparqlServer(FusekiServer server, boolean updates, Path announced) {
        this.server = server;
        this.updates = updates;
        this.announced = announced;
    }

    public static Builder create(ConflictGraph graph) {
        return new Builder(graph);
    }

    /** The default cap on concurrent requests: twice the number of available cores. */
    public static int defaultMaxConcurrent() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** Configures a server. */
    public static final class Builder {
        private final ConflictGraph graph;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        private int maxRows = DEFAULT_MAX_ROWS;
        private int maxConcurrent = defaultMaxConcurrent();
        private Duration queueWait = Duration.ofSeconds(DEFAULT_QUEUE_WAIT_SECONDS);
        private PasswordFile writers;
        private ReadyQueries queries;
        private Path announceIn;
        private boolean webPage;

        private Builder(ConflictGraph graph) {
            this.graph = graph;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** Where to listen: a loopback address (the default) or 0.0.0.0 for every interface. */
        public Builder host(String host) {
            if (!isLoopback(host) && !host.equals("0.0.0.0") && !host.equals("::")) {
                throw new IllegalArgumentException("--host takes 127.0.0.1 (loopback, the default) or 0.0.0.0 (all interfaces)");
            }
            this.host = host;
            return this;
        }

        /** How long one query may run before it is cancelled (default 30 s); at least 1 ms. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 1) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The most rows (solutions) one query returns (default 100,000); a larger or missing LIMIT is lowered to it. */
        public Builder maxRows(int maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("the row cap must be at least 1");
            }
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The most requests to the dataset served at once (default 2 × cores); one more waits for a slot up to
         * {@link #queueWait}, then gets HTTP 503.
         */
        public Builder maxConcurrent(int maxConcurrent) {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("the concurrency cap must be at least 1");
            }
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        /**
         * How long a request waits for a slot when {@link #maxConcurrent} requests are running (default
         * {@value #DEFAULT_QUEUE_WAIT_SECONDS} s), on the dataset's paths and the web page's API alike; zero refuses
         * it at once. A request still without a slot then gets HTTP 503 with {@code Retry-After}.
         */
        public Builder queueWait(Duration queueWait) {
            if (queueWait == null || queueWait.isNegative()) {
                throw new IllegalArgumentException("the wait for a query slot must be zero or more");
            }
            this.queueWait = queueWait;
            return this;
        }

        /**
         * Takes writes from the users of this password file (see {@link PasswordFile#load}): SPARQL Update at
         * {@code /conflict/update} and the Graph Store Protocol at {@code /conflict/data}, behind HTTP Basic
         * authentication. Off by default. Basic authentication sends the password in the clear: keep such a
         * server on loopback, or behind a proxy that speaks HTTPS.
         */
        public Builder update(PasswordFile writers) {
            this.writers = java.util.Objects.requireNonNull(writers, "writers");
            return this;
        }

        /**
         * {@link #update(PasswordFile)} with the file read and checked now.
         *
         * @throws PasswordFileException when the file is missing, empty, readable by everyone, or holds a password
         *                               that is not hashed
         */
        public Builder update(Path passwordFile) {
            return update(PasswordFile.load(passwordFile));
        }

        /**
         * The ready queries served at {@code /conflict/query/NAME} (default: the bundled ones, the project's
         * {@code queries/} folder).
         */
        public Builder queries(ReadyQueries queries) {
            this.queries = java.util.Objects.requireNonNull(queries, "queries");
            return this;
        }

        /**
         * Leaves a {@link ServerFile} in the store's folder while the server runs, so that {@code kg query} on that
         * store queries this server (the store is locked while the server holds it). Removed by {@link #close()}.
         */
        public Builder announceIn(Path storeFolder) {
            this.announceIn = storeFolder;
            return this;
        }

        /**
         * Also serve the web page (default off): the alliance network at {@code /}, a SPARQL editor at
         * {@code /sparql} and the JSON API the page uses at {@code /api/} (see {@link WebSite}). The API's queries
         * run under the same timeout, and its requests under a concurrency cap of the same size as the dataset's
         * (a cap of its own), with the same wait for a slot.
         */
        public Builder webPage(boolean webPage) {
            this.webPage = webPage;
            return this;
        }

        public SparqlServer start() {
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .registerOperation(Operation.Query, new RowCappedQuery(timeout.toMillis(), maxRows))
                    .add(DATASET, graph.dataset(), false);
            if (writers != null) {
                var users = writers.userStore();
                try {
                    users.start();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot start the user store of " + writers.file(), e);
                }
                b.addEndpoint(DATASET, UPDATE, Operation.Update, Auth.ANY_USER)
                        .addEndpoint(DATASET, DATA, Operation.GSP_RW, Auth.ANY_USER)
                        .securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
            }
            ReadyQueries ready = queries != null ? queries : ReadyQueries.bundled();
            b.addFilter("/*", new ConcurrencyLimit(DATASET, maxConcurrent, queueWait))
                    .addFilter("/*", new ReadyQueryService(graph, ready, DATASET, timeout, maxRows))
                    .enablePing(true);
            if (webPage) {
                WebSite.install(b, graph, timeout);
                b.addFilter("/*", new ConcurrencyLimit(WebSite.API, maxConcurrent, queueWait));
            }
            FusekiServer s = b.build();
            s.start();
            SparqlServer server = new SparqlServer(s, writers != null, announceIn);
            if (announceIn != null) {
                String local = host.equals("::1") ? "[::1]" : isLoopback(host) ? host : "127.0.0.1";
                ServerFile.write(announceIn, server.base(local));
            }
            return server;
        }

        private static boolean isLoopback(String h) {
            return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
        }
    }

    /** The port the server listens on (the real one when 0 was asked). */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint. */
    public String endpoint(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** True when the server takes writes from the users of a password file. */
    public boolean updates() {
        return updates;
    }

    /** The dataset's base URL, {@code http://HOST:PORT/conflict}. */
    public String base(String host) {
        return "http://" + host + ":" + port() + DATASET;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            if (announced != null) {
                ServerFile.remove(announced);
            }
        }
    }
}
