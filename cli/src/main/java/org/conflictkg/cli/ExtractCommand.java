package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestProgress;
import org.conflictkg.IngestReport;
import org.conflictkg.actors.Mention;
import org.conflictkg.graph.GraphWriter;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.relations.FamilyCounts;
import org.conflictkg.text.Tsv;
import org.conflictkg.text.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the assertions read from news files, one per line, without storing anything; at the end, "
                + "the number of assertions per CAMEO family on standard error. Progress goes to standard error too: a bar "
                + "when standard error is a terminal and standard output is not, log lines when standard error is not "
                + "a terminal.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all files read", "2:bad usage", "3:some files were skipped"})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "tsv (default) or jsonl (one JSON object per assertion)")
    String format;

    @Mixin
    ProgressOptions progressOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders to read")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean jsonl = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> true;
            case "tsv" -> false;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (use tsv or jsonl)");
        };
        progressOptions.check(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<IngestReport.Problem> problems = new ArrayList<>();
        List<ConflictGraph.Input> files = ConflictGraph.inputs(paths, problems::add);
        problems.forEach(p -> err.println("skipped " + p));
        err.flush();
        if (!jsonl) {
            out.println(Tsv.row("doc", "sentence", "subject", "relation", "property", "object", "modality", "confidence",
                    "evidence"));
        }
        FamilyCounts families = FamilyCounts.NONE;
        try (ConflictGraph graph = ConflictGraph.inMemory();
             ProgressDisplay progress = ProgressDisplay.open("extract", progressOptions, spec, files, true)) {
            for (ConflictGraph.Input f : files) {
                long chars = ProgressDisplay.size(f.file());
                ExtractedDocument x;
                try {
                    x = graph.extract(f.file(), f.given());
                } catch (UnreadableDocumentException e) {
                    progress.println("skipped " + e.getMessage());
                    problems.add(new IngestReport.Problem(e.file(), e.getMessage()));
                    progress.progress(progress.next(f.file().toString(), IngestProgress.Outcome.SKIPPED, chars, 0, 0));
                    continue;
                }
                for (Assertion a : x.assertions()) {
                    out.println(jsonl ? json(x, a) : tsv(x, a));
                }
                out.flush();
                families = families.plus(FamilyCounts.of(x.assertions()));
                progress.progress(progress.next(f.file().toString(), IngestProgress.Outcome.EXTRACTED, chars,
                        x.sentences().size(), x.assertions().size()));
            }
        }
        // standard output carries the assertions, so the summary goes to standard error
        FamilySummary.lines(families).forEach(err::println);
        err.flush();
        return problems.isEmpty() ? 0 : Main.SKIPPED;
    }

    private static String tsv(ExtractedDocument x, Assertion a) {
        return Tsv.row(x.document().name(), Integer.toString(a.evidence().sentence()),
                a.subject().actor().label(), a.surface(), a.relation() == null ? "" : a.relation().localName(),
                a.object().actor().label(), a.modality().key(), String.format(Locale.ROOT, "%.2f", a.confidence()),
                a.evidence().text().replaceAll("\\s+", " "));
    }

    private static String json(ExtractedDocument x, Assertion a) {
        JsonObject o = new JsonObject();
        o.put("doc", x.document().name());
        o.put("docId", x.document().id());
        o.put("source", x.document().source());
        o.put("sentence", a.evidence().text());
        o.put("sentenceIndex", a.evidence().sentence());
        o.put("sentenceStart", a.evidence().start());
        o.put("sentenceEnd", a.evidence().end());
        o.put("subject", mention(a.subject()));
        JsonObject rel = new JsonObject();
        rel.put("text", a.surface());
        if (a.relation() == null) {
            rel.put("property", JsonNull.instance);
        } else {
            rel.put("property", a.relation().localName());
        }
        if (a.cameo() == null) {
            rel.put("cameo", JsonNull.instance);
        } else {
            rel.put("cameo", a.cameo());
        }
        o.put("relation", rel);
        o.put("object", mention(a.object()));
        o.put("modality", a.modality().key());
        if (a.date() == null) {
            o.put("date", JsonNull.instance);
        } else {
            o.put("date", a.date().toString());
        }
        o.put("confidence", JsonNumber.value(a.confidence()));
        JsonArray places = new JsonArray();
        a.places().forEach(p -> places.add(mention(p)));
        o.put("places", places);
        if (a.claimedBy() == null) {
            o.put("claimedBy", JsonNull.instance);
        } else {
            o.put("claimedBy", GraphWriter.actorIri(a.claimedBy()));
        }
        return JSON.toStringFlat(o);
    }

    private static JsonObject mention(Mention m) {
        JsonObject o = new JsonObject();
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("iri", GraphWriter.actorIri(m.actor()));
        o.put("label", m.actor().label());
        o.put("type", m.actor().type().className());
        return o;
    }
}
