package org.w3id.hpkg.rebuild;

import com.hankcs.hanlp.HanLP;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Extractor;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.normalize.NormalizedDocument;
import org.w3id.hpkg.normalize.Normalizer;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.parse.DocumentParser;

/**
 * Normalize, parse and extract for one file. Holds the stages' dictionaries, which are loaded once and
 * are read-only afterwards, so one instance serves many documents.
 */
public final class DocumentPipeline {

    private final DocumentParser parser = new DocumentParser();
    private final Normalizer normalizer = new Normalizer(parser.paragraphStart());
    private final Gazetteer gazetteer;
    private final Extractor extractor;

    public DocumentPipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.extractor = new Extractor(gazetteer);
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
        NormalizedDocument normalized = normalizer.normalize(fileName, bytes);
        return extractor.extract(parser.parse(normalized));
    }
}
