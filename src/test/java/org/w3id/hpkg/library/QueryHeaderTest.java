package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryHeaderTest {

    @Test
    void givenAFullHeader_thenEveryFieldIsRead() {
        QueryHeader h = QueryHeader.parse("""
                # title: Tasks due in a window
                # question: Which tasks fall due between two dates?
                # 问题: 哪些任务在给定日期区间内到期？
                # params: from (xsd:date, default 2020-06-01) first day
                # params: within (string, default "" = every region) plans of this region
                # example:
                #   due	task
                #   2020-11-30	4
                SELECT * WHERE { VALUES (?from ?within) { ("2020-06-01"^^xsd:date "") } }
                # a comment in the body is not part of the header
                """);
        assertEquals("Tasks due in a window", h.title());
        assertEquals("Which tasks fall due between two dates?", h.question());
        assertEquals("哪些任务在给定日期区间内到期？", h.questionZh());
        assertEquals(List.of(new QueryHeader.Param("from", "xsd:date", "2020-06-01", "first day"),
                new QueryHeader.Param("within", "string", "", "plans of this region (\"\": every region)")), h.params());
        assertEquals(List.of("due\ttask", "2020-11-30\t4"), h.example());
    }

    @Test
    void givenParamsNone_thenThereAreNoParameters() {
        assertTrue(QueryHeader.parse("# title: t\n# params: none\nSELECT * {}").params().isEmpty());
    }

    @Test
    void givenAnUnreadableParamsLine_thenTheErrorQuotesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryHeader.parse("# params: before 2020-12-01\nSELECT * {}"));
        assertTrue(e.getMessage().contains("before 2020-12-01"), e.getMessage());
    }
}
