// ReVerb 1.4.3 throughput on a file of sentences, one per line. Not compiled by Maven: the benchmark runs it in its
// own JVM with Java's source-file launcher, on a classpath of ReVerb and its OpenNLP 1.5.3 only
// (target/bench/reverb-lib, copied by the bench profile), because OpenNLP 1.5 and our OpenNLP 2.5 share package
// names and cannot be on one classpath:
//
//   java -Xmx2g -cp 'target/bench/reverb-lib/*' src/bench/reverb/ReVerbRunner.java SENTENCES_FILE THREADS...
//
// For each thread count: a warm-up on every worker thread, then the whole file, timed. The pipeline per sentence
// is ReVerb's own: OpenNlpSentenceChunker (OpenNLP 1.5 tokenizer, maxent POS tagger, chunker), ReVerbExtractor,
// ReVerbOpenNlpConfFunction for each extraction. One set of instances per thread (none of them is documented as
// thread-safe). Prints "RESULT key=value ..." lines that the benchmark reads.

import edu.washington.cs.knowitall.extractor.ReVerbExtractor;
import edu.washington.cs.knowitall.extractor.conf.ConfidenceFunction;
import edu.washington.cs.knowitall.extractor.conf.ReVerbOpenNlpConfFunction;
import edu.washington.cs.knowitall.nlp.ChunkedSentence;
import edu.washington.cs.knowitall.nlp.OpenNlpSentenceChunker;
import edu.washington.cs.knowitall.nlp.extraction.ChunkedBinaryExtraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class ReVerbRunner {
    static final int BLOCK = 32;

    static final class Worker {
        final OpenNlpSentenceChunker chunker;
        final ReVerbExtractor reverb;
        final ConfidenceFunction conf;
        long sentences;
        long tokens;
        long extractions;
        long confident; // confidence >= 0.5
        long failures;

        Worker() throws Exception {
            chunker = new OpenNlpSentenceChunker();
            reverb = new ReVerbExtractor();
            conf = new ReVerbOpenNlpConfFunction();
        }

        void run(String sentence) {
            try {
                ChunkedSentence cs = chunker.chunkSentence(sentence);
                tokens += cs.getLength();
                for (ChunkedBinaryExtraction x : reverb.extract(cs)) {
                    extractions++;
                    if (conf.getConf(x) >= 0.5) {
                        confident++;
                    }
                }
            } catch (Exception e) {
                failures++;
            }
            sentences++;
        }

        void reset() {
            sentences = tokens = extractions = confident = failures = 0;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> sentences = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int warmup = Math.min(sentences.size(), Math.max(500, Math.min(3000, sentences.size() / 10)));
        for (int a = 1; a < args.length; a++) {
            int threads = Integer.parseInt(args[a]);
            List<Worker> workers = new ArrayList<>();
            long l0 = System.nanoTime();
            for (int i = 0; i < threads; i++) {
                workers.add(new Worker());
            }
            long loadMs = (System.nanoTime() - l0) / 1_000_000;
            // warm-up: every worker runs the first sentences
            runAll(workers, sentences.subList(0, warmup), true);
            for (Worker w : workers) {
                w.reset();
            }
            long t0 = System.nanoTime();
            runAll(workers, sentences, false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long s = 0, t = 0, x = 0, c = 0, f = 0;
            for (Worker w : workers) {
                s += w.sentences;
                t += w.tokens;
                x += w.extractions;
                c += w.confident;
                f += w.failures;
            }
            System.out.printf(java.util.Locale.ROOT,
                    "RESULT threads=%d sentences=%d tokens=%d seconds=%.3f extractions=%d confident=%d failures=%d warmup=%d loadMs=%d%n",
                    threads, s, t, seconds, x, c, f, warmup, loadMs);
            System.out.flush();
        }
    }

    /** Runs the sentences on the workers, one thread each; with {@code each}, every worker runs all of them. */
    static void runAll(List<Worker> workers, List<String> sentences, boolean each) throws InterruptedException {
        if (workers.size() == 1) {
            Worker w = workers.get(0);
            for (String s : sentences) {
                w.run(s);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (Worker w : workers) {
            Thread th = new Thread(() -> {
                if (each) {
                    for (String s : sentences) {
                        w.run(s);
                    }
                    return;
                }
                int from;
                while ((from = next.getAndAdd(BLOCK)) < sentences.size()) {
                    int to = Math.min(sentences.size(), from + BLOCK);
                    for (int i = from; i < to; i++) {
                        w.run(sentences.get(i));
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
    }
}
