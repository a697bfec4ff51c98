package org.conflictkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.ConflictGraph;

/**
 * A read-only SPARQL endpoint over a {@link ConflictGraph}, on embedded Apache Jena Fuseki: queries at
 * {@code http://HOST:PORT/conflict/sparql}; updates and uploads are refused.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create(graph).port(3030).start()) { ... }
 * }</pre>
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/conflict";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder create(ConflictGraph graph) {
        return new Builder(graph);
    }

    /** Configures a server. */
    public static final class Builder {
        private final ConflictGraph graph;
        private int port = 3030;
        private String host = "127.0.0.1";

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

        public SparqlServer start() {
            FusekiServer s = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .add(DATASET, graph.dataset(), false)
                    .enablePing(true)
                    .build();
            s.start();
            return new SparqlServer(s);
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

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
