package org.w3id.hpkg.extract.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The government sectors of {@code data/sectors.ttl} (a SKOS scheme, packaged as
 * {@code hpkg/body/sectors.ttl}) and the words that place a body in one: a sector's
 * {@code skos:hiddenLabel}s, matched in the body's full name. A Chinese name ends with what the body
 * is, so the word that ends last wins, the longest of those ending there.
 */
public final class SectorScheme {

    /** Where the scheme is packaged. */
    public static final String RESOURCE = "/hpkg/body/sectors.ttl";

    private record Word(String text, String sector) {}

    private final List<Word> words = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    public SectorScheme() {
        Model model = read();
        model.listResourcesWithProperty(RDF.type, SKOS.Concept).forEachRemaining(concept -> {
            String key = notation(concept);
            keys.add(key);
            concept.listProperties(SKOS.hiddenLabel).forEachRemaining(s -> words.add(new Word(s.getString(), key)));
        });
        keys.sort(null);
        words.sort((a, b) -> a.text().compareTo(b.text()));
    }

    /** The scheme's triples, IRIs resolved against {@code base}. */
    public static Model read(String base) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = SectorScheme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return model;
    }

    private static Model read() {
        return read("https://w3id.org/hpkg/id/");
    }

    private static String notation(Resource concept) {
        Literal notation = concept.getProperty(SKOS.notation) == null ? null : concept.getProperty(SKOS.notation).getLiteral();
        if (notation == null) {
            throw new IllegalStateException(RESOURCE + ": sector " + concept + " has no skos:notation");
        }
        return notation.getString();
    }

    /** The keys of all sectors. */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    /** The sector of a body by its full name, or null when no word of the scheme occurs in it. */
    public String classify(String name) {
        Word best = null;
        int bestEnd = -1;
        for (Word w : words) {
            int at = name.lastIndexOf(w.text());
            if (at < 0) {
                continue;
            }
            int end = at + w.text().length();
            if (end > bestEnd || end == bestEnd && w.text().length() > best.text().length()) {
                best = w;
                bestEnd = end;
            }
        }
        return best == null ? null : best.sector();
    }
}
