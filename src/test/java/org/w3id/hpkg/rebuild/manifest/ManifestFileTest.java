package org.w3id.hpkg.rebuild.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;

class ManifestFileTest {

    private static final String BASE = HP.DEFAULT_BASE;
    private final IriMinter iris = new IriMinter(BASE);
    private final BuildManifest manifest = new BuildManifest(iris);
    private final PlanTargets countyTargets = new PlanTargets(iris.region("420802"), List.of(
            new PlanTargets.Range(iris.indicator("接种率"), "%", new BigDecimal("90.0"), new BigDecimal("95.5"), 2),
            new PlanTargets.Range(iris.indicator("社区医院"), "个", new BigDecimal("3"), new BigDecimal("3"), 1)));
    /** A unit with a tab, a line break and a backslash, an IRI outside the base. */
    private final PlanTargets oddTargets = new PlanTargets(NodeFactory.createURI("http://elsewhere/region/1"), List.of(
            new PlanTargets.Range(iris.indicator("床位数"), "张\t\n\\", BigDecimal.ONE, BigDecimal.TEN, 2)));

    @TempDir
    Path db;

    private final BuildManifest.Entry county = manifest.entry("001_420802_2020.txt", "ab12", "8965 2026-11-28T21:37:00Z",
            countyTargets);
    /** And a file name with a space, a tab and a backslash. */
    private final BuildManifest.Entry odd = manifest.entry("plan\t 2\\.txt", "cd34", "12 2026-11-28T21:38:00Z", oddTargets);
    private final BuildManifest.Entry noTargets = manifest.entry("000_110000_2021.txt", "ef56", "3 x", null);

    @Test
    void entriesReadBackAsWritten_underTheDigestOfTheirBytes_whateverTheOrderTheyCameIn() throws IOException {
        String digest = ManifestFile.write(db, List.of(county, odd, noTargets));

        Map<String, BuildManifest.Entry> read = ManifestFile.read(db, digest);

        assertEquals(Map.of(county.fileName(), county, odd.fileName(), odd, noTargets.fileName(), noTargets), read);
        assertEquals(countyTargets, manifest.targets(read.get(county.fileName())));
        assertEquals(oddTargets, manifest.targets(read.get(odd.fileName())), "a tab, line break or backslash survives");
        assertEquals(null, manifest.targets(read.get(noTargets.fileName())));
        assertEquals(odd.fileName(), read.get(odd.fileName()).fileName());
        Path file = ManifestFile.path(db, digest);
        assertEquals(CodeFingerprint.sha256(Files.readAllBytes(file)), digest);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("file\t000_110000_2021.txt\tef56\t3 x\nfile\t001_420802_2020.txt"),
                "sorted by file name, IRIs under the base without it");
        assertEquals(countyTargets.ranges().size() + 1 + oddTargets.ranges().size() + 1 + 3,
                Files.readAllLines(file).size(), "one record per line, escaped where a value holds a line break");
        assertEquals(digest, ManifestFile.write(db, List.of(noTargets, odd, county)), "same entries, same bytes");
        assertNotEquals(digest, ManifestFile.write(db, List.of(county, noTargets)));
    }

    @Test
    void aFileThatIsMissingOrNoLongerHashesToItsName_isNotTheManifest() throws IOException {
        String digest = ManifestFile.write(db, List.of(county, noTargets));
        Path file = ManifestFile.path(db, digest);
        Files.writeString(file, Files.readString(file).replace("ab12", "ab13"));

        assertNull(ManifestFile.read(db, digest), "changed since it was written");
        Files.delete(file);
        assertNull(ManifestFile.read(db, digest), "missing");
    }

    @Test
    void aFileWhoseRecordsAreNotAManifest_isRefusedWithItsName() throws IOException {
        byte[] bytes = "file\ta.txt\tab12\t1 x\nrange\tindicator/x\t%\t1\t2\t1\n".getBytes(StandardCharsets.UTF_8);
        String digest = CodeFingerprint.sha256(bytes);
        Files.write(ManifestFile.path(db, digest), bytes);

        IOException e = assertThrows(IOException.class, () -> ManifestFile.read(db, digest));

        assertTrue(e.getMessage().contains(ManifestFile.path(db, digest).toString()) && e.getMessage().contains("line 2"),
                e.getMessage());
    }

    @Test
    void sharesDecodeWhole_orJustTheRangesOfSomeIndicators() {
        Node vaccination = iris.indicator("接种率");

        assertEquals(List.of(new PlanTargets(countyTargets.area(), List.of(countyTargets.ranges().get(0))), oddTargets),
                manifest.targets(List.of(county, noTargets, odd), Set.of(vaccination, iris.indicator("床位数"))));
        assertEquals(List.of(new PlanTargets(countyTargets.area(), List.of()), new PlanTargets(oddTargets.area(), List.of())),
                manifest.targets(List.of(county, odd), Set.of()), "a plan's area even where none of its ranges is asked for");
        assertEquals(List.of(), manifest.targets(List.of(noTargets), Set.of(vaccination)));
        assertEquals(countyTargets, manifest.targets(county));
    }

    @Test
    void theSharesOfSomeAreas_areDecodedWhole_byArea() {
        BuildManifest.Entry sameCounty = manifest.entry("002_420802_2021.txt", "ab13", "9 x", new PlanTargets(
                countyTargets.area(), List.of(countyTargets.ranges().get(1))));
        List<BuildManifest.Entry> all = List.of(county, noTargets, odd, sameCounty);

        assertEquals(Map.of(countyTargets.area(), List.of(countyTargets, manifest.targets(sameCounty))),
                manifest.targetsOfAreas(all, Set.of(countyTargets.area())));
        assertEquals(Map.of(oddTargets.area(), List.of(oddTargets)), manifest.targetsOfAreas(all, Set.of(oddTargets.area())),
                "an area outside the base, written whole");
        assertEquals(Map.of(), manifest.targetsOfAreas(all, Set.of(iris.region("110000"))));
    }

    @Test
    void deletingTheOthers_keepsOnlyTheNamedManifest_andTheDatabasesOwnFiles() throws IOException {
        String old = ManifestFile.write(db, List.of(county));
        String current = ManifestFile.write(db, List.of(county, odd));
        Files.writeString(db.resolve("nodes.dat"), "");

        ManifestFile.deleteOthers(db, current);

        try (Stream<Path> files = Files.list(db)) {
            assertEquals(List.of(ManifestFile.path(db, current).getFileName().toString(), "nodes.dat"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertNull(ManifestFile.read(db, old));
    }

    @Test
    void entriesWrittenOneByOneInFileNameOrder_makeTheBytesOfAWholeWrite_andOutOfOrderOnesAreRefused() throws IOException {
        String whole = ManifestFile.write(db, List.of(odd, county, noTargets));
        Path streamed = Files.createDirectories(db.resolve("streamed"));
        String digest;
        try (ManifestFile.Writer writer = manifest.entryWriter(streamed)) {
            for (BuildManifest.Entry e : List.of(noTargets, county, odd)) { // file-name order
                writer.add(e);
            }
            digest = writer.finish();
        }
        assertEquals(whole, digest);
        assertEquals(Files.readString(ManifestFile.path(db, whole)), Files.readString(ManifestFile.path(streamed, digest)));

        Path refused = Files.createDirectories(db.resolve("refused"));
        try (ManifestFile.Writer writer = manifest.entryWriter(refused)) {
            writer.add(county);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.add(noTargets));
            assertTrue(e.getMessage().contains("out of file-name order"), e.getMessage());
        }
        try (Stream<Path> left = Files.list(refused)) {
            assertEquals(0, left.count(), "an unfinished file is deleted when closed");
        }
    }
}
