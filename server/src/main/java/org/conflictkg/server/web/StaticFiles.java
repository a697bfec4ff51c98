package org.conflictkg.server.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The page's files, bundled by the build into {@code org/conflictkg/server/web/static/} on the classpath: {@code /}
 * is {@code index.html} (the network), {@code /sparql} the SPARQL editor. Nothing is fetched from elsewhere at run
 * time; the Content-Security-Policy says so to the browser too. A filter, not a servlet, because Fuseki keeps
 * {@code /} for its own 404 servlet: every other path goes on to Fuseki.
 *
 * <p>Thread-safe: it holds no state, and Jetty calls the one instance from every request thread.
 */
public final class StaticFiles implements Filter {
    static final String ROOT = "/org/conflictkg/server/web/static/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = switch (path) {
            case "", "/", "/index.html" -> "index.html";
            case "/sparql", "/sparql.html" -> "sparql.html";
            default -> path.substring(1);
        };
        String ext = name.substring(name.lastIndexOf('.') + 1);
        boolean read = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        if (!read || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || !TYPES.containsKey(ext)
                || StaticFiles.class.getResource(ROOT + name) == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", ext.equals("html") ? "no-cache" : "max-age=300");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", CSP);
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
