package org.w3id.hpkg.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;

/**
 * The whole answer of a paged listing, read page after page: by plan ({@link PlanPage}) or by rank
 * ({@link RankPage}). A query that is not paged is read at once (one page). For readers that need every
 * row in scope — the report's charts — rather than the first 100 plans or ranks an analyst sees.
 *
 * @param pages how many pages were read and joined
 */
public record AllPages(ResultTable table, int pages) {

    /** Every page of a listing paged by plan, following {@code after} from page to page. */
    public static AllPages byPlan(Dataset dataset, LibraryQuery q, Map<String, String> params) {
        Query query = q.withParameters(params);
        ResultTable first = ResultTable.select(dataset, query);
        List<Map<String, Node>> rows = new ArrayList<>(first.rows());
        int pages = 1;
        Optional<String> next = PlanPage.of(query).flatMap(p -> p.nextAfter(dataset));
        while (next.isPresent()) {
            Map<String, String> page = new LinkedHashMap<>(params);
            page.put(PlanPage.AFTER, next.get());
            query = q.withParameters(page);
            rows.addAll(ResultTable.select(dataset, query).rows());
            pages++;
            next = PlanPage.of(query).flatMap(p -> p.nextAfter(dataset));
        }
        return new AllPages(new ResultTable(first.columns(), rows), pages);
    }

    /** Every page of a listing paged by rank, following {@code fromRank} from page to page. */
    public static AllPages byRank(Dataset dataset, LibraryQuery q, Map<String, String> params) {
        List<Map<String, Node>> rows = new ArrayList<>();
        List<String> columns = List.of();
        OptionalLong from = OptionalLong.of(1);
        int pages = 0;
        while (from.isPresent()) {
            Map<String, String> page = new LinkedHashMap<>(params);
            page.put(RankPage.FROM, Long.toString(from.getAsLong()));
            ResultTable t = ResultTable.select(dataset, q.withParameters(page));
            columns = t.columns();
            rows.addAll(t.rows());
            pages++;
            from = RankPage.next(t, from.getAsLong());
        }
        return new AllPages(new ResultTable(columns, rows), pages);
    }
}
