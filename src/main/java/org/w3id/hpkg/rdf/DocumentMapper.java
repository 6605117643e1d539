package org.w3id.hpkg.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.extract.Deadline;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.ExtractedTask;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.extract.SectionTargets;
import org.w3id.hpkg.extract.Target;
import org.w3id.hpkg.extract.UnitNormalizer;
import org.w3id.hpkg.normalize.QualityNote;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.w3id.hpkg.load.Origin;
import org.w3id.hpkg.parse.DocumentHeader;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedPart;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.Span;

/**
 * The rdf stage: one extracted document becomes the quads of its own named graph, streamed into a
 * {@link StreamRDF} (a bulk loader, a file writer or a counter). Tasks, sections and targets point to
 * the span of normalized text they were read from ({@code prov:wasDerivedFrom}). The indicators, bodies,
 * persons, programmes and time limits it names are described in the graphs of their kind
 * ({@link IriMinter#descriptionGraph}), with statements that follow from their IRIs alone, so that every
 * document naming one writes the same statements there and a store keeps them once.
 */
public final class DocumentMapper {

    static final Node WAS_DERIVED_FROM = HP.wasDerivedFrom;
    private static final Node TYPE = RDF.Nodes.type;
    private static final Node LABEL = RDFS.Nodes.label;
    private static final Node COMMENT = RDFS.Nodes.comment;

    private final IriMinter iris;
    private final UnitNormalizer units = new UnitNormalizer();

    public DocumentMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The document key: the file name without its extension, stable across rebuilds. */
    public static String key(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Emits the document's graph; returns the number of quads written. */
    public long map(ExtractedDocument doc, StreamRDF out) {
        String fileName = doc.parsed().source().fileName();
        String key = key(fileName);
        String text = doc.parsed().text();
        // org:, foaf:, skos:inScheme … beside the hp: terms, in the graph of the statement they follow from
        QuadWriter w = new QuadWriter(new StandardTerms(iris).wrap(out), iris.graph(key), iris::descriptionGraph);
        Node d = iris.document(key);
        DocumentHeader h = doc.parsed().header();
        w.add(d, TYPE, HP.PolicyDocument);
        w.add(d, LABEL, h.title() != null ? h.title() : fileName);
        w.add(d, DCTerms.title.asNode(), h.noticeTitle());
        w.add(d, HP.sourceFile, fileName);
        w.add(d, HP.text, text);
        w.add(d, HP.encoding, doc.parsed().source().encoding());
        mapOrigin(w, d, doc.parsed().source().origin());
        w.add(d, HP.documentNumber, h.documentNumber());
        w.add(d, DCTerms.issued.asNode(), h.issued());
        w.addYear(d, HP.planYear, h.planYear());
        String scope = h.issuer() != null ? h.issuer() : key;
        OrganizationMapper organizations = new OrganizationMapper(iris, w, doc.bodies(), scope);
        if (h.issuer() != null) {
            w.add(d, HP.issuedBy, organizations.issuer(h.issuer()));
        }
        new JurisdictionMapper(iris).map(w, key, d, text, doc.jurisdictionFound());
        mapNotes(w, key, d, doc.notes());
        mapCounts(w, d, doc);
        organizations.mapSectorCounts(key, d, doc.tasks());
        for (ParsedSection s : doc.parsed().sections()) {
            Node section = iris.section(key, s.ordinal());
            w.add(section, TYPE, HP.Section);
            w.add(section, HP.document, d);
            w.add(section, HP.ordinal, s.ordinal());
            w.add(section, HP.number, s.number());
            w.add(section, LABEL, s.heading());
            w.add(section, WAS_DERIVED_FROM, span(w, key, d, text, s.span()));
            inPart(w, key, section, doc.parsed(), s.span().start());
        }
        mapParts(w, key, d, doc.parsed());
        for (ExtractedTask t : doc.tasks()) {
            mapTask(w, key, d, scope, text, t, doc.parsed(), organizations);
        }
        mapSectionTargets(w, key, d, text, doc);
        mapOriginalText(w, key, d, doc);
        return w.count();
    }

    /**
     * For a document converted from traditional characters: the original characters of the document,
     * of each task and of each text span, as {@code hp:originalText} beside their {@code hp:text}, where
     * they differ. The normalize stage keeps the original aligned with the normalized text, so the same
     * offsets address both.
     */
    private void mapOriginalText(QuadWriter w, String key, Node d, ExtractedDocument doc) {
        String original = doc.parsed().source().original();
        if (original == null) {
            return;
        }
        String text = doc.parsed().text();
        java.util.Map<Node, Span> nodes = new java.util.LinkedHashMap<>();
        nodes.put(d, new Span(0, text.length()));
        for (ParsedSection s : doc.parsed().sections()) {
            nodes.put(iris.span(key, s.span().start(), s.span().end()), s.span());
        }
        for (ExtractedTask t : doc.tasks()) {
            nodes.put(iris.task(key, t.task().ordinal()), t.task().body());
            nodes.put(iris.span(key, t.task().span().start(), t.task().span().end()), t.task().span());
            for (Target target : t.targets()) {
                nodes.putIfAbsent(iris.span(key, target.span().start(), target.span().end()), target.span());
            }
        }
        for (SectionTargets s : doc.sectionTargets()) {
            for (Target target : s.targets()) {
                nodes.putIfAbsent(iris.span(key, target.span().start(), target.span().end()), target.span());
            }
        }
        nodes.forEach((node, span) -> {
            String before = span.of(original);
            if (!before.equals(span.of(text))) {
                w.add(node, HP.originalText, before);
            }
        });
    }

    /** A converted file's format, a recognized text's mark, and the publication it was collected from. */
    private static void mapOrigin(QuadWriter w, Node d, Origin origin) {
        if (origin.format().converted()) {
            w.add(d, HP.sourceFormat, origin.format().name());
        }
        if (origin.recognized()) {
            w.add(d, HP.recognizedText, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        String url = origin.get(Origin.Field.URL);
        if (url != null) {
            try {
                org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(url.strip());
                if (iri.isAbsolute() && iri.str().matches("(?i)https?:.*")) {
                    w.add(d, DCTerms.source.asNode(), NodeFactory.createURI(iri.str()));
                }
            } catch (org.apache.jena.irix.IRIException e) {
                // not an address: left out rather than written as a broken IRI
            }
        }
    }

    /** The parts of a file that holds several (notice, main text, annexes), each typed by its kind. */
    private void mapParts(QuadWriter w, String key, Node d, ParsedDocument parsed) {
        if (!parsed.hasParts()) {
            return;
        }
        for (ParsedPart p : parsed.parts()) {
            Node part = iris.part(key, p.ordinal());
            w.add(part, TYPE, HP.DocumentPart);
            w.add(part, TYPE, switch (p.kind()) {
                case NOTICE -> HP.Notice;
                case PLAN -> HP.MainText;
                case ANNEX -> HP.Annex;
            });
            w.add(part, HP.partOf, d);
            w.add(part, HP.partIndex, p.ordinal());
            w.add(part, HP.annexNumber, p.number());
            w.add(part, LABEL, p.title() != null ? p.title() : p.number());
        }
    }

    private void inPart(QuadWriter w, String key, Node subject, ParsedDocument parsed, int offset) {
        ParsedPart part = parsed.partAt(offset);
        if (part != null) {
            w.add(subject, HP.inPart, iris.part(key, part.ordinal()));
        }
    }

    private void mapTask(QuadWriter w, String key, Node d, String scope, String text, ExtractedTask t,
            ParsedDocument doc, OrganizationMapper organizations) {
        int ordinal = t.task().ordinal();
        Node task = iris.task(key, ordinal);
        w.add(task, TYPE, HP.Task);
        w.add(task, HP.document, d);
        if (t.task().section() > 0) {
            w.add(task, HP.section, iris.section(key, t.task().section()));
        }
        w.add(task, HP.ordinal, ordinal);
        w.add(task, HP.number, t.task().number());
        w.add(task, LABEL, t.task().label());
        w.add(task, HP.text, t.task().body().of(text));
        w.add(task, WAS_DERIVED_FROM, span(w, key, d, text, t.task().span()));
        inPart(w, key, task, doc, t.task().span().start());
        for (String leader : t.leaders()) {
            Node person = iris.person(scope, leader);
            w.add(task, HP.responsibleLeader, person);
            w.describe(person, TYPE, HP.Person);
            w.describe(person, LABEL, leader);
        }
        t.leadBodies().forEach(name -> w.add(task, HP.leadBody, organizations.named(name)));
        t.cooperatingBodies().forEach(name -> w.add(task, HP.cooperatingBody, organizations.named(name)));
        w.add(task, HP.deadline, deadline(w, t.deadline()));
        for (Region region : t.regions()) {
            w.add(task, HP.mentionsRegion, RegionWriter.named(w, iris, region));
        }
        for (String name : t.programmes()) {
            Node programme = iris.programme(name);
            w.add(task, HP.mentionsProgramme, programme);
            w.describe(programme, TYPE, HP.Programme);
            w.describe(programme, LABEL, name);
            w.describe(programme, SKOS.prefLabel.asNode(), name);
        }
        List<Target> targets = t.targets();
        for (int i = 0; i < targets.size(); i++) {
            mapTarget(w, key, d, text, task, iris.target(key, ordinal, i + 1), targets.get(i));
        }
    }

    /**
     * Targets stated outside tasks hang from the section whose text states them; the preamble's from a
     * section minted for it (no ordinal: it is no numbered heading).
     */
    private void mapSectionTargets(QuadWriter w, String key, Node d, String text, ExtractedDocument doc) {
        for (SectionTargets s : doc.sectionTargets()) {
            Node section;
            if (s.preamble()) {
                section = iris.preamble(key);
                w.add(section, TYPE, HP.Section);
                w.add(section, HP.document, d);
                w.add(d, HP.preamble, section);
                w.add(section, LABEL, "序言");
                w.add(section, WAS_DERIVED_FROM, span(w, key, d, text, s.span()));
            } else {
                section = iris.section(key, s.section().ordinal());
            }
            List<Target> targets = s.targets();
            for (int i = 0; i < targets.size(); i++) {
                Node target = s.preamble() ? iris.preambleTarget(key, i + 1)
                        : iris.sectionTarget(key, s.section().ordinal(), i + 1);
                mapTarget(w, key, d, text, section, target, targets.get(i));
            }
        }
    }

    private void mapTarget(QuadWriter w, String key, Node d, String text, Node holder, Node target, Target t) {
        w.add(holder, HP.hasTarget, target);
        w.add(target, TYPE, HP.Target);
        Node indicator = iris.indicator(t.indicatorKey());
        w.add(target, HP.indicator, indicator);
        w.describe(indicator, TYPE, HP.Indicator);
        w.describe(indicator, LABEL, t.indicatorKey());
        w.describe(indicator, SKOS.prefLabel.asNode(), t.indicatorKey());
        w.describe(indicator, HP.indicatorKey, t.indicatorKey());
        // The wording varies from plan to plan: it stays in the document's graph, which it leaves with.
        if (!t.indicator().equals(t.indicatorKey())) {
            w.add(indicator, SKOS.altLabel.asNode(), t.indicator());
        }
        // hp:unit is required; a count the text gives no measure word for has the empty unit "".
        w.add(target, HP.unit, NodeFactory.createLiteralString(t.unit()));
        w.add(target, HP.deadline, deadline(w, t.deadline()));
        w.add(target, WAS_DERIVED_FROM, span(w, key, d, text, t.span()));
        if (t.qualitative()) {
            w.add(target, TYPE, HP.QualitativeTarget);
            w.add(target, LABEL, t.indicator() + " " + t.statement());
            w.add(target, HP.statement, t.statement());
        } else {
            w.add(target, LABEL, t.indicator() + " " + (t.change() != null ? t.change().direction().localName() + " " : "")
                    + t.comparator().localName() + " " + t.value().toPlainString()
                    + (t.max() != null ? "-" + t.max().toPlainString() : "") + t.unit());
            w.add(target, HP.comparator, HP.term(t.comparator().localName()));
            w.add(target, HP.value, t.value());
            w.add(target, HP.maxValue, t.max());
            mapNormalUnit(w, target, t);
        }
        mapChange(w, target, t);
    }

    /** The unit the value is compared in, its scale, the QUDT unit, and a per-population count's base. */
    private void mapNormalUnit(QuadWriter w, Node target, Target t) {
        UnitNormalizer.NormalUnit u = units.of(t.unit());
        w.add(target, HP.normalizedUnit, NodeFactory.createLiteralString(u.unit()));
        w.add(target, HP.unitScale, u.scale());
        w.add(target, HP.normalizedValue, t.value().multiply(u.scale()).stripTrailingZeros());
        if (u.qudt() != null) {
            w.add(target, HP.qudtHasUnit, NodeFactory.createURI(u.qudt()));
        }
        Integer base = units.perPopulation(t.indicator());
        if (base != null) {
            w.add(target, HP.perPopulation, base.longValue());
        }
    }

    /** A change's direction, baseline year and whether it is per year; a table's printed baseline. */
    private static void mapChange(QuadWriter w, Node target, Target t) {
        if (t.change() != null) {
            w.add(target, HP.changeDirection, HP.term(t.change().direction().localName()));
            w.addYear(target, HP.baselineYear, t.change().baselineYear());
            if (t.change().annual()) {
                w.add(target, HP.annualChange, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
        if (t.baseline() != null) {
            w.add(target, HP.baselineValue, t.baseline().value());
            if (t.change() == null || t.change().baselineYear() == null) {
                w.addYear(target, HP.baselineYear, t.baseline().year());
            }
        }
    }

    private Node deadline(QuadWriter w, Deadline deadline) {
        if (deadline == null) {
            return null;
        }
        if (deadline.ongoing()) {
            return HP.Ongoing;
        }
        Node time = iris.timeLimit(deadline.due());
        w.describe(time, TYPE, HP.TimeLimit);
        w.describe(time, LABEL, deadline.due().toString());
        w.describe(time, HP.dueDate, QuadWriter.date(deadline.due()));
        return time;
    }

    private Node span(QuadWriter w, String key, Node d, String text, Span span) {
        Node node = iris.span(key, span.start(), span.end());
        w.add(node, TYPE, HP.TextSpan);
        w.add(node, HP.inDocument, d);
        w.add(node, HP.startOffset, span.start());
        w.add(node, HP.endOffset, span.end());
        w.add(node, HP.text, span.of(text));
        return node;
    }

    /**
     * The document's counts ({@code hp:taskCount} …): summaries across a national graph read one number per
     * plan instead of counting its tasks and targets again in every query. They live in the document's own
     * graph, so an incremental rebuild that replaces the graph replaces them with it.
     */
    private static void mapCounts(QuadWriter w, Node d, ExtractedDocument doc) {
        List<ExtractedTask> tasks = doc.tasks();
        w.add(d, HP.taskCount, tasks.size());
        w.add(d, HP.targetCount, doc.targetCount());
        w.add(d, HP.qualityNoteCount, doc.notes().size());
        w.add(d, HP.tasksWithoutBody,
                tasks.stream().filter(t -> t.leadBodies().isEmpty() && t.cooperatingBodies().isEmpty()).count());
        w.add(d, HP.tasksWithoutDeadline, tasks.stream().filter(t -> t.deadline() == null).count());
    }

    private void mapNotes(QuadWriter w, String key, Node d, List<QualityNote> notes) {
        for (int i = 0; i < notes.size(); i++) {
            QualityNote note = notes.get(i);
            Node n = iris.note(key, i + 1);
            w.add(d, HP.qualityNote, n);
            w.add(n, TYPE, HP.QualityNote);
            w.add(n, HP.noteKind, note.kind().name());
            w.add(n, COMMENT, note.detail());
            if (note.offset() >= 0) {
                w.add(n, HP.offset, note.offset());
            }
        }
    }
}
