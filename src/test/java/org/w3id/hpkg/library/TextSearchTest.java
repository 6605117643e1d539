package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code hpkg search} on the corpus: Chinese words inside longer words, exact phrases first, original characters. */
class TextSearchTest {

    private static TextSearch search;
    private static Map<String, String> taskText;

    @BeforeAll
    static void corpus() {
        search = new TextSearch(AnalystCorpus.library(), AnalystCorpus.dataset());
        ResultTable t = ResultTable.select(AnalystCorpus.dataset(), QueryRunner.parse(
                "SELECT ?file ?task ?text WHERE { ?t a hp:Task ; hp:ordinal ?task ; hp:text ?text ; hp:document/hp:sourceFile ?file }"));
        taskText = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            taskText.put(t.text(i, "file") + " " + t.text(i, "task"), t.text(i, "text"));
        }
    }

    private static Set<String> found(ResultTable hits) {
        return IntStream.range(0, hits.size()).mapToObj(i -> hits.text(i, "file") + " " + hits.text(i, "task"))
                .collect(Collectors.toSet());
    }

    private static Set<String> containing(String word) {
        return taskText.entrySet().stream().filter(e -> e.getValue().contains(word)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void givenATwoCharacterWordInsideLongerWords_thenEveryTaskWithItIsFound() {
        for (String word : new String[] {"慢性", "血压", "覆盖"}) {
            Set<String> expected = containing(word);
            // the word occurs inside longer words only, in at least one task: 慢性病, 高血压, 覆盖率
            assertTrue(expected.stream().anyMatch(k -> !taskText.get(k).replaceAll(word + "[病率]|高" + word, "").contains(word)),
                    word + " should occur inside a longer word somewhere");
            ResultTable hits = search.search(word, null, null, false);
            assertEquals(expected, found(hits), word);
            for (int i = 0; i < hits.size(); i++) {
                assertTrue(hits.text(i, "match").contains("«" + word + "»"), hits.text(i, "match"));
            }
        }
    }

    @Test
    void givenAPhrase_thenTasksWithTheExactPhraseRankAboveTasksWithItsWordsApart() {
        for (String phrase : new String[] {"卫生应急", "健康管理"}) {
            ResultTable hits = search.search(phrase, null, null, false);
            Set<String> exact = containing(phrase);
            assertFalse(exact.isEmpty());
            assertTrue(hits.size() > exact.size(), "tasks with the words of " + phrase + " apart are found too");
            for (int i = 0; i < hits.size(); i++) {
                boolean isExact = exact.contains(hits.text(i, "file") + " " + hits.text(i, "task"));
                assertEquals(i < exact.size(), isExact, phrase + " rank " + (i + 1) + ": " + hits.text(i, "label"));
            }
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.number(i - 1, "score") >= hits.number(i, "score"), "ranked by score");
            }
        }
        assertEquals(containing("家庭医生签约"), found(search.search("家庭医生签约", null, null, false)));
    }

    @Test
    void givenTraditionalCharacters_thenTheOriginalTextOfTheConvertedPlanIsSearched() {
        ResultTable traditional = search.search("醫療衛生", null, null, false);
        assertTrue(traditional.size() > 0);
        assertTrue(found(traditional).stream().anyMatch(k -> k.startsWith("004_")));
        int first = IntStream.range(0, traditional.size()).filter(i -> traditional.text(i, "file").startsWith("004_"))
                .findFirst().orElseThrow();
        assertTrue(traditional.text(first, "match").contains("«醫療衛生»"), traditional.text(first, "match"));
        // the same words in simplified characters find the converted plan through its normalized text
        assertEquals(containing("医疗卫生"), found(search.search("医疗卫生", null, null, false)).stream()
                .filter(containing("医疗卫生")::contains).collect(Collectors.toSet()));
    }

    @Test
    void givenARegionAndAYear_thenOnlyTasksOfPlansThereDueThenAreFound() {
        ResultTable hubei = search.search("慢性病", "湖北省", 2020, false);
        assertTrue(hubei.size() > 0);
        assertEquals(Set.of("荆门市"), IntStream.range(0, hubei.size()).mapToObj(i -> hubei.text(i, "region"))
                .collect(Collectors.toSet()));
        assertEquals(0, search.search("慢性病", "湖北省", 2021, false).size(), "荆门市's plan is for 2020");
        assertTrue(found(search.search("慢性病", null, null, false)).size() > hubei.size());
    }

    @Test
    void givenTargets_thenTheSentencesTheyWereReadFromAreSearched() {
        ResultTable hits = search.search("接种率", null, null, true);
        assertTrue(hits.size() >= 4);
        for (int i = 0; i < hits.size(); i++) {
            assertTrue(hits.text(i, "match").contains("«接种率»") || hits.text(i, "match").contains("«接种»"),
                    hits.text(i, "match"));
        }
    }

    @Test
    void givenWhatAnAnalystTypes_thenTheLuceneQueryAsksForThePhraseOrAllItsWords() {
        assertEquals("((\"家庭医生签约\"^4 OR (+\"家庭\" +\"医生\" +\"签约\")))", TextSearch.luceneQuery("家庭医生签约"));
        assertEquals("((\"慢性\"))", TextSearch.luceneQuery("慢性"));
        assertEquals("((\"慢性病\") AND (\"湖北\"))", TextSearch.luceneQuery(" 慢性病  湖北 "));
        assertEquals("((\"衛生\"^4 OR (+\"衛\" +\"生\") OR \"卫生\"))", TextSearch.luceneQuery("衛生"));
        assertEquals("((\"慢性病\"))", TextSearch.luceneQuery("\"慢性病\\"), "quotes and backslashes cannot break out");
        assertThrows(IllegalArgumentException.class, () -> TextSearch.luceneQuery("，。"));
    }
}
