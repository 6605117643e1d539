package org.w3id.hpkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * A scanned plan: the opening of a seed plan rendered as page images (no text layer) into a PDF. Without
 * recognition it is refused as a scan; with {@code --ocr} (Debian's tesseract-ocr and tesseract-ocr-chi-sim,
 * and a CJK font to render with) its text is recognized, its outline read, and the document marked as
 * recognized. Skipped where Tesseract, its Chinese data or a CJK font are missing.
 */
class ScannedPdfIT {

    /** The head and first items of a seed plan, as printed. */
    private static List<String> lines;
    private static byte[] scan;

    @BeforeAll
    static void render() throws Exception {
        String font = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .filter(f -> f.contains("CJK SC") || f.contains("CJK JP") || f.contains("WenQuanYi")).findFirst().orElse(null);
        assumeTrue(font != null, "no CJK font to render a scan with (apt-get install fonts-noto-cjk)");
        lines = Files.readAllLines(Path.of("data/corpus/003_d33a06d2bf67210c.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(String::strip).filter(l -> l.length() <= 30).limit(12).toList();
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(font, Font.PLAIN, 36));
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 80;
        }
        g.dispose();
        scan = Pdfs.images(page);
    }

    @Test
    void withoutRecognitionAScanIsRefused() {
        try (DocumentLoader loader = new DocumentLoader(LoadOptions.defaults())) {
            LoadException e = assertThrows(LoadException.class, () -> loader.load("scan.pdf", DocumentFormat.PDF, scan));
            assertTrue(e.getMessage().startsWith("the PDF has no text layer (a scan)"), e.getMessage());
        }
    }

    @Test
    void withRecognitionItsTextIsReadAndMarked() throws Exception {
        LoadOptions ocr = LoadOptions.defaults().withOcr(true).withTimeLimit(Duration.ofMinutes(5));
        try (DocumentLoader loader = new DocumentLoader(ocr)) {
            assumeTrue(loader.canRecognize(), "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
        }
        ExtractedDocument doc = new DocumentPipeline(new Gazetteer(), ocr, null).process("scan.pdf", scan);
        assertTrue(doc.parsed().source().origin().recognized());
        assertEquals(1, doc.notes().stream().filter(n -> n.kind() == QualityNote.Kind.RECOGNIZED_TEXT).count());
        String text = doc.parsed().text().replaceAll("\\s", "");
        long read = lines.stream().filter(l -> text.contains(l.replaceAll("\\s", "").replace('（', '(').replace('）', ')')
                .replace('：', ':').replace('，', ','))).count();
        assertTrue(read * 4 >= lines.size() * 3, "at most a quarter of the lines misread: " + read + " of " + lines.size()
                + " read exactly in\n" + doc.parsed().text());
        assertEquals("鼓楼区2020年卫生健康工作要点", doc.parsed().header().title());
    }
}
