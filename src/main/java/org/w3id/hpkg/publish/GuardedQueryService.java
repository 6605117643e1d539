package org.w3id.hpkg.publish;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query service with the limits a public endpoint needs: at most {@code permits} queries are
 * evaluated at once (others wait a moment, then get 503), and no query returns more than
 * {@code maxResults} rows or triples (its LIMIT is lowered, so clients can still page with OFFSET; the
 * response says so, {@link ResultLimit}). The build's bookkeeping graph is hidden ({@link HiddenGraphs}).
 */
final class GuardedQueryService extends SPARQL_QueryDataset {

    private final long maxResults;
    private final Semaphore permits;
    private final long queueWaitMillis;

    private final HiddenGraphs hidden;
    private final java.util.function.Supplier<String> limitDocs;

    /**
     * @param limitDocs where the result limit is documented (linked from responses it cut short)
     */
    GuardedQueryService(long maxResults, Semaphore permits, long queueWaitMillis, HiddenGraphs hidden,
            java.util.function.Supplier<String> limitDocs) {
        this.maxResults = maxResults;
        this.permits = permits;
        this.queueWaitMillis = queueWaitMillis;
        this.hidden = hidden;
        this.limitDocs = limitDocs;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        QueryExec exec = super.createQueryExec(action, query, dsg);
        hidden.hideIn(exec.getContext(), dsg);
        return exec;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(queueWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            ServletOps.error(503, "the server is busy with other queries; try again shortly");
            return;
        }
        try {
            super.execute(queryString, action);
        } finally {
            permits.release();
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults)) {
            q.setLimit(maxResults);
            ResultLimit.applied(action.getRequest(), action.getResponse(), maxResults, limitDocs.get());
        }
        return decided;
    }
}
