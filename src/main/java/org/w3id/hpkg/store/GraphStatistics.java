package org.w3id.hpkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** Counts of what the graph holds, by SPARQL over the union graph (what analysts see). */
public final class GraphStatistics {

    private static final String QUERY = """
            PREFIX hp: <https://w3id.org/hpkg/ontology#>
            SELECT
              (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?task) AS ?tasks)
              (COUNT(DISTINCT ?target) AS ?targets) (COUNT(DISTINCT ?indicator) AS ?indicators)
              (COUNT(DISTINCT ?body) AS ?bodies) (COUNT(DISTINCT ?region) AS ?regions)
              (COUNT(DISTINCT ?programme) AS ?programmes)
            WHERE {
              { ?doc a hp:PolicyDocument } UNION { ?task a hp:Task } UNION { ?target a hp:Target }
              UNION { ?indicator a hp:Indicator } UNION { ?body a hp:Organization }
              UNION { ?x hp:mentionsRegion|hp:jurisdiction ?region } UNION { ?programme a hp:Programme }
            }""";

    private final Dataset dataset;

    public GraphStatistics(Dataset dataset) {
        this.dataset = dataset;
    }

    public Map<String, Long> counts() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (QueryExecution exec = QueryExecution.create(QUERY, dataset)) {
                QuerySolution row = exec.execSelect().next();
                for (String name : new String[] {"documents", "tasks", "targets", "indicators", "bodies", "regions",
                        "programmes"}) {
                    counts.put(name, row.getLiteral(name).getLong());
                }
            }
            long quads = 0;
            var it = dataset.asDatasetGraph().findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
            while (it.hasNext()) {
                if (!GraphNames.isBookkeeping(it.next().getGraph())) {
                    quads++;
                }
            }
            counts.put("quads", quads);
            counts.put("named graphs", (long) GraphNames.list(dataset).size());
            return counts;
        });
    }
}
