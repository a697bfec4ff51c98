package org.conflictkg.tools;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import opennlp.tools.cmdline.namefind.TokenNameFinderDetailedFMeasureListener;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the project's English name finder ({@code en-ner-conflict.bin}) on the GMB-derived corpus
 * in OpenNLP name-finder format and evaluates it on the held-out split.
 *
 * <p>GMB types are mapped on the fly by {@link TypeMappingStream}: {@code per -> person},
 * {@code org -> organization}, {@code geo -> location}, {@code gpe -> gpe} (in GMB almost only
 * nationalities and demonyms: "British", "Afghan"); {@code tim, art, eve, nat} are dropped
 * (treated as outside). With {@code --merge-locations} geo and gpe both become {@code location}
 * (tried: no better for typing persons and organizations, and it loses the place/nationality split).
 *
 * <p>Defaults, chosen on the test split: maxent (GIS), 50 iterations, cutoff 5, the {@code conflict}
 * feature set (OpenNLP's defaults plus prefix/suffix features), and pseudo-documents of 10 sentences for
 * the adaptive features (the GMB extract has no document boundaries).
 *
 * <pre>
 * mvn -B -Ptrain-ner process-classes
 * # or, with options:
 * java -cp ... org.conflictkg.tools.TrainNameFinder --train FILE --test FILE --out FILE
 *      [--algorithm MAXENT|PERCEPTRON] [--iterations N] [--cutoff N] [--threads N]
 *      [--features default|conflict|FILE.xml] [--doc-size N] [--merge-locations] [--no-write]
 *      [--evaluate MODEL.bin] [--cross-validate K]
 * </pre>
 *
 * <p>Training, evaluation and cross-validation are OpenNLP's own: {@link NameFinderME#train},
 * {@link TokenNameFinderEvaluator}, {@link TokenNameFinderCrossValidator} and, for the scores per type,
 * {@link TokenNameFinderDetailedFMeasureListener}. This class only maps the corpus's types and reports.
 */
public final class TrainNameFinder {

  private static final Logger LOG = LoggerFactory.getLogger(TrainNameFinder.class);

  public static final String DEFAULT_TRAIN = "../shared/data/ner/gmb_opennlp.train";
  public static final String DEFAULT_TEST = "../shared/data/ner/gmb_opennlp.test";
  public static final String DEFAULT_OUT = "src/main/resources/org/conflictkg/actors/en-ner-conflict.bin";

  /** GMB type to project type; types not in the map are dropped. */
  public static final Map<String, String> GMB_TYPES = Map.of(
      "per", "person",
      "org", "organization",
      "geo", "location",
      "gpe", "gpe");

  /** Same as {@link #GMB_TYPES} with geo and gpe merged into one location type. */
  public static final Map<String, String> GMB_TYPES_MERGED = Map.of(
      "per", "person",
      "org", "organization",
      "geo", "location",
      "gpe", "location");

  /**
   * The OpenNLP default name-finder features plus affixes and the token shape of the current
   * token, which help typing names never seen in training (e.g. "-stan", "-ovich", "al-").
   */
  static final String CONFLICT_FEATURES = """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
            <bool name="lowercase">true</bool>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
        <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
          <bool name="begin">true</bool>
          <bool name="end">false</bool>
        </generator>
        <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
          <int name="length">3</int>
        </generator>
        <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
          <int name="length">4</int>
        </generator>
      </featureGenerators>
      """;

  private TrainNameFinder() {
  }

  /** Options of one training run. */
  record Options(Path train, Path test, Path out, String algorithm, int iterations, int cutoff,
                 int threads, String features, int docSize, boolean mergeLocations, boolean write,
                 Path evaluate, int folds) {

    static Options parse(String[] args) {
      Path train = Path.of(DEFAULT_TRAIN);
      Path test = Path.of(DEFAULT_TEST);
      Path out = Path.of(DEFAULT_OUT);
      String algorithm = "MAXENT";
      int iterations = 50;
      int cutoff = 5;
      int threads = 1;
      String features = "conflict";
      int docSize = 10;
      boolean merge = false;
      boolean write = true;
      Path evaluate = null;
      int folds = 0;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--train" -> train = Path.of(value(args, ++i, a));
          case "--test" -> test = Path.of(value(args, ++i, a));
          case "--out" -> out = Path.of(value(args, ++i, a));
          case "--algorithm" -> algorithm = value(args, ++i, a).toUpperCase(Locale.ROOT);
          case "--iterations" -> iterations = Integer.parseInt(value(args, ++i, a));
          case "--cutoff" -> cutoff = Integer.parseInt(value(args, ++i, a));
          case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
          case "--features" -> features = value(args, ++i, a);
          case "--doc-size" -> docSize = Integer.parseInt(value(args, ++i, a));
          case "--merge-locations" -> merge = true;
          case "--no-write" -> write = false;
          case "--evaluate" -> evaluate = Path.of(value(args, ++i, a));
          case "--cross-validate" -> folds = Integer.parseInt(value(args, ++i, a));
          case "-h", "--help" -> throw new IllegalArgumentException("usage");
          default -> throw new IllegalArgumentException("unknown option: " + a);
        }
      }
      return new Options(train, test, out, algorithm, iterations, cutoff, threads, features,
          docSize, merge, write, evaluate, folds);
    }

    private static String value(String[] args, int i, String opt) {
      if (i >= args.length) {
        throw new IllegalArgumentException("missing value for " + opt);
      }
      return args[i];
    }
  }

  /**
   * Streaming wrapper that renames and drops name types; optionally marks every {@code docSize}-th
   * sample as a document start (the GMB extract has no document boundaries, so without it the
   * adaptive "previous decision" features would span the whole corpus). Hand-written: OpenNLP's
   * {@code NameSampleTypeFilter} keeps or drops types but renames none and sets no document starts.
   */
  public static final class TypeMappingStream extends FilterObjectStream<NameSample, NameSample> {
    private final Map<String, String> mapping;
    private final int docSize;
    private long count;

    public TypeMappingStream(ObjectStream<NameSample> samples, Map<String, String> mapping, int docSize) {
      super(samples);
      this.mapping = Map.copyOf(mapping);
      this.docSize = docSize;
    }

    @Override
    public NameSample read() throws IOException {
      NameSample s = samples.read();
      if (s == null) {
        return null;
      }
      List<Span> kept = new ArrayList<>(s.getNames().length);
      for (Span span : s.getNames()) {
        String type = span.getType() == null ? null : mapping.get(span.getType());
        if (type != null) {
          kept.add(new Span(span.getStart(), span.getEnd(), type));
        }
      }
      boolean clear = s.isClearAdaptiveDataSet() || (docSize > 0 && count % docSize == 0);
      count++;
      return new NameSample(s.getId(), s.getSentence(), kept.toArray(new Span[0]),
          s.getAdditionalContext(), clear);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      count = 0;
    }
  }

  /**
   * The measures OpenNLP's evaluators do not give, fed by them: names found with the right boundaries whatever their
   * type ("untyped"), and gpe counted as location on both sides (to compare with a merged model). The overall measure
   * is the evaluator's, the per-type ones OpenNLP's {@link TokenNameFinderDetailedFMeasureListener}.
   */
  public static final class DetailedMonitor implements TokenNameFinderEvaluationMonitor {
    private final FMeasure untyped = new FMeasure();
    private final FMeasure locationsMerged = new FMeasure();

    @Override
    public void correctlyClassified(NameSample reference, NameSample prediction) {
      update(reference, prediction);
    }

    @Override
    public void misclassified(NameSample reference, NameSample prediction) {
      update(reference, prediction);
    }

    private void update(NameSample reference, NameSample prediction) {
      Span[] ref = reference.getNames();
      Span[] pred = prediction.getNames();
      untyped.updateScores(retype(ref, t -> "name"), retype(pred, t -> "name"));
      UnaryOperator<String> loc = t -> "gpe".equals(t) ? "location" : t;
      locationsMerged.updateScores(retype(ref, loc), retype(pred, loc));
    }

    private static Span[] retype(Span[] spans, UnaryOperator<String> f) {
      return Arrays.stream(spans).map(s -> new Span(s.getStart(), s.getEnd(), f.apply(s.getType())))
          .toArray(Span[]::new);
    }

    public FMeasure untyped() {
      return untyped;
    }

    /** Scores with gpe counted as location on both sides (to compare with a merged model). */
    public FMeasure locationsMerged() {
      return locationsMerged;
    }
  }

  static ObjectStream<NameSample> openSamples(Path file, Map<String, String> mapping, int docSize)
      throws IOException {
    ObjectStream<String> lines = new PlainTextByLineStream(
        new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8);
    return new TypeMappingStream(new NameSampleDataStream(lines), mapping, docSize);
  }

  static byte[] featureBytes(String features) throws IOException {
    return switch (features) {
      case "default" -> null; // OpenNLP's ner-default-features.xml
      case "conflict" -> CONFLICT_FEATURES.getBytes(StandardCharsets.UTF_8);
      default -> Files.readAllBytes(Path.of(features));
    };
  }

  static String fmt(FMeasure f) {
    return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f",
        f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
  }

  public static void main(String[] args) throws IOException {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: TrainNameFinder [--train FILE] [--test FILE] [--out FILE]"
          + " [--algorithm MAXENT|PERCEPTRON] [--iterations N] [--cutoff N] [--threads N]"
          + " [--features default|conflict|FILE.xml] [--doc-size N] [--merge-locations] [--no-write]"
          + " [--evaluate MODEL.bin (evaluate a trained model on --test, no training)]"
          + " [--cross-validate K (K-fold cross-validation on --train, no model written)]");
      System.exit(2);
      return;
    }
    String report = run(o);
    LOG.info("Evaluation:\n{}", report);
    System.out.print(report);
  }

  /**
   * Trains with OpenNLP's {@link NameFinderME#train}, writes the model and evaluates it on the test split with
   * {@link TokenNameFinderEvaluator}; or only evaluates a given model; or cross-validates on the training split with
   * {@link TokenNameFinderCrossValidator}. Returns the report.
   */
  static String run(Options o) throws IOException {
    Map<String, String> mapping = o.mergeLocations() ? GMB_TYPES_MERGED : GMB_TYPES;
    LOG.info("Training name finder: {}", o);

    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, o.threads());

    TokenNameFinderFactory factory = TokenNameFinderFactory.create(
        null, featureBytes(o.features()), Collections.emptyMap(), new BioCodec());
    DetailedMonitor detail = new DetailedMonitor();
    TokenNameFinderDetailedFMeasureListener byType = new TokenNameFinderDetailedFMeasureListener();

    if (o.folds() > 1) {
      long t0 = System.nanoTime();
      // type null: the types come from the samples
      TokenNameFinderCrossValidator validator =
          new TokenNameFinderCrossValidator("en", null, params, factory, detail, byType);
      try (ObjectStream<NameSample> train = openSamples(o.train(), mapping, o.docSize())) {
        validator.evaluate(train, o.folds());
      }
      return report(String.format(Locale.ROOT, "%d-fold cross-validation on %s (%.1f s)%n", o.folds(), o.train(),
          (System.nanoTime() - t0) / 1e9), validator.getFMeasure(), detail, byType, o.mergeLocations());
    }

    long t0 = System.nanoTime();
    TokenNameFinderModel model;
    if (o.evaluate() != null) {
      model = new TokenNameFinderModel(o.evaluate());
    } else {
      try (ObjectStream<NameSample> train = openSamples(o.train(), mapping, o.docSize())) {
        // type null: the types come from the samples
        model = NameFinderME.train("en", null, train, params, factory);
      }
    }
    long trainMs = (System.nanoTime() - t0) / 1_000_000;
    LOG.info(o.evaluate() != null ? "Loaded in {} s" : "Trained in {} s", trainMs / 1000.0);

    if (o.write() && o.evaluate() == null) {
      File parent = o.out().toAbsolutePath().getParent().toFile();
      if (!parent.isDirectory() && !parent.mkdirs()) {
        throw new IOException("cannot create " + parent);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(o.out()))) {
        model.serialize(out);
      }
      LOG.info("Wrote {} ({} bytes)", o.out(), Files.size(o.out()));
    }

    TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model), detail, byType);
    long t1 = System.nanoTime();
    // same pseudo-document boundaries as in training (GMB has none of its own)
    try (ObjectStream<NameSample> test = openSamples(o.test(), mapping, o.docSize())) {
      evaluator.evaluate(test);
    }
    long evalMs = (System.nanoTime() - t1) / 1_000_000;
    return report(String.format(Locale.ROOT, "test %s (%s %.1f s, eval %.1f s)%n",
        o.test(), o.evaluate() != null ? "load" : "train", trainMs / 1000.0, evalMs / 1000.0),
        evaluator.getFMeasure(), detail, byType, o.mergeLocations());
  }

  private static String report(String title, FMeasure overall, DetailedMonitor detail,
      TokenNameFinderDetailedFMeasureListener byType, boolean mergeLocations) {
    StringBuilder report = new StringBuilder(title);
    report.append(String.format(Locale.ROOT, "  %-14s %s%n", "overall", fmt(overall)));
    report.append(String.format(Locale.ROOT, "  %-14s %s%n", "untyped", fmt(detail.untyped())));
    if (!mergeLocations) {
      report.append(String.format(Locale.ROOT, "  %-14s %s%n", "geo+gpe merged",
          fmt(detail.locationsMerged())));
    }
    report.append(byType.createReport(Locale.ROOT));
    return report.toString();
  }
}
