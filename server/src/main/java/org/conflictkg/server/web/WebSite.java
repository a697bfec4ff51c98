package org.conflictkg.server.web;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.ConflictGraph;

/**
 * The web site beside the SPARQL endpoint: the alliance network at {@code /}, the SPARQL editor at {@code /sparql}
 * and the JSON API at {@code /api/}. {@link org.conflictkg.server.SparqlServer.Builder#webPage(boolean)} installs it.
 *
 * <p>Stateless; thread-safe.
 */
public final class WebSite {
    /** The path of the JSON API. */
    public static final String API = "/api";

    private WebSite() {}

    /** Adds the page, the editor and the API (whose network queries stop after the timeout) to a Fuseki server being built. */
    public static void install(FusekiServer.Builder builder, ConflictGraph graph, Duration timeout) {
        builder.addServlet(API + "/*", new WebApi(graph, timeout));
        builder.addFilter("/*", new StaticFiles());
    }
}
