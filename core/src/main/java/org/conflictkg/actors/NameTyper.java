package org.conflictkg.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and types names the gazetteer does not know, with the project's statistical name finder
 * ({@code en-ner-conflict.bin}, trained on the Groningen Meaning Bank by
 * {@code org.conflictkg.tools.TrainNameFinder}; see {@code en-ner-conflict.md}).
 *
 * <p>The training data (GMB) puts titles inside person names ("President Bush", "Mr. Annan"); this class
 * drops leading titles from person spans, so "Foreign Minister Ayman Safadi" gives the span "Ayman Safadi".
 *
 * <p>Thread-safe: the model is shared and immutable; each thread gets its own {@link NameFinderME}.
 * The finder keeps adaptive data (how a word was typed earlier in the document), so callers call
 * {@link #clearAdaptiveData()} between documents, on the thread that processes them.
 */
public final class NameTyper {

    private static final Logger LOG = LoggerFactory.getLogger(NameTyper.class);

    /** Classpath resource of the bundled model, relative to this class. */
    public static final String MODEL_RESOURCE = "en-ner-conflict.bin";

    /** A person: GMB {@code per}. */
    public static final String PERSON = "person";
    /** A company, agency, party, armed group or other organization: GMB {@code org}. */
    public static final String ORGANIZATION = "organization";
    /** A geographical name (country, city, region, river...): GMB {@code geo}. */
    public static final String LOCATION = "location";
    /** A geopolitical adjective or nationality ("Afghan", "British"): GMB {@code gpe}. */
    public static final String GPE = "gpe";

    /** Words dropped from the start of a person span (compared without a trailing dot, case-insensitively). */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "president", "president-elect", "vice", "prime", "minister", "premier",
            "chancellor", "secretary", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
            "ambassador", "envoy", "king", "queen", "crown", "prince", "emir", "sultan", "pope", "general", "gen",
            "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "commander", "cmdr", "admiral",
            "adm", "marshal", "field", "sergeant", "sgt", "brigadier", "brig", "chief", "foreign", "defense",
            "defence", "interior", "finance", "deputy", "former", "acting", "opposition", "rebel", "militant",
            "spokesman", "spokeswoman", "leader", "judge", "justice", "speaker", "cleric", "ayatollah");

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;

    /** A typer over the given model (shared; the model is immutable). */
    public NameTyper(TokenNameFinderModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
    }

    /** The typer over the bundled model, loaded once on first use. */
    public static NameTyper load() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final NameTyper BUNDLED = new NameTyper(readBundledModel());
    }

    private static TokenNameFinderModel readBundledModel() {
        long t0 = System.nanoTime();
        try (InputStream in = NameTyper.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name finder model not on the classpath: "
                        + NameTyper.class.getPackageName().replace('.', '/') + "/" + MODEL_RESOURCE);
            }
            TokenNameFinderModel m = new TokenNameFinderModel(in);
            LOG.debug("Loaded name finder model {} in {} ms", MODEL_RESOURCE, (System.nanoTime() - t0) / 1_000_000);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name finder model " + MODEL_RESOURCE, e);
        }
    }

    /** The underlying model. */
    public TokenNameFinderModel model() {
        return model;
    }

    /**
     * The names in one tokenized sentence, in text order, with their types and probabilities.
     * Feeds the adaptive data of this thread's finder (see {@link #clearAdaptiveData()}).
     */
    public List<TypedName> find(String[] tokens) {
        Objects.requireNonNull(tokens, "tokens");
        if (tokens.length == 0) {
            return List.of();
        }
        NameFinderME f = finder.get();
        Span[] spans = f.find(tokens);
        if (spans.length == 0) {
            return List.of();
        }
        double[] probs = f.probs(spans);
        List<TypedName> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            int start = s.getStart();
            if (PERSON.equals(s.getType())) {
                while (start < s.getEnd() - 1 && isTitle(tokens[start])) {
                    start++;
                }
            }
            out.add(new TypedName(start, s.getEnd(), s.getType(), probs[i]));
        }
        return List.copyOf(out);
    }

    static boolean isTitle(String token) {
        String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return TITLES.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** Forgets what this thread's finder learned from the previous document; call between documents. */
    public void clearAdaptiveData() {
        finder.get().clearAdaptiveData();
    }
}
