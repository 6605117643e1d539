package org.w3id.hpkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.rdf.HP;

/** {@code hpf:highlight} marks a text query's words as the text index finds them, in SPARQL. */
class HighlightFunctionTest {

    @BeforeAll
    static void register() {
        HighlightFunction.register();
    }

    private static String highlight(String text, String query, String options) {
        String call = "PREFIX hpf: <" + HighlightFunction.NS + "> SELECT (hpf:highlight(?text, ?query"
                + (options == null ? "" : ", ?options") + ") AS ?h) WHERE {}";
        var pq = new org.apache.jena.query.ParameterizedSparqlString(call);
        pq.setLiteral("text", text);
        pq.setLiteral("query", query);
        if (options != null) {
            pq.setLiteral("options", options);
        }
        try (QueryExecution qe = QueryExecutionFactory.create(pq.asQuery(), ModelFactory.createDefaultModel())) {
            QuerySolution row = qe.execSelect().next();
            return row.contains("h") ? row.getLiteral("h").getString() : null;
        }
    }

    @Test
    void marksEveryOccurrenceOfTheWord() {
        assertEquals("全面实施«慢性病»综合防控策略,完善«慢性病»综合监测系统",
                highlight("全面实施慢性病综合防控策略,完善慢性病综合监测系统", "慢性病", "s:« | e:»"));
    }

    @Test
    void findsWordsInsideLongerWordsAsTheIndexDoes() {
        // the index also holds the two-character words inside longer ones: 慢性 finds 慢性病
        assertEquals("推行«慢性»病家庭医生签约服务", highlight("推行慢性病家庭医生签约服务", "慢性", "s:« | e:»"));
    }

    @Test
    void phrasesBooleanQueriesAndTraditionalText() {
        assertEquals("加强«卫生应急»能力建设", highlight("加强卫生应急能力建设", "\"卫生应急\"", "s:« | e:»"));
        assertEquals("«接种»率达到90%,公共«卫生»服务", highlight("接种率达到90%,公共卫生服务", "接种 OR 卫生", "s:« | e:»"));
        assertEquals("補齊公共«衛生»短板", highlight("補齊公共衛生短板", "衛生", "s:« | e:»"));
    }

    @Test
    void nothingWhenNoWordOccurs() {
        assertEquals("", highlight("加强卫生应急能力建设", "慢性病", "s:« | e:»"));
    }

    @Test
    void jenaTextOptionsAndDefaults() {
        String text = "一二三四五六七八九十。".repeat(20) + "慢性病" + "一二三四五六七八九十。".repeat(20);
        String cut = highlight(text, "慢性病", "s:[ | e:] | z:20 | m:1");
        assertTrue(cut.contains("[慢性病]") && cut.length() < 40, cut);
        // jena-text's own marks when no options are given
        assertEquals("↦慢性病↤防治", highlight("慢性病防治", "慢性病", null));
        String two = highlight("慢性病" + "一二三四五六七八九十".repeat(10) + "慢性病", "慢性病", "s:« | e:» | z:12 | m:2 | f: … ");
        // options are trimmed as jena-text trims them: "f: … " separates with " …"
        assertEquals("«慢性病»一二三四五六七八 …三四五六七八九十«慢性病»", two);
    }

    @Test
    void aQueryLuceneCannotReadIsAnErrorOfTheCall() {
        HighlightFunction f = new HighlightFunction();
        assertThrows(ExprEvalException.class,
                () -> f.exec(java.util.List.of(NodeValue.makeString("慢性病"), NodeValue.makeString("(慢性病"))));
        assertEquals(null, highlight("慢性病", "(慢性病", null), "an error leaves the value unbound in SPARQL");
    }

    @Test
    void marksWhatJenaTextMarks_onEveryHitInTheCorpus() throws Exception {
        // the store's index keeps no texts, so jena-text cannot mark them there: this index of the same
        // texts keeps them, and jena-text's marks of each hit are compared with hpf:highlight's
        Dataset dataset = AnalystCorpus.dataset();
        Map<Node, List<String>> texts = new HashMap<>();
        TextIndex index = TextIndexes.create(new ByteBuffersDirectory(), true);
        try {
            Txn.executeRead(dataset, () -> {
                for (Node property : TextIndexes.PROPERTIES) {
                    dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
                        if (TextIndexes.indexed(dataset.asDatasetGraph(), quad)) {
                            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), quad));
                            texts.computeIfAbsent(quad.getSubject(), s -> new ArrayList<>()).add(quad.getObject().getLiteralLexicalForm());
                        }
                    });
                }
            });
            index.commit();
            String options = "s:« | e:» | z:60 | m:2 | f: … ";
            int compared = 0;
            for (String query : List.of("慢性病", "健康", "慢性", "\"卫生应急\"", "接种 OR 卫生", "衛生", "疫苗接种率")) {
                List<TextHit> hits = index.query(HP.text, query, null, null, 100_000, options);
                assertTrue(!hits.isEmpty(), query + " is found in the corpus");
                for (TextHit hit : hits) {
                    String marked = hit.getLiteral().getLiteralLexicalForm();
                    List<String> ours = texts.get(hit.getNode()).stream().map(t -> highlight(t, query, options)).toList();
                    assertTrue(marked.contains("«") && ours.contains(marked), query + ": jena-text marked " + marked + ", hpf:highlight " + ours);
                    compared++;
                }
            }
            // each text once: the named graphs hold it once (the store no longer keeps a second copy in its default graph)
            assertEquals(294, compared, "hits compared");
        } finally {
            index.close();
        }
    }
}
