package org.w3id.hpkg.library;

import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;

/**
 * The page of plans a paged listing shows: such a query takes an {@code after} parameter and chooses its
 * plans in a subquery that projects {@code ?file} with a {@code LIMIT} (see {@code queries/targets.rq}).
 * Running that subquery alone says whether the page is full, and which file the next page starts after.
 */
public final class PlanPage {

    /** The parameter that names the last file of the previous page. */
    public static final String AFTER = "after";

    private final Query plans;

    private PlanPage(Query plans) {
        this.plans = plans;
    }

    /** The page of a query whose parameters are set; empty when the query is not a paged listing. */
    public static Optional<PlanPage> of(Query query) {
        if (!query.isSelectType() || !QueryParameters.names(query).contains(AFTER)) {
            return Optional.empty();
        }
        Query[] found = new Query[1];
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                Query sub = el.getQuery();
                if (found[0] == null && sub.hasLimit() && sub.getProjectVars().stream().anyMatch(v -> v.getVarName().equals("file"))) {
                    found[0] = sub;
                }
            }
        });
        return Optional.ofNullable(found[0]).map(PlanPage::new);
    }

    /** The last file of this page when more plans follow it (the file the next page starts after). */
    public Optional<String> nextAfter(Dataset dataset) {
        // one plan more than a page: it exists only if there is a next page
        Query probe = plans.cloneQuery();
        probe.setLimit(plans.getLimit() + 1);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(probe, dataset)) {
                ResultSet rows = exec.execSelect();
                long n = 0;
                String last = null;
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    if (++n <= plans.getLimit()) {
                        last = row.getLiteral("file").getLexicalForm();
                    }
                }
                return n > plans.getLimit() ? Optional.ofNullable(last) : Optional.<String>empty();
            }
        });
    }
}
