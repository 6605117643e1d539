package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SdgIndicatorsTest {

    @Test
    void notationsBecomeSdgKosIris() {
        assertEquals("http://metadata.un.org/sdg/C030b01", SdgIndicators.iriOf("3.b.1"));
        assertEquals("http://metadata.un.org/sdg/C030101", SdgIndicators.iriOf("3.1.1"));
        assertEquals("http://metadata.un.org/sdg/C171802", SdgIndicators.iriOf("17.18.2"));
        assertThrows(IllegalArgumentException.class, () -> SdgIndicators.iriOf("3.b"));
    }

    @Test
    void immunisationCoverageMapsTo3b1() {
        SdgIndicators table = new SdgIndicators();
        assertEquals("3.b.1", table.of("适龄儿童免疫规划疫苗接种率").notation());
        assertEquals("http://metadata.un.org/sdg/C030b01", table.of("儿童疫苗接种率").iri());
        assertNull(table.of("县域就诊率"), "only hand-checked keys are mapped");
        assertTrue(table.all().size() >= 10);
    }
}
