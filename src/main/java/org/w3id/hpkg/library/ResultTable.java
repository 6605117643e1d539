package org.w3id.hpkg.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/** The rows of a SELECT query, read in one transaction, for code that formats them (search, report). */
public record ResultTable(List<String> columns, List<Map<String, Node>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static ResultTable select(Dataset dataset, Query query) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, dataset)) {
                ResultSet results = exec.execSelect();
                List<String> columns = results.getResultVars();
                List<Map<String, Node>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    Binding b = results.nextBinding();
                    Map<String, Node> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        Node n = b.get(Var.alloc(c));
                        if (n != null) {
                            row.put(c, n);
                        }
                    }
                    rows.add(row);
                }
                return new ResultTable(columns, rows);
            }
        });
    }

    public int size() {
        return rows.size();
    }

    /** A cell as text: a literal's lexical form, an IRI, or "" when unbound. */
    public String text(int row, String column) {
        Node n = rows.get(row).get(column);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** A numeric cell, or NaN when unbound or not a number. */
    public double number(int row, String column) {
        try {
            return Double.parseDouble(text(row, column));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
