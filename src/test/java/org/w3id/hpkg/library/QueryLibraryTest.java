package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every library query: documented, parameters as documented, an example that is its real output, an answer. */
public class QueryLibraryTest {

    static Stream<LibraryQuery> queries() {
        return AnalystCorpus.library().queries().stream();
    }

    @Test
    void givenTheLibrary_thenItHoldsAtLeastFifteenQueriesIncludingTheFirstEight() {
        QueryLibrary library = AnalystCorpus.library();
        assertTrue(library.queries().size() >= 15, "only " + library.queries().size() + " queries");
        for (String name : List.of("targets", "indicator-across-documents", "tasks-per-lead-body", "tasks-due-before",
                "tasks-without-body-or-deadline", "recurring-programmes", "target-sources", "data-quality-notes")) {
            assertTrue(library.find(name).isPresent(), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void givenALibraryQuery_thenItsHeaderAsksTheQuestionInEnglishAndChinese(LibraryQuery q) {
        QueryHeader h = q.header();
        assertFalse(h.title() == null || h.title().isBlank(), "title");
        assertFalse(h.question() == null || h.question().isBlank(), "question");
        assertNotNull(h.questionZh(), "问题");
        assertTrue(h.questionZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the 问题 line is in Chinese: " + h.questionZh());
    }

    /** jena-text answers at most 10,000 hits unless told a limit: filters after the search would lose matches. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void givenALibraryQueryThatSearchesText_thenEveryTextQueryNamesALimit(LibraryQuery q) {
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("text:query\\s*\\(([^)]*)\\)").matcher(q.text());
        while (call.find()) {
            // (property query limit options…): the third element is the limit
            assertTrue(call.group(1).strip().matches("\\S+\\s+\\S+\\s+\\d{6,}(\\s.*)?"),
                    q.name() + ": text:query without a limit above jena-text's 10,000: " + call.group());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void givenALibraryQuery_thenItsDocumentedParametersAreItsValuesVariablesWithTheSameDefaults(LibraryQuery q) {
        Map<String, Node> defaults = q.parameterDefaults();
        List<String> documented = q.header().params().stream().map(QueryHeader.Param::name).toList();
        assertEquals(q.parameterNames(), documented, "# params: lines against the VALUES block");
        for (QueryHeader.Param p : q.header().params()) {
            // the documented default, given with --param, is exactly the term the query uses by default
            assertEquals(defaults.get(p.name()), QueryParameters.term(p.defaultValue()), p.name());
            assertFalse(p.description().isBlank(), p.name() + " has no description");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void givenALibraryQuery_whenRunOnTheCorpusWithItsDefaults_thenItAnswersWithTheColumnsOfItsExample(LibraryQuery q) {
        // a corpus that conforms has nothing in quarantine: RebuildSafetyIT checks that query's example
        org.junit.jupiter.api.Assumptions.assumeFalse(q.name().equals("quarantined-files"));
        assertAnswersAsItsExample(q, AnalystCorpus.dataset());
    }

    /** The query answers on {@code data} with the columns and first row its header's example shows. */
    public static void assertAnswersAsItsExample(LibraryQuery q, org.apache.jena.query.Dataset data) {
        ResultTable result = ResultTable.select(data, q.parse());
        assertTrue(result.size() >= 1, q.name() + " found nothing");
        List<String> example = q.header().example();
        assertTrue(example.size() >= 2, q.name() + ": the example needs a header row and at least one row");
        assertEquals(result.columns(), Arrays.asList(example.get(0).split("\t")), "example header row");
        // the example's first row is the query's first row (cells shortened to 40 characters in the header)
        String[] first = example.get(1).split("\t", -1);
        assertEquals(result.columns().size(), first.length, "example row width");
        for (int c = 0; c < first.length; c++) {
            String actual = result.text(0, result.columns().get(c)).replace('\n', ' ');
            String shown = first[c];
            boolean shortened = shown.endsWith("…") && shown.length() == 40;
            if (!result.columns().get(c).equals("score")) {
                assertTrue(shortened ? actual.startsWith(shown.substring(0, 39)) : actual.equals(shown),
                        q.name() + " example column " + result.columns().get(c) + ": shown " + shown + ", actual " + actual);
            }
        }
    }

    @Test
    void givenTheJar_whenThereIsNoQueriesFolder_thenThePackagedLibraryHasTheSameQueries() throws IOException {
        QueryLibrary packaged = QueryLibrary.packaged();
        assertEquals(AnalystCorpus.library().queries().stream().map(LibraryQuery::name).toList(),
                packaged.queries().stream().map(LibraryQuery::name).toList());
        assertEquals(AnalystCorpus.library().get("targets").text(), packaged.get("targets").text());
    }

    @Test
    void givenAParameter_thenItIsSetInTheSubqueriesThatRepeatItsValuesBlock() {
        String text = "SELECT * WHERE { VALUES ?k { \"a\" } { SELECT ?k ?n WHERE { { SELECT ?k ?n WHERE { VALUES ?k { \"a\" } BIND (1 AS ?n) } } } } }";
        LibraryQuery q = new LibraryQuery("t", "t.rq", text, QueryHeader.parse(text));
        String set = q.withParameters(Map.of("k", "b")).toString();
        assertFalse(set.contains("\"a\""), set);
        assertEquals(2, set.split("\"b\"", -1).length - 1, set);
    }

    @Test
    void givenAnUnknownName_thenTheErrorListsTheKnownQueries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalystCorpus.library().get("no-such-query"));
        assertTrue(e.getMessage().contains("tasks-due-before"), e.getMessage());
    }

    @Test
    void givenAParameterTheQueryDoesNotDeclare_thenItIsRefusedNamingTheDeclaredOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalystCorpus.library().get("overdue-tasks").withParameters(Map.of("before", "2020-01-01")));
        assertTrue(e.getMessage().contains("asOf"), e.getMessage());
    }
}
