package org.w3id.hpkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link LoadedDocument} text: each block element (p, h1–h6, li, div) a
 * line of its own, each table row a line with its cells separated by TAB, each PDF page (Tika's
 * {@code <div class="page">}) closed by a page-break line. Text inside a cell is kept on one line
 * (its paragraphs run together, as Chinese is written without spaces); a table inside a cell is read as
 * that cell's text. The document's head (title, meta) is not text of the plan and is skipped.
 */
final class BlockTextHandler extends DefaultHandler {

    /** Thrown (as the cause of a SAXException) when a document has more pages than a plan can have. */
    static final class TooManyPages extends SAXException {
        TooManyPages(int limit) {
            super("more than " + limit + " pages");
        }
    }

    private final int maxPages;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private final List<LoadedDocument.Heading> headings = new ArrayList<>();
    private List<String> row;
    private StringBuilder cell;
    private int tableDepth;
    private int headDepth;
    private int headingLevel;
    private int pages;
    /** Open divs, true for a PDF page. */
    private final java.util.Deque<Boolean> divs = new java.util.ArrayDeque<>();

    private final org.apache.tika.metadata.Metadata metadata;

    /** @param metadata the parse's metadata, where a PDF's page count stands before its first page */
    BlockTextHandler(int maxPages, org.apache.tika.metadata.Metadata metadata) {
        this.maxPages = maxPages;
        this.metadata = metadata;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth++;
            return;
        }
        if (headDepth > 0) {
            return;
        }
        switch (name) {
            case "table" -> {
                if (tableDepth++ == 0) {
                    flushBlock();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    cell = new StringBuilder();
                }
            }
            case "div" -> {
                boolean page = "page".equals(atts.getValue("class"));
                divs.push(page);
                if (page && (++pages > maxPages || pages == 1 && declaredPages() > maxPages)) {
                    throw new TooManyPages(maxPages);
                }
                breakBlock();
            }
            case "br" -> breakBlock();
            default -> {
                if (isBlock(name)) {
                    breakBlock();
                    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1)) && cell == null) {
                        headingLevel = name.charAt(1) - '0';
                    }
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth--;
            return;
        }
        if (headDepth > 0) {
            return;
        }
        switch (name) {
            case "td", "th" -> {
                if (tableDepth == 1 && cell != null && row != null) {
                    row.add(cell.toString().replaceAll("[\\s\\u3000]+", " ").strip());
                    cell = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    if (row.stream().anyMatch(c -> !c.isEmpty())) {
                        out.append(String.join("\t", row)).append('\n');
                    }
                    row = null;
                }
            }
            case "table" -> tableDepth = Math.max(0, tableDepth - 1);
            case "div" -> {
                breakBlock();
                if (!divs.isEmpty() && divs.pop()) {
                    flushBlock();
                    out.append(LoadedDocument.PAGE_BREAK).append('\n');
                }
            }
            default -> {
                if (isBlock(name)) {
                    breakBlock();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0) {
            return;
        }
        if (cell != null) {
            cell.append(ch, start, length);
        } else if (tableDepth == 0) {
            block.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flushBlock();
    }

    private void breakBlock() {
        if (cell != null) {
            return; // paragraphs inside a cell stay in the cell
        }
        flushBlock();
    }

    private void flushBlock() {
        if (block.length() > 0) {
            String text = block.toString();
            // a PDF paragraph keeps its printed lines and their trailing gaps (the normalizer rejoins them)
            for (String line : text.split("\r?\n|\r")) {
                if (!line.isBlank()) {
                    out.append(line).append('\n');
                }
            }
            if (headingLevel > 0 && !text.isBlank()) {
                headings.add(new LoadedDocument.Heading(headingLevel, text.replaceAll("\\s+", " ").strip()));
            }
            block.setLength(0);
        }
        headingLevel = 0;
    }

    private int declaredPages() {
        String count = metadata.get("xmpTPg:NPages");
        try {
            return count == null ? 0 : Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "title", "blockquote", "pre", "ul", "ol", "dd", "dt",
                    "section", "article", "header", "footer", "nav", "aside", "body" -> true;
            default -> false;
        };
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }

    /** Pages seen (PDF only; 0 for formats without pages). */
    int pages() {
        return pages;
    }

    String text() {
        return out.toString();
    }

    List<LoadedDocument.Heading> headings() {
        return headings;
    }
}
