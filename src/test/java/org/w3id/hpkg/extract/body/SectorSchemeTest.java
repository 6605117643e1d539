package org.w3id.hpkg.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The scheme of government sectors (data/sectors.ttl) and the classification of bodies into it. */
class SectorSchemeTest {

    private final SectorScheme sectors = new SectorScheme();

    @Test
    void theWordThatEndsLastWins_theLongestWhereSeveralEndThere() {
        assertEquals("health-commission", sectors.classify("国家卫生健康委员会"));
        assertEquals("medical-institutions", sectors.classify("各乡镇卫生院"));
        assertEquals("state-assets", sectors.classify("国务院国有资产监督管理委员会"));
        assertEquals("government", sectors.classify("国务院办公厅"));
        assertEquals("education", sectors.classify("博兴县教育和体育局"));
        assertEquals("disease-control", sectors.classify("同心县疾病预防控制中心"));
        assertEquals("propaganda", sectors.classify("中共同心县委宣传部"));
        assertEquals("health-commission", sectors.classify("中共同心县卫生健康局党组"));
        assertEquals("mass-organizations", sectors.classify("共青团江西省委员会"));
        assertEquals("market-regulation", sectors.classify("南昌市市场监督管理局"));
        assertEquals("medical-insurance", sectors.classify("国家医疗保障局"));
        assertEquals("ecology-environment", sectors.classify("生态环境部"));
        assertEquals("sports", sectors.classify("国家体育总局"));
        assertEquals("civil-affairs", sectors.classify("民政部"));
        assertNull(sectors.classify("各有关部门"));
    }

    @Test
    void everySectorIsAConceptOfTheSchemeWithItsKeyAndLabelsInBothLanguages() {
        Model model = SectorScheme.read("https://example.org/base/");
        Resource scheme = model.createResource("https://example.org/base/sectors");
        assertTrue(model.contains(scheme, RDF.type, SKOS.ConceptScheme));
        Set<String> keys = new HashSet<>();
        model.listResourcesWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            String key = c.getProperty(SKOS.notation).getString();
            assertEquals("https://example.org/base/sector/" + key, c.getURI(), "the key is the IRI's last segment");
            assertTrue(keys.add(key), "one concept per key: " + key);
            assertTrue(c.hasProperty(SKOS.inScheme, scheme), key);
            Set<String> languages = new HashSet<>();
            c.listProperties(SKOS.prefLabel).forEachRemaining(l -> languages.add(l.getLanguage()));
            assertEquals(Set.of("en", "zh"), languages, key);
            assertTrue(c.hasProperty(SKOS.topConceptOf, scheme) || c.hasProperty(SKOS.broader), key + " is placed in the hierarchy");
        });
        assertEquals(Set.copyOf(sectors.keys()), keys);
        for (String wanted : Set.of("health-commission", "disease-control", "medical-institutions", "education", "sports",
                "civil-affairs", "finance", "medical-insurance", "market-regulation", "ecology-environment", "propaganda")) {
            assertTrue(keys.contains(wanted), wanted);
        }
    }
}
