package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest
    @CsvSource({
        "2020年11月, 2020-11-30",
        "2020年2月, 2020-02-29",
        "2020年底, 2020-12-31",
        "2021年年底前, 2021-12-31",
        "2020年6月底前, 2020-06-30",
        "6月底前, 2020-06-30",
        "2020年9月15日, 2020-09-15",
        "年底前, 2020-12-31",
        "第三季度, 2020-09-30",
        "上半年, 2020-06-30",
        "2021年第四季度, 2021-12-31",
        "2021年4季度, 2021-12-31",
        "2021年下半年, 2021-12-31",
        "2020年10月—2020年12月, 2020-12-31"
    })
    void periodsEndOnTheirLastDay(String text, String due) {
        Deadline d = parser.parse(text, 2020);
        assertEquals(LocalDate.parse(due), d.due());
    }

    @ParameterizedTest
    @CsvSource({"长期坚持", "长期", "持续推进"})
    void ongoing(String text) {
        assertTrue(parser.parse(text, 2020).ongoing());
    }

    @ParameterizedTest
    @CsvSource({"按上级要求", "''", "2020年13月"})
    void notADeadline(String text) {
        assertNull(parser.parse(text, 2020));
    }

    /** A quarter or half without a year, in a plan whose year is unknown, names no date (it once threw). */
    @ParameterizedTest
    @CsvSource({"第三季度", "下半年"})
    void periodWithoutAnyYear(String text) {
        assertNull(parser.parse(text, null));
    }
}
