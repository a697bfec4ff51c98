package org.conflictkg.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.text.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentences and tokens from OpenNLP, then part-of-speech tags, lemmas, named entities and a dependency tree from
 * NLP4J (Emory NLP, Apache-2.0, models from Maven Central).
 *
 * <p>OpenNLP keeps the tokenization: its Penn-style tokens keep hyphenated names whole ("al-Bab", "U.S.-led"),
 * where NLP4J's tokenizer splits them. One NLP4J decoder serves every thread: its models are read-only while
 * decoding (checked: the same output from one and from two threads over 10,863 sentences).
 *
 * <p>The decoder is loaded once per process, on first use: 2.1 GB of live heap, and about 50 s of one core the
 * first time, a few seconds once {@link ModelCache} has kept an uncompressed copy of the models.
 */
final class Nlp4jAnalyzer implements SentenceAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jAnalyzer.class);
    private static final String CONFIG = "/edu/emory/mathcs/nlp/configuration/config-decode-en.xml";
    /**
     * Longer sentences are parsed in windows of this many tokens, so that no single parse grows without bound; the
     * {@link Segmenter} already cuts sentences to this length at clause boundaries.
     */
    static final int MAX_PARSE = Segmenter.MAX_SENTENCE_TOKENS;

    /**
     * What the parser reads for an acronym spelled like a common word ("IS", "US"): the tagger lower-cases words
     * for most of its features and reads "IS" as the verb "is", which breaks the whole tree. A known acronym of
     * the same kind keeps it a proper noun; the token keeps its own text.
     */
    private static final String ACRONYM_STAND_IN = "NATO";
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("is", "us", "it", "as", "in",
            "on", "or", "at", "an", "am", "me", "we", "he", "be", "do", "so", "no", "to", "up", "of", "by", "if",
            "and", "are", "was", "has", "had", "his", "her", "our", "who", "may", "can", "all", "not", "for");

    private static volatile NLPDecoder decoder;

    private final Segmenter segmenter;

    Nlp4jAnalyzer(OpenNlpModels models) {
        this.segmenter = new Segmenter(models);
    }

    /** The shared decoder, loaded on first use. */
    static NLPDecoder decoder() {
        NLPDecoder d = decoder;
        if (d == null) {
            synchronized (Nlp4jAnalyzer.class) {
                d = decoder;
                if (d == null) {
                    long t0 = System.nanoTime();
                    try (InputStream in = Nlp4jAnalyzer.class.getResourceAsStream(CONFIG)) {
                        if (in == null) {
                            throw new IllegalStateException("NLP4J configuration " + CONFIG + " is not on the classpath");
                        }
                        String config = ModelCache.configuration(ModelCache.read(in));
                        d = new NLPDecoder(new DecodeConfig(new java.io.ByteArrayInputStream(
                                config.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the NLP4J configuration", e);
                    }
                    LOG.info("dependency parser (NLP4J) loaded in {} s", (System.nanoTime() - t0) / 1_000_000_000);
                    decoder = d;
                }
            }
        }
        return d;
    }

    @Override
    public List<Sentence> analyze(Document document) {
        NLPDecoder d = decoder();
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        for (Segmenter.Segment s : segmenter.segment(document)) {
            int n = s.words().length;
            List<Token> tokens = new ArrayList<>(n);
            for (int from = 0; from < n; from += MAX_PARSE) {
                int to = Math.min(n, from + MAX_PARSE);
                parse(d, text, s, from, to, tokens);
            }
            out.add(new Sentence(out.size(), s.start(), s.end(), s.text(), tokens));
        }
        return out;
    }

    static boolean isAcronymOfAWord(String w) {
        return w.length() >= 2 && w.length() <= 3 && w.chars().allMatch(Character::isUpperCase)
                && FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** A sentence in capitals (a headline): its "IS" may be the verb. */
    private static boolean shouting(String[] words) {
        int upper = 0;
        int letters = 0;
        for (String w : words) {
            if (w.chars().anyMatch(Character::isLetter)) {
                letters++;
                if (w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 2 > letters;
    }

    /**
     * Parses words {@code [from, to)} of a segment and appends their tokens, heads shifted by {@code from}.
     * Quotation marks are left out of what the parser reads: a quote inside a clause makes it read the next verb
     * as a noun ({@code Moscow and Tehran "exchange capacities"}). Each quote then hangs from the word after it
     * (or before it, at the end) as punctuation.
     */
    private static void parse(NLPDecoder d, String text, Segmenter.Segment s, int from, int to, List<Token> out) {
        boolean shouting = shouting(s.words());
        int[] parsed = new int[to - from]; // position among the words the parser reads, or -1 for a quote
        List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String w = s.words()[i];
            if (Segmenter.isQuote(w) && to - from > 1) {
                parsed[i - from] = -1;
                continue;
            }
            parsed[i - from] = words.size();
            if (w.equals("-") && text.charAt(s.starts()[i]) == '\u2014') {
                w = "--"; // an em dash, as the parser's training text writes it (not a hyphen)
            }
            words.add(new edu.emory.mathcs.nlp.component.tokenizer.token.Token(
                    !shouting && isAcronymOfAWord(w) ? ACRONYM_STAND_IN : w));
        }
        int[] original = new int[words.size()];
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] >= 0) {
                original[parsed[i]] = from + i;
            }
        }
        NLPNode[] nodes = words.isEmpty() ? new NLPNode[1] : d.decode(d.toNodeArray(words));
        if (verbsOfVerblessClauses(nodes)) {
            reparse(d, nodes);
        }
        for (int i = from; i < to; i++) {
            int p = parsed[i - from];
            String form = Segmenter.form(text, s, i);
            if (p < 0) {
                out.add(new Token(form, s.starts()[i], s.ends()[i], "``", form, quoteHead(parsed, original, i - from),
                        "punct", "O"));
                continue;
            }
            // node 0 is NLP4J's artificial root; node k is word k - 1
            NLPNode node = nodes[p + 1];
            NLPNode h = node.getDependencyHead();
            int head = h == null || h.getID() == 0 ? -1 : original[h.getID() - 1];
            out.add(new Token(form, s.starts()[i], s.ends()[i], node.getPartOfSpeechTag(), node.getLemma(), head,
                    label(node), node.getNamedEntityTag()));
        }
    }

    /**
     * NLP4J's tagger can read the complementizer "that" as a determiner before a plural noun, and the verb of a
     * "that" clause as a noun when a proper-noun subject stands before it
     * ("told IRNA that Moscow and Tehran exchange capacities"); the parser then hangs the complementizer from that
     * noun, which leaves the clause without a verb. Such a noun, right after a noun or pronoun, is retagged as a
     * present-tense verb.
     *
     * @return whether a tag changed, so that the sentence must be parsed again
     */
    static boolean verbsOfVerblessClauses(NLPNode[] nodes) {
        boolean changed = false;
        for (int k = 1; k + 1 < nodes.length; k++) {
            String next = nodes[k + 1].getPartOfSpeechTag();
            if ("that".equalsIgnoreCase(nodes[k].getWordForm()) && "DT".equals(nodes[k].getPartOfSpeechTag())
                    && ("NNS".equals(next) || "NNPS".equals(next))) {
                // "announced that airstrikes killed ...": before a plural noun, "that" is no determiner
                nodes[k].setPartOfSpeechTag("IN");
                changed = true;
            }
        }
        for (int k = 2; k < nodes.length; k++) {
            NLPNode n = nodes[k];
            String tag = n.getPartOfSpeechTag();
            String before = nodes[k - 1].getPartOfSpeechTag();
            if (!("NN".equals(tag) || "NNS".equals(tag)) || before == null
                    || !(before.startsWith("NNP") || before.equals("PRP") || before.equals("NNS"))) {
                continue;
            }
            boolean complementized = n.getDependentListByLabel("mark").stream()
                    .anyMatch(m -> "that".equals(m.getLemma()) || "whether".equals(m.getLemma()));
            if (complementized) {
                n.setPartOfSpeechTag("NN".equals(tag) ? "VBP" : "VBZ");
                changed = true;
            }
        }
        return changed;
    }

    /** Parses the nodes again with the tags they now have: only the dependency parser runs. */
    private static void reparse(NLPDecoder d, NLPNode[] nodes) {
        for (int k = 1; k < nodes.length; k++) {
            nodes[k].clearDependencies();
        }
        for (var component : d.getComponents()) {
            if (component instanceof edu.emory.mathcs.nlp.component.dep.DEPParser) {
                component.process(nodes);
            }
        }
    }

    /**
     * The node's dependency label, with one normalization: NLP4J labels the "to" phrase of a verb with two
     * objects "dative" ("sent aid to Afghanistan"), where other verbs' phrases are "prep". Readers of the tree
     * look for "prep"; a dative noun phrase ("gave Brazil loans") keeps its label.
     */
    private static String label(NLPNode node) {
        String label = node.getDependencyLabel();
        String tag = node.getPartOfSpeechTag();
        return "dative".equals(label) && ("IN".equals(tag) || "TO".equals(tag)) ? "prep" : label;
    }

    /** The word a quote hangs from: the next parsed word, else the one before; -1 when there is none. */
    private static int quoteHead(int[] parsed, int[] original, int at) {
        for (int k = at + 1; k < parsed.length; k++) {
            if (parsed[k] >= 0) {
                return original[parsed[k]];
            }
        }
        for (int k = at - 1; k >= 0; k--) {
            if (parsed[k] >= 0) {
                return original[parsed[k]];
            }
        }
        return -1;
    }
}
