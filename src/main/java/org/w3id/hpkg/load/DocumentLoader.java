package org.w3id.hpkg.load;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.w3id.hpkg.data.DataTable;
import org.xml.sax.SAXException;

/**
 * The load stage: the bytes of a PDF, Word, Excel, RTF or saved web page in, {@link LoadedDocument} out,
 * through Apache Tika with only the parsers of those formats. Tika's own guards apply: its zip-bomb
 * check (AutoDetectParser's secure handler), POI's inflation ratio, the write limit; a page limit is
 * counted as pages arrive, and each file is read on a watchdog thread that gives up after the time
 * limit (a parser that hangs costs one thread until the process ends, never the rebuild). Every
 * refusal is a {@link LoadException} whose message names the problem.
 */
public final class DocumentLoader implements AutoCloseable {

    /** Fewer readable characters per page than this: the PDF is a scan without a text layer. */
    private static final int SCAN_CHARS_PER_PAGE = 10;

    private final LoadOptions options;
    private final Parser parser;
    private final TesseractOCRParser ocr;
    private final Map<String, Origin.Field> metadataNames = new java.util.HashMap<>();
    private final ExecutorService watchdog = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hpkg-load");
        thread.setDaemon(true);
        return thread;
    });

    public DocumentLoader(LoadOptions options) {
        this(options, null);
    }

    /** For tests: {@code parser} replaces Tika's (a parser that hangs, say); null for Tika's. */
    DocumentLoader(LoadOptions options, Parser parser) {
        this.options = options;
        this.ocr = options.ocr() ? new TesseractOCRParser() : null;
        this.parser = parser != null ? parser : tikaParser(ocr);
        for (String[] row : DataTable.load("load/metadata-names.tsv").rows()) {
            metadataNames.put(row[1], Origin.Field.valueOf(row[0]));
        }
    }

    private static Parser tikaParser(TesseractOCRParser ocr) {
        PDFParser pdf = new PDFParser();
        return ocr != null
                ? new AutoDetectParser(pdf, new OOXMLParser(), new OfficeParser(), new RTFParser(), new JSoupParser(), ocr)
                : new AutoDetectParser(pdf, new OOXMLParser(), new OfficeParser(), new RTFParser(), new JSoupParser());
    }

    public LoadOptions options() {
        return options;
    }

    /** Whether recognition was asked for and Tesseract (with its Chinese data) can be run here. */
    public boolean canRecognize() {
        return ocr != null && hasTesseract(ocr);
    }

    private static boolean hasTesseract(TesseractOCRParser ocr) {
        try {
            return ocr.hasTesseract();
        } catch (org.apache.tika.exception.TikaConfigException e) {
            return false;
        }
    }

    /** Reads a converted format; {@code format} is the one the file's name gives ({@link DocumentFormat#of}). */
    public LoadedDocument load(String fileName, DocumentFormat format, byte[] bytes) throws LoadException {
        if (format == DocumentFormat.OFD) {
            throw new LoadException("an OFD file (GB/T 33190), which hpkg cannot read: save or print it as PDF");
        }
        if (bytes.length == 0) {
            throw new LoadException("the file is empty");
        }
        Future<LoadedDocument> reading = watchdog.submit(() -> parse(fileName, format, bytes));
        try {
            return reading.get(options.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new LoadException(String.format("reading it took longer than %d s (--file-seconds); the %s may be damaged",
                    options.timeLimit().toSeconds(), format.description()));
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while reading it");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LoadException load) {
                throw load;
            }
            throw new LoadException(reason(format, cause), cause);
        }
    }

    private LoadedDocument parse(String fileName, DocumentFormat format, byte[] bytes) throws Exception {
        Metadata metadata = new Metadata();
        BlockTextHandler blocks = new BlockTextHandler(options.maxPages(), metadata);
        WriteOutContentHandler limited = new WriteOutContentHandler(blocks, options.maxChars());
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        // Embedded files (images, objects in a Word file) are not text of the plan, except for recognition.
        context.set(Parser.class, ocr != null ? parser : EmptyParser.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(ocr != null ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        if (ocr != null) {
            TesseractOCRConfig config = new TesseractOCRConfig();
            config.setLanguage("chi_sim");
            context.set(TesseractOCRConfig.class, config);
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, limited, metadata, context);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || !supported(type)) {
            throw new LoadException(String.format("it is not a readable %s file (its content is %s)", format.description(),
                    type == null ? "unknown" : type.replaceAll(";.*", "")));
        }
        String text = blocks.text();
        boolean recognized = ocrPages(metadata) > 0;
        int pages = blocks.pages();
        long readable = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (format == DocumentFormat.PDF && pages > 0 && readable < (long) SCAN_CHARS_PER_PAGE * pages) {
            throw new LoadException(ocr == null
                    ? "the PDF has no text layer (a scan): run the rebuild with --ocr where tesseract-ocr and"
                            + " tesseract-ocr-chi-sim are installed"
                    : hasTesseract(ocr) ? "the PDF has no text layer (a scan) and recognition found no text in it"
                    : "the PDF has no text layer (a scan) and --ocr needs tesseract-ocr and tesseract-ocr-chi-sim,"
                            + " which are not installed");
        }
        if (readable == 0) {
            throw new LoadException("the " + format.description() + " file holds no text");
        }
        return new LoadedDocument(DocumentFormat.of(fileName), text, blocks.headings(), stated(metadata), recognized, pages);
    }

    private static int ocrPages(Metadata metadata) {
        String count = metadata.get("pdf:ocrPageCount");
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean supported(String type) {
        String t = type.replaceAll(";.*", "").strip();
        return t.equals("application/pdf") || t.startsWith("application/vnd.openxmlformats-officedocument")
                || t.startsWith("application/vnd.ms-") || t.equals("application/msword") || t.equals("application/rtf")
                || t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("application/x-tika-msoffice")
                || t.equals("application/vnd.ms-word.document.macroenabled.12") || t.startsWith("application/x-tika-ooxml");
    }

    private Map<Origin.Field, String> stated(Metadata metadata) {
        Map<Origin.Field, String> found = new EnumMap<>(Origin.Field.class);
        for (String name : metadata.names()) {
            Origin.Field field = metadataNames.get(name);
            String value = metadata.get(name);
            if (field != null && value != null && !value.isBlank()) {
                found.putIfAbsent(field, value.strip());
            }
        }
        return found;
    }

    /** The operator's words for what went wrong inside a parser. */
    private String reason(DocumentFormat format, Throwable e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return "its text is longer than the " + options.maxChars() + " characters a plan can have";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BlockTextHandler.TooManyPages) {
                return "it has more than the " + options.maxPages() + " pages a plan can have (a compilation or a book?)";
            }
            if (t instanceof EncryptedDocumentException) {
                return "the " + format.description() + " file is encrypted (password-protected)";
            }
            if (t instanceof ZeroByteFileException) {
                return "the file is empty";
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return "it expands to far more than its size (a zip bomb?): " + firstLine(message);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = format == DocumentFormat.WPS
                ? "a WPS Office file that is not in Word format (save it as .docx or PDF)"
                : "the " + format.description() + " file is damaged or not what its name says";
        return what + ": " + firstLine(root instanceof TikaException || root instanceof IOException
                || root instanceof SAXException ? root.getMessage() : root.toString());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
