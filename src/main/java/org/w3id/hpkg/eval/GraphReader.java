package org.w3id.hpkg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Reads tasks and targets back from a graph with SPARQL over its default graph (the union of all
 * named graphs, as analysts see it), in the gold format, so that what is scored is what analysts
 * query rather than the extractor's Java objects. A target's indicator is read as its indicator's
 * {@code hp:indicatorKey}: the wording that identifies the indicator across documents.
 */
public final class GraphReader {

    private static final String PROLOGUE = """
            PREFIX hp: <https://w3id.org/hpkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static final String TASKS = PROLOGUE + """
            SELECT ?task ?file ?ordinal ?label ?text WHERE {
              ?doc a hp:PolicyDocument ; hp:sourceFile ?file .
              ?task a hp:Task ; hp:document ?doc ; hp:ordinal ?ordinal .
              OPTIONAL { ?task rdfs:label ?label }
              OPTIONAL { ?task hp:text ?text }
            }
            ORDER BY ?file ?ordinal
            """;

    private static final String DOCUMENTS = PROLOGUE + """
            SELECT ?file WHERE { ?doc a hp:PolicyDocument ; hp:sourceFile ?file } ORDER BY ?file
            """;

    private static final String NAMES = PROLOGUE + """
            SELECT ?task ?name WHERE { ?task a hp:Task ; %s ?x . ?x rdfs:label ?name }
            """;

    /** The forms plans printed for a body, besides its full name (rdfs:label). */
    private static final String ALIASES = PROLOGUE + """
            SELECT DISTINCT ?name ?alias WHERE { ?x a hp:Organization ; rdfs:label ?name ; skos:altLabel ?alias }
            """;

    private static final String TASK_DEADLINES = PROLOGUE + """
            SELECT ?task ?due WHERE {
              ?task a hp:Task ; hp:deadline ?limit .
              OPTIONAL { ?limit hp:dueDate ?date }
              BIND (IF(?limit = hp:Ongoing, "ongoing", STR(?date)) AS ?due)
            }
            """;

    /** Targets of tasks (with their ordinal) and of sections or the preamble (ordinal 0). */
    private static final String TARGETS = PROLOGUE + """
            SELECT ?file ?ordinal ?target ?indicator ?comparator ?value ?max ?unit ?due ?start ?evidence
                   ?change ?baseline ?statement WHERE {
              ?doc a hp:PolicyDocument ; hp:sourceFile ?file .
              ?holder hp:document ?doc ; hp:hasTarget ?target .
              OPTIONAL { ?holder a hp:Task ; hp:ordinal ?taskOrdinal }
              BIND (COALESCE(?taskOrdinal, 0) AS ?ordinal)
              ?target hp:indicator/hp:indicatorKey ?indicator ; hp:unit ?unit .
              OPTIONAL { ?target hp:value ?value ; hp:comparator ?cmp . BIND (STRAFTER(STR(?cmp), "#") AS ?comparator) }
              OPTIONAL { ?target hp:maxValue ?max }
              OPTIONAL { ?target hp:changeDirection ?direction . BIND (STRAFTER(STR(?direction), "#") AS ?change) }
              OPTIONAL { ?target hp:baselineYear ?baseline }
              OPTIONAL { ?target hp:statement ?statement }
              OPTIONAL { ?target hp:deadline ?limit .
                         OPTIONAL { ?limit hp:dueDate ?date }
                         BIND (IF(?limit = hp:Ongoing, "ongoing", STR(?date)) AS ?due) }
              OPTIONAL { ?target prov:wasDerivedFrom ?span . ?span hp:startOffset ?start ; hp:text ?evidence }
            }
            ORDER BY ?file ?ordinal ?start STRLEN(STR(?target)) ?target
            """;

    private final Dataset dataset;

    public GraphReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Every document's tasks and targets. */
    public Annotations read() {
        return Txn.calculateRead(dataset, this::readInTransaction);
    }

    private Annotations readInTransaction() {
        Annotations out = new Annotations();
        select(DOCUMENTS, row -> out.addDocument(row.getLiteral("file").getString()));
        Map<String, Set<String>> leaders = names("hp:responsibleLeader");
        Map<String, Set<String>> lead = names("hp:leadBody");
        Map<String, Set<String>> cooperating = names("hp:cooperatingBody");
        Map<String, String> due = new LinkedHashMap<>();
        select(TASK_DEADLINES, row -> due.put(row.getResource("task").getURI(), string(row, "due")));
        select(TASKS, row -> {
            String task = row.getResource("task").getURI();
            String file = row.getLiteral("file").getString();
            int ordinal = row.getLiteral("ordinal").getInt();
            out.add(new TaskRecord(file, ordinal, string(row, "label"), leaders.getOrDefault(task, Set.of()),
                    lead.getOrDefault(task, Set.of()), cooperating.getOrDefault(task, Set.of()), due.getOrDefault(task, "")));
            out.text(file, ordinal, string(row, "text"));
        });
        select(ALIASES, row -> out.alias(string(row, "name"), string(row, "alias")));
        select(TARGETS, row -> {
            RDFNode max = row.get("max");
            RDFNode value = row.get("value");
            out.add(new TargetRecord(row.getLiteral("file").getString(), row.getLiteral("ordinal").getInt(),
                    string(row, "indicator"), string(row, "comparator"), value == null ? null : decimal(value.asLiteral()),
                    max == null ? null : decimal(max.asLiteral()), string(row, "unit"), string(row, "due"),
                    string(row, "evidence"), string(row, "change"), string(row, "baseline"), string(row, "statement")));
        });
        return out;
    }

    private Map<String, Set<String>> names(String property) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        select(NAMES.formatted(property), row -> names
                .computeIfAbsent(row.getResource("task").getURI(), k -> new LinkedHashSet<>())
                .add(row.getLiteral("name").getString()));
        return names;
    }

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution exec = QueryExecution.create(query, dataset)) {
            ResultSet results = exec.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            results.forEachRemaining(rows::add);
            rows.forEach(each);
        }
    }

    private static String string(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static BigDecimal decimal(Literal literal) {
        return new BigDecimal(literal.getLexicalForm());
    }
}
