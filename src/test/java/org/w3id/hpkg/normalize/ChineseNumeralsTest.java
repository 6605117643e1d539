package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsDigitsAndZeros() {
        assertEquals(0, ChineseNumerals.value("〇"));
        assertEquals(0, ChineseNumerals.value("零"));
        assertEquals(7, ChineseNumerals.value("七"));
        assertEquals(2, ChineseNumerals.value("两"));
        assertEquals(2, ChineseNumerals.digit('两'));
        assertEquals(0, ChineseNumerals.digit('○'));
    }

    @Test
    void readsTensHundredsThousandsAndTenThousands() {
        assertEquals(10, ChineseNumerals.value("十"));
        assertEquals(11, ChineseNumerals.value("十一"));
        assertEquals(20, ChineseNumerals.value("二十"));
        assertEquals(25, ChineseNumerals.value("二十五"));
        assertEquals(105, ChineseNumerals.value("一百零五"));
        assertEquals(110, ChineseNumerals.value("一百一十"));
        assertEquals(1200, ChineseNumerals.value("一千二百"));
        assertEquals(1205, ChineseNumerals.value("一千二百零五"));
        assertEquals(30000, ChineseNumerals.value("三万"));
        assertEquals(12000, ChineseNumerals.value("一万二千"));
        assertEquals(20000, ChineseNumerals.value("两万"));
    }

    @Test
    void readsYearsDigitByDigit() {
        assertEquals(2021, ChineseNumerals.value("二〇二一"));
        assertEquals(2021, ChineseNumerals.value("二零二一"));
        assertEquals(2030, ChineseNumerals.value("二○三○"));
    }

    @Test
    void readsAsciiDigitsAndRejectsWhatIsNoNumber() {
        assertEquals(3, ChineseNumerals.value("3"));
        assertEquals(2025, ChineseNumerals.value("2025"));
        assertEquals(-1, ChineseNumerals.value(""));
        assertEquals(-1, ChineseNumerals.value(null));
        assertEquals(-1, ChineseNumerals.value("第三"));
        assertEquals(-1, ChineseNumerals.value("三个"));
        assertEquals(-1, ChineseNumerals.value("一万两万"));
        assertEquals(-1, ChineseNumerals.digit('个'));
    }
}
