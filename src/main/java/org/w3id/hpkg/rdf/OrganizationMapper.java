package org.w3id.hpkg.rdf;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.extract.ExtractedTask;
import org.w3id.hpkg.extract.body.Body;
import org.w3id.hpkg.extract.body.DocumentBodies;

/**
 * The bodies of one document as {@code hp:Organization}s: one per full name within the place whose
 * government it belongs to ({@code org/<GB/T 2260 code>/<full name>}, or {@code org/<issuer>/<name>} for a
 * plan that names no region), with the full name as {@code rdfs:label} and {@code skos:prefLabel}, every
 * form the plan printed as {@code skos:altLabel}, its sector ({@code hp:sector}) and region
 * ({@code hp:governmentOf}). What follows from the IRI (the class, the full name, the sector the name
 * belongs to, the region of the code) is the body's description, in the organizations' graph
 * ({@link IriMinter#descriptionGraph}), the same whichever plan names it; the printed forms are what this
 * plan wrote and stay in its graph.
 */
final class OrganizationMapper {

    private final IriMinter iris;
    private final QuadWriter w;
    private final DocumentBodies bodies;
    private final String fallbackScope;
    private final Set<Node> described = new HashSet<>();
    private final Set<String> printedForms = new HashSet<>();

    OrganizationMapper(IriMinter iris, QuadWriter w, DocumentBodies bodies, String fallbackScope) {
        this.iris = iris;
        this.w = w;
        this.bodies = bodies;
        this.fallbackScope = fallbackScope;
    }

    /** The issuer, printed as {@code printed} in the header. */
    Node issuer(String printed) {
        Body body = bodies.issuer();
        return map(body != null ? body : bodies.of(printed), printed);
    }

    /** The body a task names as {@code printed}. */
    Node named(String printed) {
        return map(bodies.of(printed), printed);
    }

    private Node map(Body body, String printed) {
        Node org = iris.organization(body.place() != null ? body.place().code() : fallbackScope, body.name());
        if (described.add(org)) {
            w.describe(org, RDF.Nodes.type, HP.Organization);
            w.describe(org, RDFS.Nodes.label, body.name());
            w.describe(org, SKOS.prefLabel.asNode(), body.name());
            if (body.sector() != null) {
                w.describe(org, HP.sector, iris.sector(body.sector()));
            }
            if (body.place() != null && body.place().inGazetteer()) {
                w.describe(org, HP.governmentOf, iris.region(body.place().code()));
            }
        }
        if (!printed.equals(body.name()) && printedForms.add(org.getURI() + "\t" + printed)) {
            w.add(org, SKOS.altLabel.asNode(), printed);
        }
        return org;
    }

    /**
     * Per sector, how many of the document's tasks a body of that sector leads and cooperates on: whole-graph
     * questions (which sectors lead the tasks of health plans, at each level of government) read these few
     * rows per plan instead of every task's bodies, as {@code hp:taskCount} serves the documents' summaries.
     */
    void mapSectorCounts(String key, Node d, List<ExtractedTask> tasks) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ExtractedTask t : tasks) {
            sectorsOf(t.leadBodies()).forEach(s -> counts.computeIfAbsent(s, k -> new long[2])[0]++);
            sectorsOf(t.cooperatingBodies()).forEach(s -> counts.computeIfAbsent(s, k -> new long[2])[1]++);
        }
        counts.forEach((sector, n) -> {
            Node count = iris.sectorCount(key, sector);
            w.add(d, HP.sectorCount, count);
            w.add(count, RDF.Nodes.type, HP.SectorCount);
            w.add(count, HP.sector, iris.sector(sector));
            w.add(count, HP.leadTaskCount, n[0]);
            w.add(count, HP.cooperatingTaskCount, n[1]);
        });
    }

    private Set<String> sectorsOf(List<String> printed) {
        Set<String> sectors = new LinkedHashSet<>();
        for (String name : printed) {
            String sector = bodies.of(name).sector();
            if (sector != null) {
                sectors.add(sector);
            }
        }
        return sectors;
    }
}
