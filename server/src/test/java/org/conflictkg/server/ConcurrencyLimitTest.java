package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Refusals are logged as a count, at most one line a period, on a clock the test moves. */
class ConcurrencyLimitTest {
    @Test
    void logsTheFirstRefusalThenOneCountAPeriod() {
        AtomicLong now = new AtomicLong(1_000);
        long second = 1_000_000_000L;
        var log = new ConcurrencyLimit.RefusalLog("/conflict", 4, Duration.ofSeconds(10), now::get, Duration.ofMinutes(1));

        String first = log.refused();
        assertNotNull(first, "the first refusal is logged at once");
        assertTrue(first.startsWith("refused 1 request(s) to /conflict"), first);
        for (int i = 0; i < 500; i++) {
            now.addAndGet(second / 10);
            assertNull(log.refused(), "no line within the minute");
        }
        now.addAndGet(11 * second); // 61 s after the first line
        String next = log.refused();
        assertNotNull(next);
        assertTrue(next.startsWith("refused 501 request(s) to /conflict with HTTP 503 since the last such line"), next);
        assertTrue(next.contains("(502 refused since the server started"), next);
        assertNull(log.refused());
        assertEquals(503, log.total());
    }
}
