package org.w3id.hpkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversions a store keeps: the bytes stores already hold stay readable, and damaged ones are made again. */
class ConversionCacheTest {

    private static final String SHA = "ab12";

    /** A conversion as hpkg has written it since version 1 (the lines split by hand, before commons-csv). */
    private static final String STORED = "hpkg-conversion 1\n"
            + "format\tPDF\n"
            + "pages\t2\n"
            + "recognized\tfalse\n"
            + "meta\tTITLE\t某县“健康县城”建设 \"工作\" 方案\\2021\n"
            + "heading\t1\t一、总体要求\n"
            + "heading\t2\t（一）目标\n"
            + "text\n"
            + "一、总体要求\n    到2025年，孕产妇死亡率\t≤ 10/10万\n\ftext\n";

    private static LoadedDocument document() {
        return new LoadedDocument(DocumentFormat.PDF, "一、总体要求\n    到2025年，孕产妇死亡率\t≤ 10/10万\n\ftext\n",
                List.of(new LoadedDocument.Heading(1, "一、总体要求"), new LoadedDocument.Heading(2, "（一）目标")),
                Map.of(Origin.Field.TITLE, "某县“健康县城”建设 \"工作\" 方案\\2021"), false, 2);
    }

    @Test
    void writesTheBytesEarlierVersionsWrote() {
        assertEquals(STORED, ConversionCache.encode(document()));
    }

    @Test
    void readsAConversionAnEarlierVersionStored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SHA + ".txt"), STORED, StandardCharsets.UTF_8);
        assertEquals(document(), new ConversionCache(dir).get(SHA, LoadOptions.defaults()));
    }

    @Test
    void keepsValuesOnOneLine() throws Exception {
        LoadedDocument doc = new LoadedDocument(DocumentFormat.HTML, "正文", List.of(),
                Map.of(Origin.Field.TITLE, "标题\t第二行\n第三行"), false, 0);
        LoadedDocument back = ConversionCache.decode(ConversionCache.encode(doc));
        assertEquals("标题 第二行 第三行", back.metadata().get(Origin.Field.TITLE));
        assertEquals("正文", back.text());
    }

    @Test
    void convertsAgainWhatItCannotRead(@TempDir Path dir) throws Exception {
        ConversionCache cache = new ConversionCache(dir);
        Path file = dir.resolve(SHA + ".txt");
        for (String damaged : List.of("hpkg-conversion 0\nformat\tPDF\ntext\n正文", STORED.substring(0, 40),
                STORED.replace("pages\t2", "pages\ttwo"), STORED.replace("format\tPDF", "colour\tred"))) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            assertNull(cache.get(SHA, LoadOptions.defaults()), damaged);
        }
        cache.put(SHA, LoadOptions.defaults(), document());
        assertEquals(document(), cache.get(SHA, LoadOptions.defaults()), "the conversion made again replaces it");
    }
}
