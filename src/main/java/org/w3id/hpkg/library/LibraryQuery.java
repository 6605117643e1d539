package org.w3id.hpkg.library;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;

/**
 * One query of the library: its name (the file name without {@code .rq}), where it came from, its SPARQL
 * text and the documentation in its header.
 */
public record LibraryQuery(String name, String location, String text, QueryHeader header) {

    /** Parses the query, with the common prefixes predeclared. */
    public Query parse() {
        try {
            return QueryRunner.parse(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("bad SPARQL in " + location + ": " + e.getMessage(), e);
        }
    }

    /** Parses the query and sets the given parameters (the others keep their defaults). */
    public Query withParameters(Map<String, String> params) {
        Query query = parse();
        QueryParameters.apply(query, params);
        return query;
    }

    /** The names of the parameters the query declares in its VALUES block. */
    public List<String> parameterNames() {
        return QueryParameters.names(parse());
    }

    /** The parameters' defaults: the first row of the VALUES blocks of the query pattern. */
    public Map<String, Node> parameterDefaults() {
        return QueryParameters.defaults(parse());
    }
}
