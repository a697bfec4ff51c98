package org.conflictkg.server.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.conflictkg.ConflictGraph;

/**
 * The web site beside the SPARQL endpoint: the alliance network at {@code /}, the SPARQL editor at {@code /sparql}
 * and the JSON API at {@code /api/}. {@link org.conflictkg.server.SparqlServer.Builder#webPage(boolean)} installs it.
 */
public final class WebSite {
    private WebSite() {}

    /** Adds the page, the editor and the API to a Fuseki server being built. */
    public static void install(FusekiServer.Builder builder, ConflictGraph graph) {
        builder.addServlet("/api/*", new WebApi(graph));
        builder.addFilter("/*", new StaticFiles());
    }
}
