package org.w3id.hpkg.rebuild;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.util.Map;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Extractor;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.load.ConversionCache;
import org.w3id.hpkg.load.DocumentFormat;
import org.w3id.hpkg.load.DocumentLoader;
import org.w3id.hpkg.load.LoadException;
import org.w3id.hpkg.load.LoadOptions;
import org.w3id.hpkg.load.LoadedDocument;
import org.w3id.hpkg.load.Origin;
import org.w3id.hpkg.normalize.NormalizedDocument;
import org.w3id.hpkg.normalize.Normalizer;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.parse.DocumentParser;
import org.w3id.hpkg.rebuild.manifest.CodeFingerprint;

/**
 * Load, normalize, parse and extract for one file. Holds the stages' dictionaries, which are loaded once
 * and are read-only afterwards, so one instance serves many documents. Text files go straight to the
 * normalizer; other formats through the loader, whose conversions are kept per content hash in the
 * cache (when there is one), so that a rebuild converts a file only once.
 */
public final class DocumentPipeline {

    private final DocumentParser parser = new DocumentParser();
    private final Normalizer normalizer = new Normalizer(parser.paragraphStart(), parser.markerStyles());
    private final Gazetteer gazetteer;
    private final Extractor extractor;
    private final DocumentLoader loader;
    private final ConversionCache cache;

    public DocumentPipeline(Gazetteer gazetteer) {
        this(gazetteer, LoadOptions.defaults(), null);
    }

    /** @param cache where conversions are kept, or null to convert every time */
    public DocumentPipeline(Gazetteer gazetteer, LoadOptions load, ConversionCache cache) {
        this.gazetteer = gazetteer;
        this.extractor = new Extractor(gazetteer);
        this.loader = new DocumentLoader(load);
        this.cache = cache;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Has HanLP load its segmentation dictionaries, which it otherwise loads on the first segmentation
     * (about a second): a rebuild calls it on another thread while it compares the corpus with its
     * manifest, so that an incremental rebuild's first document does not wait for them.
     */
    public void warmUp() {
        HanLP.segment(gazetteer.all().iterator().next().name());
    }

    public ExtractedDocument process(String fileName, byte[] bytes) throws UnreadableInputException {
        return process(fileName, bytes, Map.of());
    }

    /** @param stated what {@code sources.csv} says about the file (wins over its header) */
    public ExtractedDocument process(String fileName, byte[] bytes, Map<Origin.Field, String> stated)
            throws UnreadableInputException {
        return extractor.extract(parser.parse(normalize(fileName, bytes, stated)));
    }

    NormalizedDocument normalize(String fileName, byte[] bytes, Map<Origin.Field, String> stated)
            throws UnreadableInputException {
        DocumentFormat format = DocumentFormat.of(fileName);
        if (!format.converted()) {
            NormalizedDocument doc = normalizer.normalize(fileName, bytes);
            return stated.isEmpty() ? doc : doc.withOrigin(doc.origin().stating(stated));
        }
        LoadedDocument loaded = load(fileName, format, bytes);
        Origin origin = new Origin(loaded.format(), loaded.recognized(), Map.of(), loaded.metadata()).stating(stated);
        return normalizer.normalize(fileName, loaded, origin);
    }

    private LoadedDocument load(String fileName, DocumentFormat format, byte[] bytes) throws UnreadableInputException {
        String sha256 = cache == null ? null : CodeFingerprint.sha256(bytes);
        LoadedDocument loaded = cache == null ? null : cache.get(sha256, loader.options());
        if (loaded != null) {
            return loaded;
        }
        try {
            loaded = loader.load(fileName, format, bytes);
        } catch (LoadException e) {
            throw new UnreadableInputException(e.getMessage());
        }
        if (cache != null) {
            try {
                cache.put(sha256, loader.options(), loaded);
            } catch (IOException e) {
                // the conversion is only an optimization: the document is still read, just again next time
            }
        }
        return loaded;
    }
}
