package org.conflictkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves at most {@code max} requests to a path at once; one more waits up to {@code wait} for a slot (none by
 * default) and is then answered with HTTP 503, a {@code Retry-After} header and a one-line message, instead of
 * waiting for a thread. The web page's API waits a little: the page sends a burst of small requests when it opens.
 */
final class ConcurrencyLimit implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyLimit.class);

    private final String dataset;
    private final int max;
    private final Semaphore permits;
    private final java.time.Duration wait;

    ConcurrencyLimit(String dataset, int max) {
        this(dataset, max, java.time.Duration.ZERO);
    }

    ConcurrencyLimit(String dataset, int max, java.time.Duration wait) {
        this.dataset = dataset;
        this.max = max;
        this.permits = new Semaphore(max);
        this.wait = wait;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request instanceof HttpServletRequest h ? h.getRequestURI() : null;
        if (path == null || !(path.equals(dataset) || path.startsWith(dataset + "/"))) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            LOG.warn("refused a request to {}: all {} query slots in use", path, max);
            HttpServletResponse r = (HttpServletResponse) response;
            r.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            r.setHeader("Retry-After", "1");
            r.setContentType("text/plain;charset=utf-8");
            r.getWriter().println("Server busy: all " + max + " query slots are in use; try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean acquire() {
        try {
            return wait.isZero() ? permits.tryAcquire() : permits.tryAcquire(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
