package org.w3id.hpkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/**
 * The load stage on each format's shape and on each bad input a corpus of published files holds: every
 * refusal names its reason; nothing bad reaches the normalizer.
 */
class DocumentLoaderTest {

    private static final DocumentLoader LOADER = new DocumentLoader(LoadOptions.defaults());

    @AfterAll
    static void close() {
        LOADER.close();
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(LoadException.class, () -> LOADER.load(name, DocumentFormat.of(name), bytes)).getMessage();
    }

    @Test
    void wordHeadingStylesAndTablesKeepTheirStructure() throws Exception {
        byte[] docx = new Docx().heading(1, "某县2025年卫生健康工作要点").paragraph("一、加强疾病预防控制")
                .heading(2, "强化传染病防控").paragraph("落实常态化监测。")
                .table(new String[] {"序号", "工作任务", "牵头单位"}, new String[] {"1", "开展爱国卫生运动", "县卫健局"})
                .bytes();
        LoadedDocument doc = LOADER.load("plan.docx", DocumentFormat.DOCX, docx);
        assertEquals(List.of("某县2025年卫生健康工作要点", "一、加强疾病预防控制", "强化传染病防控", "落实常态化监测。",
                "序号\t工作任务\t牵头单位", "1\t开展爱国卫生运动\t县卫健局"), doc.text().lines().toList());
        assertEquals(List.of(new LoadedDocument.Heading(1, "某县2025年卫生健康工作要点"),
                new LoadedDocument.Heading(2, "强化传染病防控")), doc.headings());
        assertEquals(DocumentFormat.DOCX, doc.format());
    }

    @Test
    void anExcelTaskTableKeepsItsRowsAndCells() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("重点任务");
            String[][] rows = {{"序号", "工作任务", "牵头单位", "完成时限"}, {"1", "推进家庭医生签约服务", "县卫健局", "2025年12月底"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        LoadedDocument doc = LOADER.load("tasks.xlsx", DocumentFormat.XLSX, out.toByteArray());
        assertEquals(List.of("重点任务", "序号\t工作任务\t牵头单位\t完成时限", "1\t推进家庭医生签约服务\t县卫健局\t2025年12月底"),
                doc.text().lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void aPdfKeepsItsPagesApartAndItsPrintedGaps() throws Exception {
        LoadedDocument doc = LOADER.load("plan.pdf", DocumentFormat.PDF, Pdfs.text(3, null));
        assertEquals(3, doc.pages());
        assertEquals(List.of("Work plan page 1", "\f", "Work plan page 2", "\f", "Work plan page 3", "\f"),
                doc.text().lines().map(l -> l.replaceAll(" +$", "")).toList());
    }

    @Test
    void aWebPageSaysWhereItWasPublished() throws Exception {
        byte[] html = """
                <html><head><meta charset="utf-8"><meta name="Url" content="http://www.example.gov.cn/a.html">
                <title>某县方案_某县人民政府</title></head><body><p>一、总体要求</p></body></html>"""
                .getBytes(StandardCharsets.UTF_8);
        LoadedDocument doc = LOADER.load("page.html", DocumentFormat.HTML, html);
        assertEquals("http://www.example.gov.cn/a.html", doc.metadata().get(Origin.Field.URL));
        assertEquals(List.of("一、总体要求"), doc.text().lines().toList());
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        assertEquals("the PDF file is encrypted (password-protected)", refusal("locked.pdf", Pdfs.text(1, "secret")));
    }

    @Test
    void aDamagedPdfIsRefused() throws Exception {
        byte[] pdf = Pdfs.text(2, null);
        String reason = refusal("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        assertTrue(reason.startsWith("the PDF file is damaged or not what its name says: "), reason);
    }

    @Test
    void aDamagedWordFileIsRefused() throws Exception {
        byte[] docx = new Docx().paragraph("一、总体要求").padding(20_000).bytes();
        String reason = refusal("cut.docx", Arrays.copyOf(docx, docx.length / 2));
        assertTrue(reason.startsWith("the Word (.docx) file is damaged or not what its name says: ")
                || reason.startsWith("it is not a readable Word (.docx) file"), reason);
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // 3 million characters from about 10 kB of zip: Tika's secure handler stops it
        String reason = refusal("bomb.docx", new Docx().paragraph("一、总体要求").bomb(3_000_000).bytes());
        assertTrue(reason.startsWith("it expands to far more than its size (a zip bomb?)"), reason);
    }

    @Test
    void anExternalEntityInAWordFileIsNeverRead(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOPSECRET-42");
        byte[] docx = new Docx().paragraph("一、总体要求").externalEntity(secret.toUri().toString()).bytes();
        try {
            LoadedDocument doc = LOADER.load("xxe.docx", DocumentFormat.DOCX, docx);
            assertFalse(doc.text().contains("TOPSECRET"), doc.text());
        } catch (LoadException refused) {
            assertFalse(refused.getMessage().contains("TOPSECRET"), refused.getMessage());
        }
    }

    @Test
    void aBookOfTwoThousandPagesIsRefusedWithoutReadingItAll() throws Exception {
        assertEquals("it has more than the 500 pages a plan can have (a compilation or a book?)",
                refusal("book.pdf", Pdfs.text(2000, null)));
    }

    @Test
    void aScanWithoutTextLayerAsksForRecognition() throws Exception {
        BufferedImage page = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 300, 10);
        g.dispose();
        assertEquals("the PDF has no text layer (a scan): run the rebuild with --ocr where tesseract-ocr and"
                + " tesseract-ocr-chi-sim are installed", refusal("scan.pdf", Pdfs.images(page, page)));
    }

    @Test
    void aParserThatHangsIsGivenUpAtTheTimeLimit() throws Exception {
        Parser hangs = new Parser() {
            private static final long serialVersionUID = 1L;

            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                    throws java.io.IOException {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("given up");
                }
            }
        };
        try (DocumentLoader loader = new DocumentLoader(LoadOptions.defaults().withTimeLimit(Duration.ofMillis(300)), hangs)) {
            long started = System.nanoTime();
            LoadException e = assertThrows(LoadException.class,
                    () -> loader.load("slow.pdf", DocumentFormat.PDF, Pdfs.text(1, null)));
            assertEquals("reading it took longer than 0 s (--file-seconds); the PDF may be damaged", e.getMessage());
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "the watchdog gave up in time");
        }
    }

    @Test
    void formatsThatCannotBeReadSaySo() throws Exception {
        assertEquals("an OFD file (GB/T 33190), which hpkg cannot read: save or print it as PDF",
                refusal("plan.ofd", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        String wps = refusal("plan.wps", "not a word file at all".getBytes(StandardCharsets.US_ASCII));
        assertTrue(wps.startsWith("a WPS Office file that is not in Word format (save it as .docx or PDF)")
                || wps.startsWith("it is not a readable WPS Office file"), wps);
        assertEquals("the file is empty", refusal("empty.docx", new byte[0]));
    }
}
