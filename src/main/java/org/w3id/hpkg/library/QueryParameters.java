package org.w3id.hpkg.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Parameters of a library query. A query declares its parameters, with defaults, in a {@code VALUES}
 * block (at the start of its WHERE clause, so that filters see them in any SPARQL engine); {@code --param name=value} replaces the default. Values become RDF terms
 * (a date, a number, an IRI in angle brackets, else a plain string) and are set on the parsed query,
 * never spliced into its text, so a value such as {@code "} ; DROP ALL ; {"} stays a literal.
 */
public final class QueryParameters {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern IRI = Pattern.compile("<([^<>\"{}|^`\\\\\\s]+)>");

    private QueryParameters() {}

    /** The names of a query's parameters: the variables of its VALUES blocks, in order. */
    public static List<String> names(Query query) {
        List<String> names = new ArrayList<>();
        for (ElementData block : blocks(query)) {
            block.getVars().forEach(v -> {
                if (!names.contains(v.getVarName())) {
                    names.add(v.getVarName());
                }
            });
        }
        if (query.hasValues()) {
            query.getValuesVariables().forEach(v -> {
                if (!names.contains(v.getVarName())) {
                    names.add(v.getVarName());
                }
            });
        }
        return names;
    }

    /** The parameters' defaults: the first row of the VALUES blocks of the query pattern. */
    public static Map<String, Node> defaults(Query query) {
        Map<String, Node> defaults = new LinkedHashMap<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementData el) {
                    if (!el.getRows().isEmpty()) {
                        Binding first = el.getRows().get(0);
                        for (Var v : el.getVars()) {
                            if (first.get(v) != null) {
                                defaults.putIfAbsent(v.getVarName(), first.get(v));
                            }
                        }
                    }
                }
            });
        }
        return defaults;
    }

    /** Sets the given parameters; unknown names are an error naming the ones the query has. */
    public static void apply(Query query, Map<String, String> params) {
        if (params.isEmpty()) {
            return;
        }
        List<String> known = names(query);
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("the query has no parameter '" + name + "'"
                        + (known.isEmpty() ? "" : "; its parameters are " + String.join(", ", known)));
            }
        }
        set(query, params);
    }

    /**
     * Sets the parameters in the query's VALUES blocks and in those of its subqueries: a subquery that
     * needs a parameter repeats the VALUES block of the query's pattern, and gets the same value.
     */
    private static void set(Query query, Map<String, String> params) {
        List<Query> subqueries = new ArrayList<>();
        for (ElementData block : blocks(query, subqueries)) {
            List<Binding> rows = replace(block.getVars(), block.getRows(), params);
            block.getRows().clear();
            rows.forEach(block::add);
        }
        if (query.hasValues()) {
            query.setValuesDataBlock(query.getValuesVariables(),
                    replace(query.getValuesVariables(), query.getValuesData(), params));
        }
        subqueries.forEach(sub -> set(sub, params));
    }

    private static List<ElementData> blocks(Query query) {
        return blocks(query, new ArrayList<>());
    }

    /** The VALUES blocks of the query's own pattern; its subqueries are added to {@code subqueries}. */
    private static List<ElementData> blocks(Query query, List<Query> subqueries) {
        List<ElementData> blocks = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementData el) {
                    blocks.add(el);
                }

                @Override
                public void visit(ElementSubQuery el) {
                    subqueries.add(el.getQuery());
                }
            });
        }
        return blocks;
    }

    private static List<Binding> replace(List<Var> vars, List<Binding> data, Map<String, String> params) {
        List<Binding> rows = new ArrayList<>();
        for (Binding row : data.isEmpty() ? List.of(BindingFactory.empty()) : data) {
            var builder = BindingFactory.builder();
            for (Var v : vars) {
                String given = params.get(v.getVarName());
                Node value = given != null ? term(given) : row.get(v);
                if (value != null) {
                    builder.add(v, value);
                }
            }
            rows.add(builder.build());
        }
        return rows;
    }

    /** The RDF term a parameter value stands for. */
    public static Node term(String value) {
        if (DATE.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        }
        if (INTEGER.matcher(value).matches() && !YEAR.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        if (YEAR.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
        }
        if (DECIMAL.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal);
        }
        var iri = IRI.matcher(value);
        if (iri.matches()) {
            return NodeFactory.createURI(iri.group(1));
        }
        return NodeFactory.createLiteralString(value);
    }
}
