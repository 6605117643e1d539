package org.w3id.hpkg.rebuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * The files of a corpus that can become documents, and those refused because of their name alone. A
 * document's IRIs come from its file name without the extension, so {@code plan.txt} and {@code plan.doc}
 * would write into one graph, and a file named {@code manifest.txt} into the graph of the build manifest:
 * such files are refused, every one of them (which one was meant cannot be told, and refusing all keeps a
 * full and an incremental rebuild equal whatever order files arrive in).
 */
public record CorpusSelection(List<Path> accepted, List<FileOutcome> refused) {

    /** Selects from {@code files} (in corpus order) with the IRIs {@code iris} mints. */
    public static CorpusSelection of(List<Path> files, IriMinter iris) {
        Map<Node, String> shared = iris.sharedGraphs();
        Map<Path, Node> graphs = new LinkedHashMap<>();
        Map<Node, List<Path>> byGraph = new HashMap<>();
        for (Path file : files) {
            Node graph = iris.graph(DocumentMapper.key(file.getFileName().toString()));
            graphs.put(file, graph);
            byGraph.computeIfAbsent(graph, g -> new ArrayList<>()).add(file);
        }
        List<Path> accepted = new ArrayList<>();
        List<FileOutcome> refused = new ArrayList<>();
        for (Map.Entry<Path, Node> fileGraph : graphs.entrySet()) {
            Path file = fileGraph.getKey();
            Node graph = fileGraph.getValue();
            String name = file.getFileName().toString();
            List<Path> same = byGraph.get(graph);
            if (shared.containsKey(graph)) {
                refused.add(FileOutcome.skipped(name, String.format(
                        "its name would make it the graph %s, which holds %s; rename the file",
                        graph.getURI(), shared.get(graph))));
            } else if (same.size() > 1) {
                List<String> others = same.stream().map(p -> p.getFileName().toString()).filter(n -> !n.equals(name)).toList();
                refused.add(FileOutcome.skipped(name, String.format(
                        "%s would be the same document (%s: a document is named by its file name without the"
                                + " extension); rename all but one of them",
                        String.join(", ", others), iris.document(DocumentMapper.key(name)).getURI())));
            } else {
                accepted.add(file);
            }
        }
        return new CorpusSelection(List.copyOf(accepted), List.copyOf(refused));
    }
}
