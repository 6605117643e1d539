package org.w3id.hpkg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** Prefixes written into exports and offered to queries. */
public final class Prefixes {

    /** A fresh map each time: callers may add to it. */
    public static PrefixMap map() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("hp", HP.NS);
        map.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.add("owl", "http://www.w3.org/2002/07/owl#");
        map.add("skos", "http://www.w3.org/2004/02/skos/core#");
        map.add("dcterms", "http://purl.org/dc/terms/");
        map.add("prov", "http://www.w3.org/ns/prov#");
        return map;
    }

    private Prefixes() {}
}
