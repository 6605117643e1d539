package org.w3id.hpkg.rebuild;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.TargetStatistics;
import org.w3id.hpkg.rebuild.manifest.BuildManifest;
import org.w3id.hpkg.rebuild.manifest.ManifestFile;

/**
 * {@code hpkg extract}: the graph a rebuild would load, written as N-Quads files instead of into a store,
 * for stores that have a bulk loader of their own (Jena's {@code tdb2.tdbloader}, a cluster's). The corpus
 * is cut into shards, contiguous slices in corpus order, that a scheduler can run on separate machines
 * ({@link #extract}); each writes {@code part-K-of-N.nq} (its documents' graphs and the descriptions of
 * the shared resources they name, the same quads a rebuild streams into its loader) and two small
 * summaries beside it: its plans' shares of the statistics (the build manifest's format) and its
 * indicators' keys. {@link #finish} then writes {@code shared.nq} from the summaries alone: the ontology,
 * the gazetteer, the statistics and the links, which depend on the whole corpus. Loaded together, the
 * files give the graph {@code hpkg rebuild} builds (a description carried by several shards is one
 * statement to a store). Every file is written under a temporary name and renamed when complete and
 * valid, so a killed or failed shard leaves nothing to load.
 */
public final class ExtractJob {

    /** The graphs that depend on the whole corpus, written by {@link #finish}. */
    public static final String SHARED = "shared.nq";
    private static final Pattern PART = Pattern.compile("part-(\\d+)-of-(\\d+)\\.nq");
    private static final String PLANS = ".plans.tsv";
    private static final String INDICATORS = ".indicators.tsv";
    /** One indicator key per line, a tab or line break in it escaped. */
    private static final CSVFormat KEYS = CSVFormat.TDF.builder().setRecordSeparator('\n').setEscape('\\')
            .setQuoteMode(QuoteMode.NONE).setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    /** Shard {@code index} (1 to {@code count}) of the corpus. */
    public record Shard(int index, int count) {

        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
            }
        }

        /** "3/16". */
        public static Shard parse(String text) {
            String[] parts = text.split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("a shard is K/N, e.g. 3/16, not '" + text + "'");
        }

        /** The shard's slice of {@code files}: contiguous, so the parts in order are the corpus in order. */
        <T> List<T> of(List<T> files) {
            int size = files.size();
            return files.subList((int) ((long) size * (index - 1) / count), (int) ((long) size * index / count));
        }

        String name() {
            int width = Integer.toString(count).length();
            return String.format("part-%0" + width + "d-of-%d", index, count);
        }
    }

    /** What a step wrote: the files' outcomes (none for {@link #finish}), quads, violations, and the files. */
    public record Outcome(List<FileOutcome> files, long quads, List<String> violations, List<Path> written) {}

    private final RebuildOptions options;
    private final Path out;
    private final PrintStream err;

    /** Reads {@code options.corpus()} (with its base, threads and size limit) and writes into {@code out}. */
    public ExtractJob(RebuildOptions options, Path out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Writes the part of {@code shard}: its documents' graphs and descriptions, and its summaries. */
    public Outcome extract(Shard shard) throws IOException, InterruptedException {
        Files.createDirectories(out);
        RebuildContext context = RebuildContext.prepare(options, err, CorpusFiles.list(options.corpus()), null,
                graph -> { }, System.currentTimeMillis(), new PhaseTimes());
        List<FileOutcome> outcomes = new ArrayList<>(shard.index() == 1 ? context.selection().refused() : List.of());
        List<String> violations = new ArrayList<>(context.sharedViolations());
        Set<String> keys = new TreeSet<>();
        DescribedOnce descriptions = new DescribedOnce();
        long[] quads = {0};
        Path nq = out.resolve(shard.name() + ".nq");
        Path plans = out.resolve(shard.name() + PLANS);
        Path indicators = out.resolve(shard.name() + INDICATORS);
        // the .nq keeps its partial name until its bytes are closed and every summary is written
        try {
            try (OutputStream bytes = partial(nq); ManifestFile.Writer entries = new ManifestFile.Writer(out)) {
                StreamRDF sink = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
                sink.start();
                context.extract(shard.of(context.selection().accepted()), done -> {
                    outcomes.add(done.outcome());
                    violations.addAll(done.violations());
                    if (done.graph() != null) {
                        done.graph().sendTo(sink);
                        quads[0] += done.graph().quads().size() + descriptions.send(done.graph(), sink);
                        done.graph().descriptions().stream().filter(q -> q.getPredicate().equals(HP.indicatorKey))
                                .forEach(q -> keys.add(q.getObject().getLiteralLexicalForm()));
                        entries.add(context.manifest().entry(done.outcome().fileName(), done.sha256(), done.stamp(),
                                done.targets()));
                    }
                });
                // the shard's files left out, so that the parts together list them all as a rebuild does
                quads[0] += new QuarantineGraph(context.iris()).sendTo(outcomes, sink);
                sink.finish();
                if (violations.isEmpty()) {
                    writeKeys(keys, indicators);
                    entries.finishAs(plans);
                }
            }
            if (violations.isEmpty()) {
                complete(nq);
            }
        } finally {
            Files.deleteIfExists(partialOf(nq));
        }
        return new Outcome(outcomes, quads[0], violations, violations.isEmpty() ? List.of(nq, plans, indicators) : List.of());
    }

    /**
     * Writes {@value #SHARED} from the summaries of every part in the output folder, which must be all
     * the parts of one sharding: the ontology, the gazetteer, the statistics and the links.
     */
    public Outcome finish() throws IOException {
        List<String> parts = parts();
        IriMinter iris = new IriMinter(options.base());
        BuildManifest manifest = new BuildManifest(iris);
        SharedGraphs shared = new SharedGraphs(new Gazetteer(), iris);
        List<String> violations = new ArrayList<>();
        shared.validator().validateShared().forEach(v -> violations.add(RebuildResult.describe("ontology/gazetteer", v)));
        TargetStatistics targets = new TargetStatistics();
        Set<String> keys = new TreeSet<>();
        for (String part : parts) {
            for (BuildManifest.Entry entry : ManifestFile.read(out.resolve(part + PLANS)).values()) {
                targets.add(manifest.targets(entry));
            }
            keys.addAll(readKeys(out.resolve(part + INDICATORS)));
        }
        Path nq = out.resolve(SHARED);
        long quads;
        try {
            try (OutputStream bytes = partial(nq)) {
                StreamRDF sink = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
                sink.start();
                quads = shared.sendTo(sink) + new StatisticsGraph(iris).sendTo(targets, sink);
                LinksGraph.Outcome links = new LinksGraph(iris, shared.validator()).write(keys, sink);
                quads += links.quads();
                violations.addAll(links.violations());
                sink.finish();
            }
            if (violations.isEmpty()) {
                complete(nq);
            }
        } finally {
            Files.deleteIfExists(partialOf(nq));
        }
        return new Outcome(List.of(), quads, violations, violations.isEmpty() ? List.of(nq) : List.of());
    }

    /** The names of the parts in the output folder ("part-03-of-16"), checked to be one complete sharding. */
    private List<String> parts() throws IOException {
        Map<Integer, String> found = new TreeMap<>();
        Set<Integer> counts = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(out, "part-*.nq")) {
            for (Path f : files) {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.put(Integer.parseInt(m.group(1)), f.getFileName().toString().replaceFirst("\\.nq$", ""));
                    counts.add(Integer.parseInt(m.group(2)));
                }
            }
        }
        if (counts.size() != 1) {
            throw new IOException(counts.isEmpty() ? "no part-K-of-N.nq in " + out + ": run 'hpkg extract --shard K/N' first"
                    : out + " holds parts of several shardings (of " + counts + "); keep one");
        }
        int count = counts.iterator().next();
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            if (!found.containsKey(k)) {
                missing.add(new Shard(k, count).name());
            } else if (!Files.isRegularFile(out.resolve(found.get(k) + PLANS))
                    || !Files.isRegularFile(out.resolve(found.get(k) + INDICATORS))) {
                missing.add(found.get(k) + PLANS + "/" + INDICATORS);
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("parts missing in " + out + ": " + String.join(", ", missing));
        }
        return new ArrayList<>(found.values());
    }

    private static void writeKeys(Set<String> keys, Path file) throws IOException {
        try (Writer text = Files.newBufferedWriter(partialOf(file), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(text, KEYS)) {
            for (String key : keys) {
                printer.printRecord(key);
            }
        }
        complete(file);
    }

    private static List<String> readKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : KEYS.parse(text)) {
                keys.add(r.get(0));
            }
        }
        return keys;
    }

    private static OutputStream partial(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(partialOf(file)), 1 << 20);
    }

    private static Path partialOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".partial");
    }

    private static void complete(Path file) throws IOException {
        Files.move(partialOf(file), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
