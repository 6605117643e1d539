package org.w3id.hpkg.load;

import java.util.Locale;

/**
 * The formats plans are published in, told by the file name's extension (what the operator saved); the
 * content then decides which of Tika's parsers reads it. Text files keep their own path through the
 * normalizer's encoding detection, at today's cost.
 */
public enum DocumentFormat {
    TEXT("text"),
    PDF("PDF"),
    DOCX("Word (.docx)"),
    DOC("Word (.doc)"),
    RTF("RTF"),
    HTML("web page"),
    XLSX("Excel (.xlsx)"),
    XLS("Excel (.xls)"),
    /** Kingsoft WPS Writer: often a Word 97 file under another name, which is tried as such. */
    WPS("WPS Office"),
    /** China's fixed-layout format (GB/T 33190): no open parser exists for it. */
    OFD("OFD");

    private final String description;

    DocumentFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the file is read through Tika rather than decoded as text. */
    public boolean converted() {
        return this != TEXT;
    }

    /** Whether the format is printed pages, whose lines break inside paragraphs and carry page furniture. */
    public boolean paginated() {
        return this == PDF;
    }

    public static DocumentFormat of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "pdf" -> PDF;
            case "docx", "docm", "dotx" -> DOCX;
            case "doc", "dot" -> DOC;
            case "rtf" -> RTF;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "xlsx", "xlsm" -> XLSX;
            case "xls", "et" -> XLS;
            case "wps" -> WPS;
            case "ofd" -> OFD;
            default -> TEXT;
        };
    }
}
