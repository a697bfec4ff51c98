package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DefaultProgressBarRenderer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestListener;
import org.conflictkg.IngestProgress;
import org.conflictkg.IngestReport;
import org.jline.terminal.spi.SystemStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of ingest and extract on standard error: documents and sentences done, the rate, an ETA measured in
 * characters (the inputs' sizes, known before the first is read; see {@link IngestProgress}) and the running count of
 * assertions.
 *
 * <p>On a terminal, a bar drawn by the progressbar library (me.tongfei:progressbar), redrawn twice a second by the
 * library's own thread:
 * <pre>
 * ingest  37% │███████▌            │ 112/300 docs (0:00:27 / ETA 0:00:46) 41.2k chars/s · 1,532 assertions · 4,210 sentences
 * </pre>
 * Otherwise (standard error is a file or a pipe, or {@code --progress log}), a plain line through SLF4J (the logger
 * {@value #LOGGER}, which the kg application's Logback configuration writes to standard error) every
 * {@code --progress-interval} seconds, and a last one at the end when any was written:
 * <pre>
 * 12:00:27 ingest: 112/300 documents, 1.1M/3.0M characters (37%), 4,210 sentences, 1,532 assertions; 2.4 documents/s, 41.2k characters/s; ETA 0:00:46
 * </pre>
 * A run shorter than the interval writes no line. Skipped files are reported on their own lines in every mode.
 *
 * <p>Rates and the ETA are measured from the end of the first document on, and shown as {@code ?} until a second
 * ends: the first waits for the language models to load, which says nothing about the rest of the run.
 *
 * <p>Used from the command's thread; the bar's renderer reads the latest counts from the library's thread, through a
 * volatile snapshot.
 */
final class ProgressDisplay implements IngestListener, AutoCloseable {
    static final String LOGGER = "org.conflictkg.cli.progress";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final String task;
    private final PrintWriter err;
    private final ProgressOptions.Mode mode;
    private final long interval;
    private final int docsTotal;
    private final long charsTotal;
    private final long t0 = System.nanoTime();
    private final ProgressBar bar;
    private boolean closed;
    private volatile Snapshot snapshot;
    // the display's own running counts, for the commands that make their events here (extract)
    private int done;
    private long charsDone;
    private long sentencesDone;
    private long assertionsDone;
    private int skippedDone;
    // log lines
    private long lastLine;
    private IngestProgress lastLogged;

    /** The latest event, and the first and when it came (the base of the rates). */
    private record Snapshot(IngestProgress last, IngestProgress first, long firstNanos, int firstDone) {
        static long charsOf(IngestProgress p) {
            return p.charsDone();
        }

        static long docsOf(IngestProgress p) {
            return p.done();
        }
    }

    private ProgressDisplay(String task, PrintWriter err, ProgressOptions.Mode mode, long interval, int docsTotal,
                            long charsTotal) {
        this.task = task;
        this.err = err;
        this.mode = mode;
        this.interval = interval;
        this.docsTotal = docsTotal;
        this.charsTotal = charsTotal;
        this.lastLine = t0;
        this.snapshot = new Snapshot(null, null, t0, 0);
        this.bar = mode == ProgressOptions.Mode.BAR ? bar() : null;
    }

    /**
     * A display for a run over {@code inputs}, in the mode the options ask for; in {@code auto}, a bar when standard
     * error is a terminal, unless {@code stdoutIsData} and standard output is that terminal too (extract's assertions
     * would break the bar's line: they are progress enough), and log lines when it is not a terminal.
     */
    static ProgressDisplay open(String task, ProgressOptions options, picocli.CommandLine.Model.CommandSpec spec,
                                List<ConflictGraph.Input> inputs, boolean stdoutIsData) {
        ProgressOptions.Mode mode = options.mode(spec);
        long interval = options.intervalNanos(spec);
        if (mode == ProgressOptions.Mode.AUTO) {
            if (!Terminals.isTerminal(SystemStream.Error)) {
                mode = ProgressOptions.Mode.LOG;
            } else if (stdoutIsData && Terminals.isTerminal(SystemStream.Output)) {
                mode = ProgressOptions.Mode.NONE;
            } else {
                mode = ProgressOptions.Mode.BAR;
            }
        }
        return new ProgressDisplay(task, spec.commandLine().getErr(), mode, interval, inputs.size(), chars(inputs));
    }

    /** The inputs' size in characters: their files' sizes, as the ingest measures them ({@link IngestProgress}). */
    static long chars(List<ConflictGraph.Input> inputs) {
        long total = 0;
        for (ConflictGraph.Input in : inputs) {
            total += size(in.file());
        }
        return total;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    // ---- events --------------------------------------------------------------------------------------------

    @Override
    public void skipped(IngestReport.Problem problem) {
        println("skipped " + problem);
    }

    @Override
    public void progress(IngestProgress p) {
        long now = System.nanoTime();
        Snapshot s = snapshot;
        snapshot = s.last == null ? new Snapshot(p, p, now, p.done()) : new Snapshot(p, s.first, s.firstNanos, s.firstDone);
        if (bar != null) {
            if (p.charsTotal() > 0 && p.charsTotal() != bar.getMax()) {
                bar.maxHint(p.charsTotal()); // the ingest's own count of the inputs' sizes, should a file have changed
            }
            bar.stepTo(Math.min(p.charsDone(), bar.getMax()));
            bar.setExtraMessage(counts(p));
        } else if (mode == ProgressOptions.Mode.LOG && now - lastLine >= interval) {
            log(p, now);
        }
    }

    /**
     * An event for one more input of a run whose events the command makes itself (extract reads file by file), with
     * the running counts kept here.
     */
    IngestProgress next(String file, IngestProgress.Outcome outcome, long chars, int sentences, int assertions) {
        done++;
        charsDone += chars;
        sentencesDone += sentences;
        assertionsDone += assertions;
        if (outcome == IngestProgress.Outcome.SKIPPED) {
            skippedDone++;
        }
        return new IngestProgress(file, outcome, done, docsTotal, chars, charsDone, charsTotal, sentences, sentencesDone,
                assertions, assertionsDone, skippedDone, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** A line of its own on standard error (a skipped file), above the bar when there is one. */
    void println(String line) {
        err.print(bar != null ? "\r\033[K" + line + "\n" : line + "\n");
        err.flush();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close(); // the library draws the bar a last time and ends its line
        } else if (mode == ProgressOptions.Mode.LOG && lastLogged != null) {
            IngestProgress last = snapshot.last;
            if (last != null && last != lastLogged) {
                log(last, System.nanoTime());
            }
        }
    }

    private void log(IngestProgress p, long now) {
        lastLine = now;
        lastLogged = p;
        LOG.info("{}", line(p, now));
    }

    // ---- text ----------------------------------------------------------------------------------------------

    /** The log line for an event seen at {@code now}. */
    String line(IngestProgress p, long now) {
        StringBuilder b = new StringBuilder(task).append(": ");
        b.append(p.done()).append('/').append(p.total()).append(" documents, ");
        b.append(size(p.charsDone())).append('/').append(size(p.charsTotal())).append(" characters (")
                .append((int) Math.floor(p.fractionDone() * 100)).append("%), ");
        b.append(count(p.sentencesDone())).append(" sentences, ").append(count(p.assertionsDone())).append(" assertions");
        if (p.skippedDone() > 0) {
            b.append(", ").append(count(p.skippedDone())).append(" skipped");
        }
        b.append(" in ").append(duration(Duration.ofNanos(now - t0))).append("; ");
        b.append(rate(docsPerSecond(now), false)).append(" documents/s, ")
                .append(rate(charsPerSecond(now), true)).append(" characters/s; ETA ")
                .append(eta(now).map(ProgressDisplay::duration).orElse("?"));
        return b.toString();
    }

    /** The counts after the bar: assertions, sentences and skipped files so far. */
    private static String counts(IngestProgress p) {
        String s = " · " + count(p.assertionsDone()) + " assertions · " + count(p.sentencesDone()) + " sentences";
        return p.skippedDone() > 0 ? s + " · " + count(p.skippedDone()) + " skipped" : s;
    }

    /**
     * Characters per second since the first document ended, once another has; unknown before, unless the run is over
     * (then since the start).
     */
    double charsPerSecond(long now) {
        return perSecond(now, Snapshot::charsOf);
    }

    /** Documents per second, measured as {@link #charsPerSecond} is. */
    double docsPerSecond(long now) {
        return perSecond(now, Snapshot::docsOf);
    }

    private double perSecond(long now, java.util.function.ToLongFunction<IngestProgress> amount) {
        Snapshot s = snapshot;
        if (s.last == null) {
            return Double.NaN;
        }
        if (s.last.done() > s.firstDone && now > s.firstNanos) {
            return (amount.applyAsLong(s.last) - amount.applyAsLong(s.first)) / ((now - s.firstNanos) / 1e9);
        }
        if (s.last.done() >= s.last.total() && now > t0) {
            return amount.applyAsLong(s.last) / ((now - t0) / 1e9);
        }
        return Double.NaN;
    }

    /** The rest of the run's characters at the rate of {@link #charsPerSecond}; zero once all are done. */
    Optional<Duration> eta(long now) {
        Snapshot s = snapshot;
        if (s.last == null) {
            return Optional.empty();
        }
        if (s.last.done() >= s.last.total()) {
            return Optional.of(Duration.ZERO);
        }
        if (s.last.done() > s.firstDone && now > s.firstNanos) {
            return IngestProgress.eta(Duration.ofNanos(now - s.firstNanos), s.last.charsDone() - s.first.charsDone(),
                    s.last.charsTotal() - s.first.charsDone());
        }
        return Optional.empty();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 950, 12.3k, 4.5M. */
    static String size(long chars) {
        if (chars < 1000) {
            return Long.toString(chars);
        }
        if (chars < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", chars / 1e3);
        }
        return String.format(Locale.ROOT, "%.1fM", chars / 1e6);
    }

    private static String rate(double perSecond, boolean asSize) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            return "?";
        }
        return asSize ? size(Math.round(perSecond)) : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** h:mm:ss, as the bar shows durations. */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }

    // ---- the bar -------------------------------------------------------------------------------------------

    private ProgressBar bar() {
        ProgressBar b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, charsTotal))
                .setUpdateIntervalMillis(500)
                .continuousUpdate() // the elapsed time and the ETA move between documents too
                .setRenderer(new Renderer(unicode() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII))
                .setConsumer(new ConsoleProgressBarConsumer(System.err, Terminals.errorWidth() - 1))
                .build();
        b.setExtraMessage(" · loading the language models");
        return b;
    }

    /** Whether standard error can show the bar's block characters. */
    private static boolean unicode() {
        String enc = System.getProperty("stderr.encoding", System.getProperty("sun.stderr.encoding",
                System.getProperty("file.encoding", Charset.defaultCharset().name())));
        return enc.toUpperCase(Locale.ROOT).contains("UTF");
    }

    /**
     * The library's renderer (percentage, bar, elapsed and ETA, speed, our counts after it), with the documents done
     * where it shows the characters done, and the rate and ETA of {@link #charsPerSecond} and {@link #eta}.
     */
    private final class Renderer extends DefaultProgressBarRenderer {
        Renderer(ProgressBarStyle style) {
            super(style, "", 1, true, new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                    ChronoUnit.SECONDS, true, state -> eta(System.nanoTime()));
        }

        @Override
        protected String ratio(ProgressState state) {
            IngestProgress last = snapshot.last;
            return (last == null ? 0 : last.done()) + "/" + docsTotal + " docs";
        }

        @Override
        protected String speed(ProgressState state) {
            return rate(charsPerSecond(System.nanoTime()), true) + " chars/s";
        }

        @Override
        protected String etaString(ProgressState state) {
            return "ETA " + super.etaString(state);
        }
    }
}
