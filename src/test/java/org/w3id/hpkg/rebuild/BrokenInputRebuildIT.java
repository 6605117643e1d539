package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.library.QueryFormat;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine;

/**
 * A corpus of broken files, generated here (no binaries are committed), rebuilt through the CLI:
 * every broken file is reported with its reason, every readable file is in the graph.
 */
class BrokenInputRebuildIT {

    @TempDir
    static Path tmp;

    static Path corpus;
    static String summary;
    static int exitCode;

    static final String PLAN = """
            荆门市卫生健康委员会
            2020年全市卫生健康工作要点
            一、聚焦聚力推进健康建设
            1.着力落实预防为主健康策略。儿童疫苗接种率保持在95%以上。
            2.着力推进爱国卫生运动。力争再创建3个国家卫生镇。
            """;
    static final String TRADITIONAL = """
            衛生健康局2021年度工作計劃
            一、推進健康行動。計劃創建2至3個國家衛生鄉鎮。
            二、補齊公共衛生短板。實現常規免疫接種率90%以上。
            """;

    @BeforeAll
    static void rebuild() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("data/corpus/002_586d2fdbfe293bd4.txt"), corpus.resolve("同心县 2020 工作要点.txt"));
        write("empty.txt", new byte[0]);
        write("scan.txt", concat("%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII), new byte[] {0, (byte) 0xE2, 0, 0x13, 0, 0, 7}));
        write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        byte[] garbage = new byte[4000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 3 == 0 ? 0xFF : i % 3 == 1 ? 0x80 : 'a');
        }
        write("invalid-utf8.txt", concat("一、标题\n".getBytes(StandardCharsets.UTF_8), garbage));
        write("gb18030.txt", PLAN.getBytes(Charset.forName("GB18030")));
        write("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        write("utf16-bom.txt", PLAN.getBytes(StandardCharsets.UTF_16));
        write("utf16le-no-bom.txt", PLAN.getBytes(StandardCharsets.UTF_16LE));
        write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAN.getBytes(StandardCharsets.UTF_8)));
        // A lone surrogate inside UTF-16 with a BOM, and control characters in UTF-8.
        String surrogate = PLAN.replace("着力落实", "着力\uD800落实");
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        for (char c : surrogate.toCharArray()) {
            utf16.write(c & 0xFF);
            utf16.write(c >> 8);
        }
        write("lone-surrogate.txt", utf16.toByteArray());
        write("control-chars.txt", PLAN.replace("着力", "着\u0001力\u0007").getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(corpus.resolve("huge.txt"))) {
            byte[] block = PLAN.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50_000_000; written += block.length) {
                out.write(block);
            }
        }
        write("endless-line.txt", "持续推进健康建设工作，".repeat(30_000).getBytes(StandardCharsets.UTF_8));
        write("no-items.txt", "关于做好卫生健康工作的说明\n各单位要认真贯彻落实，确保工作取得实效。\n".getBytes(StandardCharsets.UTF_8));
        write("odd-outline.txt", """
                一、重复与嵌套
                （一）第一项。内容。
                （一）第一项。重复的编号。
                （二）空白字段块。
                责任领导：
                牵头单位：
                完成时限：
                （三）深层编号。
                1.第一层。
                （1）第二层。
                ①第三层,创建2个示范点。
                """.getBytes(StandardCharsets.UTF_8));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = HpkgCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        exitCode = cli.execute("rebuild", "--corpus", corpus.toString(), "--store", tmp.resolve("store").toString(),
                "--no-progress");
        summary = out.toString() + err;
    }

    private static void write(String name, byte[] bytes) throws Exception {
        Files.write(corpus.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyBrokenFileIsReportedWithItsReason() {
        assertEquals(0, exitCode, summary);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "empty.txt", "the file is empty",
                "scan.txt", "the file is binary (a PDF)",
                "photo.txt", "the file is binary (a PNG image)",
                "invalid-utf8.txt", "not valid UTF-8 (first invalid byte at line 2)",
                "huge.txt", "more than the 10.0 MB a plan can be"));
        expected.forEach((file, reason) -> assertTrue(summary.contains("skipped " + file + ": ") && summary.contains(reason),
                file + " / " + reason + " not in:\n" + summary));
        assertTrue(summary.contains("documents: 8 loaded, 3 degraded, 0 quarantined, 5 skipped"), summary);
        assertTrue(summary.contains("degraded no-items.txt: no numbered tasks found"), summary);
        assertTrue(summary.contains("degraded endless-line.txt: no numbered tasks found"), summary);
        assertTrue(summary.contains("degraded lone-surrogate.txt: 1 damaged spot(s)"), summary);
    }

    @Test
    void everyReadableFileIsInTheGraph() throws Exception {
        Dataset store = GraphStore.openCurrent(tmp.resolve("store"));
        String csv = query(store, """
                SELECT ?file (COUNT(DISTINCT ?t) AS ?tasks) (COUNT(DISTINCT ?target) AS ?targets) WHERE {
                  ?d hp:sourceFile ?file . OPTIONAL { ?t a hp:Task ; hp:document ?d OPTIONAL { ?t hp:hasTarget ?target } } }
                GROUP BY ?file ORDER BY ?file""");
        String expected = """
                file,tasks,targets
                big5.txt,2,2
                control-chars.txt,2,2
                endless-line.txt,0,0
                gb18030.txt,2,2
                lone-surrogate.txt,2,2
                no-items.txt,0,0
                odd-outline.txt,4,1
                utf16-bom.txt,2,2
                utf16le-no-bom.txt,2,2
                utf8-bom.txt,2,2
                同心县 2020 工作要点.txt,54,12
                """;
        assertEquals(expected, csv.replace("\r", ""));
    }

    @Test
    void strictTurnsSkipsIntoAnExitCode() {
        CommandLine cli = HpkgCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("rebuild", "--corpus", corpus.toString(), "--store", tmp.resolve("strict").toString(),
                "--no-progress", "--strict");
        assertEquals(5, code);
    }

    static String query(Dataset store, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryRunner.parse(sparql), QueryFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
