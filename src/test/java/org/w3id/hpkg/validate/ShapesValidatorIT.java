package org.w3id.hpkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.bench.CorpusGenerator;

/**
 * Fifteen generated plans validated as a rebuild validates them and against the union with the whole
 * shared graphs, with the same result (the cases one by one: {@link ShapesValidatorTest}).
 */
class ShapesValidatorIT {

    @BeforeAll
    static void setUp() {
        ShapesValidatorTest.setUp();
    }

    @Test
    void givenGeneratedPlans_whenValidated_thenTheyConform_asTheyDoAgainstTheWholeSharedGraphs() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(5);
        for (int i = 0; i < 15; i++) {
            Graph doc = ShapesValidatorTest.graphOf(generator.plan(i));
            assertEquals(List.of(), ShapesValidatorTest.validator.validate(doc));
            assertEquals(Set.of(), ShapesValidatorTest.viaUnion(doc));
        }
    }
}
