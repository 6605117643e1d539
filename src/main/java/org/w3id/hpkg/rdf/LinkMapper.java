package org.w3id.hpkg.rdf;

import java.util.Collection;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.extract.NearSynonyms;

/**
 * The links graph ({@code <base>graph/links}), built once all documents are mapped, from the set of
 * indicator keys: {@code skos:closeMatch} between near-synonym indicators ({@link NearSynonyms}, stated
 * in both directions so queries need no inference), and from an indicator to the UN SDG indicator the
 * hand-checked table maps its key to ({@link SdgIndicators}), with that indicator's notation and name.
 * The same keys always give the same triples.
 */
public final class LinkMapper {

    private final IriMinter iris;
    private final NearSynonyms synonyms;
    private final SdgIndicators sdg;

    public LinkMapper(IriMinter iris, NearSynonyms synonyms, SdgIndicators sdg) {
        this.iris = iris;
        this.synonyms = synonyms;
        this.sdg = sdg;
    }

    /** Emits the links graph; returns the number of quads written. */
    public long map(Collection<String> indicatorKeys, StreamRDF out) {
        QuadWriter w = new QuadWriter(out, iris.linksGraph());
        Node closeMatch = SKOS.closeMatch.asNode();
        TreeSet<String> keys = new TreeSet<>(indicatorKeys);
        for (NearSynonyms.Pair pair : synonyms.pairs(keys)) {
            Node a = iris.indicator(pair.first());
            Node b = iris.indicator(pair.second());
            w.add(a, closeMatch, b);
            w.add(b, closeMatch, a);
        }
        TreeSet<String> linked = new TreeSet<>();
        for (String key : keys) {
            SdgIndicators.Indicator target = sdg.of(key);
            if (target != null) {
                w.add(iris.indicator(key), closeMatch, NodeFactory.createURI(target.iri()));
                linked.add(target.iri());
            }
        }
        for (String iri : linked) {
            SdgIndicators.Indicator target = sdg.all().values().stream().filter(i -> i.iri().equals(iri)).findFirst()
                    .orElseThrow();
            Node node = NodeFactory.createURI(iri);
            w.add(node, SKOS.notation.asNode(), target.notation());
            w.add(node, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(target.name(), "en"));
        }
        return w.count();
    }
}
