package org.w3id.hpkg.publish.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.publish.CorpusStore;
import org.w3id.hpkg.rdf.HP;
import picocli.CommandLine;

/** {@code hpkg push} into a second, independently started Fuseki over HTTP. */
class PushIT {

    private static final Node PARTNER_GRAPH = NodeFactory.createURI("urn:partner:own-data");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run push(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = HpkgCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new java.util.ArrayList<>(List.of("push", "--store", CorpusStore.dir().toString()));
        all.addAll(List.of(args));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static FusekiServer partner(DatasetGraph target, Path passwordFile) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/ds", target, true);
        if (passwordFile != null) {
            b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
        }
        return b.build().start();
    }

    @Test
    void givenAPartnerFuseki_whenPushedPerDocumentTwice_thenEveryGraphEqualsTheSourceBothTimes() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(target, () -> target.add(PARTNER_GRAPH, NodeFactory.createURI("urn:p:s"),
                NodeFactory.createURI("urn:p:p"), NodeFactory.createLiteralString("theirs")));
        FusekiServer server = partner(target, null);
        try {
            String endpoint = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
            Run first = push("--endpoint", endpoint, "--graph-per-document", "--batch", "700");
            assertEquals(0, first.code(), first.err());
            assertSameGraphs(target);

            // the partner's copy drifts: a stale statement in one of our graphs must not survive a re-push
            Node docGraph = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/000_2c24e101aae37e8e");
            Txn.executeWrite(target, () -> target.add(docGraph, NodeFactory.createURI("urn:stale"),
                    NodeFactory.createURI("urn:stale"), NodeFactory.createLiteralString("stale")));
            Run second = push("--endpoint", endpoint, "--graph-per-document", "--batch", "700");
            assertEquals(0, second.code(), second.err());
            assertSameGraphs(target);
            assertTrue(second.out().contains("Pushed"), second.out());
        } finally {
            server.stop();
        }
    }

    private static void assertSameGraphs(DatasetGraph target) {
        Dataset source = CorpusStore.dataset();
        Set<Node> sourceGraphs = Txn.calculateRead(source, () -> {
            Set<Node> names = new HashSet<>();
            names.addAll(org.w3id.hpkg.store.GraphNames.list(source)); // all but the store's bookkeeping
            return names;
        });
        Set<Node> targetGraphs = Txn.calculateRead(target, () -> {
            Set<Node> names = new HashSet<>();
            target.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        Set<Node> expectedNames = new HashSet<>(sourceGraphs);
        expectedNames.add(PARTNER_GRAPH);
        assertEquals(expectedNames, targetGraphs, "graph names at the partner");
        for (Node g : sourceGraphs) {
            Graph want = copy(source.asDatasetGraph(), source, g);
            Graph got = copy(target, target, g);
            assertTrue(want.size() > 0);
            assertEquals(want.size(), got.size(), "size of " + g);
            assertTrue(want.isIsomorphicWith(got), "graph " + g + " differs at the partner");
        }
        assertEquals(1, copy(target, target, PARTNER_GRAPH).size(), "the partner's own graph is left alone");
    }

    private static Graph copy(DatasetGraph dsg, org.apache.jena.sparql.core.Transactional txn, Node name) {
        return Txn.calculateRead(txn, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void givenAPartnerFuseki_whenPushedIntoOneGraphTwice_thenThatGraphIsTheUnionBothTimes() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        FusekiServer server = partner(target, null);
        try {
            String endpoint = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
            Node all = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/all");
            Dataset source = CorpusStore.dataset();
            Graph union = Txn.calculateRead(source, () -> {
                Graph g = GraphFactory.createDefaultGraph();
                org.w3id.hpkg.store.UnionDefaultGraph.of(source.asDatasetGraph()).find().forEachRemaining((Triple t) -> g.add(t));
                return g;
            });
            for (int i = 0; i < 2; i++) {
                Run run = push("--endpoint", endpoint);
                assertEquals(0, run.code(), run.err());
                Graph got = copy(target, target, all);
                assertEquals(union.size(), got.size());
                assertTrue(union.isIsomorphicWith(got), "push " + (i + 1) + " differs");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void givenAPartnerThatNeedsLogin_whenPushedWithoutWrongAndRightCredentials_thenTheMessagesSayWhy() throws Exception {
        Path passwd = tmp.resolve("realm");
        Files.writeString(passwd, "loader: pa55\n");
        Path right = tmp.resolve("right");
        Files.writeString(right, "pa55\n");
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "nope\n");
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        FusekiServer server = partner(target, passwd);
        try {
            String endpoint = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
            Run anonymous = push("--endpoint", endpoint, "--attempts", "2");
            assertEquals(1, anonymous.code());
            assertTrue(anonymous.err().contains("requires authentication"), anonymous.err());
            Run bad = push("--endpoint", endpoint, "--user", "loader", "--password-file", wrong.toString());
            assertEquals(1, bad.code());
            assertTrue(bad.err().contains("refused the credentials of user 'loader'"), bad.err());
            assertTrue(Txn.calculateRead(target, () -> target.isEmpty()));
            Run good = push("--endpoint", endpoint, "--user", "loader", "--password-file", right.toString());
            assertEquals(0, good.code(), good.err());
            assertTrue(Txn.calculateRead(target, () -> !target.isEmpty()));
        } finally {
            server.stop();
        }
    }

    /** Told by the status of the answer (502 and 500 carry no exception of their own in RDF4J), not its wording. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {503, 502, 500})
    void givenAPartnerThatIsBrieflyUnavailable_whenPushed_thenTheFailedRequestsAreRetriedAndTheGraphArrives(int code) {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger(2);
        jakarta.servlet.Filter flaky = (request, response, chain) -> {
            if (refusals.getAndDecrement() > 0) {
                ((jakarta.servlet.http.HttpServletResponse) response).sendError(code, "oops");
                return;
            }
            chain.doFilter(request, response);
        };
        FusekiServer server = FusekiServer.create().port(0).loopback(true).addFilter("/*", flaky)
                .add("/ds", target, true).build().start();
        try {
            Run run = push("--endpoint", "http://127.0.0.1:" + server.getHttpPort() + "/ds", "--attempts", "4");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("(2 request(s) retried)"), run.out());
            Node all = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/all");
            assertTrue(copy(target, target, all).size() > 1000);
        } finally {
            server.stop();
        }
    }

    @Test
    void givenNothingListening_whenPushed_thenItRetriesAndSaysItCannotReachTheEndpoint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run run = push("--endpoint", "http://127.0.0.1:" + port + "/ds", "--attempts", "2");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("cannot reach http://127.0.0.1:" + port + "/ds"), run.err());
        assertTrue(run.out().contains("retrying"), run.out());
    }
}
