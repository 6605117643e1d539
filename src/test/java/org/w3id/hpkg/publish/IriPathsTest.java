package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/** Requested paths map back to the IRIs {@link IriMinter} mints, however the client encoded them. */
class IriPathsTest {

    private final IriPaths paths = new IriPaths(HP.DEFAULT_BASE, "http://127.0.0.1:3030/");
    private final IriMinter minter = new IriMinter(HP.DEFAULT_BASE);

    @Test
    void givenARawOrPercentEncodedChineseName_whenMapped_thenTheMintedIriComesBack() {
        String iri = minter.organization("中共同心县卫生健康局党组", "局健康综合岗位").getURI();
        String raw = iri.substring(HP.DEFAULT_BASE.length());
        assertEquals(iri, paths.iriFor(raw));
        String encoded = java.net.URI.create("http://x/" + raw).toASCIIString().substring("http://x/".length());
        assertEquals(iri, paths.iriFor(encoded));
    }

    @Test
    void givenNamesWithMarksTheMinterEncodes_whenMapped_thenTheEncodingIsKept() {
        String iri = minter.programme("健康·中国 2030/行动+").getURI();
        assertEquals(iri, paths.iriFor(iri.substring(HP.DEFAULT_BASE.length())));
        String path = iri.substring(HP.DEFAULT_BASE.length());
        assertEquals(true, path.contains("／") && !path.contains("%2F"), "a slash is full-width, never %2F: " + path);
        assertEquals(true, path.contains("%C2%B7"), path);
        String lowerHex = java.util.regex.Pattern.compile("%([0-9A-F]{2})").matcher(path)
                .replaceAll(m -> "%" + m.group(1).toLowerCase());
        assertEquals(iri, paths.iriFor(lowerHex), "hex digits in either case");
    }

    @Test
    void givenServedAndForeignIris_whenLinked_thenServedOnesPointIntoTheServer() {
        assertEquals("http://127.0.0.1:3030/id/doc/x/task/1", paths.href(HP.DEFAULT_BASE + "doc/x/task/1"));
        assertEquals("http://127.0.0.1:3030/ontology#Task", paths.href(HP.NS + "Task"));
        assertEquals("http://www.w3.org/ns/prov#wasDerivedFrom", paths.href("http://www.w3.org/ns/prov#wasDerivedFrom"));
    }
}
