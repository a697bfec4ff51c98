package org.conflictkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves at most {@code max} requests to a path at once. One more waits up to {@code wait} for a slot, in the order
 * the requests came (a fair semaphore), and is then served; only a request that found no slot within {@code wait}
 * is answered with HTTP 503, a {@code Retry-After} header and a one-line message. The server installs one for the
 * dataset's paths and one for the web page's API, with the same wait ({@link SparqlServer.Builder#queueWait}).
 *
 * <p>Refusals are logged at most once a minute, as a count ({@link RefusalLog}), not one line each: a client that
 * floods the server would otherwise flood the log too.
 */
final class ConcurrencyLimit implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyLimit.class);

    private final String path;
    private final int max;
    private final Semaphore permits;
    private final Duration wait;
    private final RefusalLog refusals;

    ConcurrencyLimit(String path, int max, Duration wait) {
        if (max < 1) {
            throw new IllegalArgumentException("the concurrency cap must be at least 1");
        }
        if (wait == null || wait.isNegative()) {
            throw new IllegalArgumentException("the wait for a slot must be zero or more");
        }
        this.path = path;
        this.max = max;
        this.permits = new Semaphore(max, true);
        this.wait = wait;
        this.refusals = new RefusalLog(path, max, wait, System::nanoTime, Duration.ofMinutes(1));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request instanceof HttpServletRequest h ? h.getRequestURI() : null;
        if (uri == null || !(uri.equals(path) || uri.startsWith(path + "/"))) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            refusals.refused();
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
            // tryAcquire() alone would barge past the requests already waiting
            return wait.isZero() ? permits.tryAcquire(0, TimeUnit.MILLISECONDS)
                    : permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The requests refused since the server started. */
    long refused() {
        return refusals.total();
    }

    /** The requests waiting for a slot now (an estimate, as {@link Semaphore#getQueueLength()}). */
    int waiting() {
        return permits.getQueueLength();
    }

    /**
     * Logs refusals as a count: the first one at once, then at most one line per {@code period}, with the number
     * refused since the last line.
     */
    static final class RefusalLog {
        private final String path;
        private final int max;
        private final Duration wait;
        private final LongSupplier nanoClock;
        private final long period;
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong unlogged = new AtomicLong();
        private final AtomicLong nextLine;

        RefusalLog(String path, int max, Duration wait, LongSupplier nanoClock, Duration period) {
            this.path = path;
            this.max = max;
            this.wait = wait;
            this.nanoClock = nanoClock;
            this.period = period.toNanos();
            this.nextLine = new AtomicLong(nanoClock.getAsLong());
        }

        /** Counts one refusal; returns the line it logged, or null when it logged none. */
        String refused() {
            total.incrementAndGet();
            unlogged.incrementAndGet();
            long now = nanoClock.getAsLong();
            long next = nextLine.get();
            if (now - next < 0 || !nextLine.compareAndSet(next, now + period)) {
                return null;
            }
            long n = unlogged.getAndSet(0);
            String line = String.format(java.util.Locale.ROOT, "refused %d request(s) to %s with HTTP 503 since %s: "
                    + "all %d query slots were in use for %s ms (%d refused since the server started; at most one "
                    + "such line a minute)", n, path, total.get() == n ? "the server started" : "the last such line",
                    max, wait.toMillis(), total.get());
            LOG.warn(line);
            return line;
        }

        long total() {
            return total.get();
        }
    }
}
