package org.w3id.hpkg.library;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rdf.Prefixes;

/** Runs one SPARQL query against a store's dataset inside a read transaction and writes the result. */
public final class QueryRunner {

    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Parses the query, so that syntax errors are reported before any work is done. The common prefixes
     * (hp, rdfs, skos, dcterms, prov, xsd, …) are predeclared; a query's own declarations override them.
     */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
        QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        return query;
    }

    public void run(Query query, QueryFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, dataset)) {
                if (query.isSelectType()) {
                    writeSelect(exec.execSelect(), query, format, out);
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                        case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
                        default -> print(out, Boolean.toString(answer));
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    RDFFormat rdf = switch (format) {
                        case NT -> RDFFormat.NTRIPLES;
                        case JSONLD, JSON -> RDFFormat.JSONLD;
                        case XML -> RDFFormat.RDFXML;
                        default -> RDFFormat.TURTLE;
                    };
                    RDFDataMgr.write(out, model, rdf);
                }
            }
        });
    }

    private static void writeSelect(ResultSet results, Query query, QueryFormat format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
            default -> ResultSetFormatter.out(out, results, query.getPrologue());
        }
    }

    private static void print(OutputStream out, String line) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ps.println(line);
        ps.flush();
    }
}
