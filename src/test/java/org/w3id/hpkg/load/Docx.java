package org.w3id.hpkg.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Word (.docx) files for tests: paragraphs with or without a heading style, and tables, as
 * Word stores them (a zip of WordprocessingML parts). Bad ones too: an extra doctype in the document
 * part (XXE), a paragraph that inflates a thousandfold (a zip bomb).
 */
public final class Docx {

    private final List<String> body = new ArrayList<>();
    private String doctype = "";
    private int padding;

    public Docx heading(int level, String text) {
        body.add("<w:p><w:pPr><w:pStyle w:val=\"Heading" + level + "\"/></w:pPr>" + run(text) + "</w:p>");
        return this;
    }

    public Docx paragraph(String text) {
        body.add("<w:p>" + run(text) + "</w:p>");
        return this;
    }

    public Docx table(String[]... rows) {
        StringBuilder t = new StringBuilder("<w:tbl>");
        for (String[] row : rows) {
            t.append("<w:tr>");
            for (String cell : row) {
                t.append("<w:tc><w:p>").append(run(cell)).append("</w:p></w:tc>");
            }
            t.append("</w:tr>");
        }
        body.add(t.append("</w:tbl>").toString());
        return this;
    }

    /** A document part declaring an external entity and using it in a paragraph. */
    public Docx externalEntity(String systemId) {
        doctype = "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + systemId + "\">]>";
        body.add("<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>");
        return this;
    }

    /** Pads the document part with this many spaces, which deflate to almost nothing. */
    public Docx padding(int spaces) {
        this.padding = spaces;
        return this;
    }

    /** A paragraph of one character repeated: megabytes of text from a few kilobytes of zip. */
    public Docx bomb(int characters) {
        body.add("<w:p>" + run("健".repeat(characters)) + "</w:p>");
        return this;
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            StringBuilder styles = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
            for (int level = 1; level <= 3; level++) {
                styles.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(level)
                        .append("\"><w:name w:val=\"heading ").append(level).append("\"/></w:style>");
            }
            put(zip, "word/styles.xml", styles.append("</w:styles>").toString());
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + String.join("", body) + " ".repeat(padding) + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
