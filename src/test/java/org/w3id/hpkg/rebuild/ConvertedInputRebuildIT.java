package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.library.QueryFormat;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.load.Docx;
import org.w3id.hpkg.load.Pdfs;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine;

/**
 * A corpus as analysts collect it: a Word file, a saved web page, {@code sources.csv} saying where they
 * came from, and files that cannot be read (encrypted, damaged, OFD). The readable ones are in the graph
 * with their origin; each other one is reported with its reason; the conversions are kept and reused; a
 * later rebuild with more bad files loses nothing.
 */
class ConvertedInputRebuildIT {

    @TempDir
    static Path tmp;

    static Path corpus;
    static Path store;
    static String summary;
    static int exitCode;

    static final String PAGE = """
            <html><head><meta charset="utf-8"><meta name="Url" content="http://www.example.gov.cn/art/2024/5/6/art_1.html">
            <title>某县2024年爱国卫生工作要点</title></head><body>
            <div>您当前的位置：首页 &gt; 政务公开</div>
            <p>某县爱国卫生运动委员会</p>
            <p>某县2024年爱国卫生工作要点</p>
            <p>一、深入开展城乡环境卫生整治</p>
            <p>（一）推进农村人居环境整治。健全村庄保洁长效机制。</p>
            <p>（二）加强病媒生物防制。开展春秋季统一灭鼠活动。</p>
            <p>二、推进健康城镇建设</p>
            <p>（一）巩固国家卫生县城成果。完善长效管理机制。</p>
            <div>【打印本页】【关闭窗口】</div>
            </body></html>""";

    @BeforeAll
    static void rebuild() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        store = tmp.resolve("store");
        Files.write(corpus.resolve("plan.docx"), new Docx().paragraph("某区卫生健康局")
                .paragraph("某区2025年卫生健康工作要点").paragraph("一、加强公共卫生体系建设")
                .paragraph("（一）完善疾病预防控制体系。推进疾控机构标准化建设。")
                .paragraph("（二）提升应急处置能力。开展突发事件应急演练。")
                .paragraph("二、深化医药卫生体制改革").paragraph("（一）推进紧密型医共体建设。完善运行机制。").bytes());
        Files.writeString(corpus.resolve("page.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("sources.csv"), """
                file,url,title,issued,issuer
                plan.docx,https://www.example.gov.cn/wjk/2025/plan.html,某区2025年卫生健康工作要点（修订）,2025-02-28,某区卫生健康局
                """, StandardCharsets.UTF_8);
        Files.write(corpus.resolve("locked.pdf"), Pdfs.text(1, "secret"));
        byte[] docx = new Docx().paragraph("一、总体要求").padding(20_000).bytes();
        Files.write(corpus.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        Files.write(corpus.resolve("plan-2.ofd"), "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        StringWriter out = new StringWriter();
        exitCode = run(out, "rebuild", "--corpus", corpus.toString(), "--store", store.toString(), "--no-progress");
        summary = out.toString();
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cli = HpkgCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void unreadableFilesAreReportedWithTheirReasons() {
        assertEquals(0, exitCode, summary);
        assertTrue(summary.contains("documents: 2 loaded, 0 degraded, 0 quarantined, 3 skipped"), summary);
        assertTrue(summary.contains("skipped locked.pdf: the PDF file is encrypted (password-protected)"), summary);
        assertTrue(summary.contains("skipped plan-2.ofd: an OFD file (GB/T 33190), which hpkg cannot read"), summary);
        assertTrue(summary.contains("skipped cut.docx: "), summary);
        assertTrue(!summary.contains("sources.csv"), "sources.csv is not a plan: " + summary);
    }

    @Test
    void readableFilesAreInTheGraphWithTheirOrigin() throws Exception {
        Dataset graph = GraphStore.openCurrent(store);
        assertEquals("""
                file,format,source,title,issued,issuer,tasks
                page.html,HTML,http://www.example.gov.cn/art/2024/5/6/art_1.html,某县2024年爱国卫生工作要点,,某县爱国卫生运动委员会,3
                plan.docx,DOCX,https://www.example.gov.cn/wjk/2025/plan.html,某区2025年卫生健康工作要点（修订）,2025-02-28,某区卫生健康局,3
                """, query(graph, """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?file ?format ?source ?title ?issued ?issuer (COUNT(?t) AS ?tasks) WHERE {
                  ?d hp:sourceFile ?file ; hp:sourceFormat ?format ; rdfs:label ?title ; dcterms:source ?source
                  OPTIONAL { ?d dcterms:issued ?issued } OPTIONAL { ?d hp:issuedBy/rdfs:label ?issuer }
                  OPTIONAL { ?t a hp:Task ; hp:document ?d } }
                GROUP BY ?file ?format ?source ?title ?issued ?issuer ORDER BY ?file""").replace("\r", ""));
    }

    @Test
    void conversionsAreKeptAndReusedAndBadFilesLaterLoseNothing() throws Exception {
        Path conversions = store.resolve(RebuildJob.CONVERSIONS);
        List<Path> kept;
        try (Stream<Path> files = Files.list(conversions)) {
            kept = files.sorted().toList();
        }
        assertEquals(2, kept.size(), kept.toString());
        Map<Path, FileTime> written = new java.util.HashMap<>();
        for (Path p : kept) {
            written.put(p, Files.getLastModifiedTime(p));
        }
        Files.write(corpus.resolve("bomb.docx"), new Docx().paragraph("一、总体要求").bomb(3_000_000).bytes());
        StringWriter out = new StringWriter();
        assertEquals(5, run(out, "rebuild", "--full", "--strict", "--corpus", corpus.toString(), "--store",
                store.toString(), "--no-progress"), out.toString());
        assertTrue(out.toString().contains("skipped bomb.docx: it expands to far more than its size (a zip bomb?)"),
                out.toString());
        for (Path p : kept) {
            assertEquals(written.get(p), Files.getLastModifiedTime(p), p + " was converted again");
        }
        String files = query(GraphStore.openCurrent(store), "SELECT ?f WHERE { ?d hp:sourceFile ?f } ORDER BY ?f");
        assertEquals("f\npage.html\nplan.docx\n", files.replace("\r", ""));
    }

    static String query(Dataset store, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryRunner.parse(sparql), QueryFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
