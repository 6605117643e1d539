package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minted IRIs survive HTTP: no segment carries an encoding that servers refuse as ambiguous. */
class IriMinterTest {

    private final IriMinter iris = new IriMinter(HP.DEFAULT_BASE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%|percent", "‰|permille", "/10万|per-10万", "/万|per-万", "个百分点|个百分点", "万人次|万人次", "''|none"})
    void givenAUnitAsWritten_whenItsStatisticsAreMinted_thenTheUnitIsACodeWithoutPercentOrSlash(String unit, String code) {
        String iri = iris.statistics(iris.indicator("孕产妇死亡率"), unit).getURI();
        assertEquals(HP.DEFAULT_BASE + "statistics/孕产妇死亡率/" + code, iri);
        assertFalse(URI.create(iri).toASCIIString().matches(".*%(25|2F|5C).*"), iri);
    }

    @Test
    void givenNamesWithSlashPercentOrBackslash_whenMinted_thenTheyBecomeFullWidthAndStayReadable() {
        assertEquals(HP.DEFAULT_BASE + "org/医政医管局／处", iris.organization(null, "医政医管局/处").getURI());
        assertEquals(HP.DEFAULT_BASE + "programme/百分之百％行动＼二期", iris.programme("百分之百%行动\\二期").getURI());
        assertEquals("a%20b", IriMinter.segment("a b"), "other characters are still percent-encoded");
    }
}
