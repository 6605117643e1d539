package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
