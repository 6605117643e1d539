package org.w3id.hpkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the hpkg ontology ({@code ontology/hpkg.ttl}) as Jena nodes. */
public final class HP {

    public static final String NS = "https://w3id.org/hpkg/ontology#";
    /** The ontology's own IRI, also the name of the graph that holds it. */
    public static final String ONTOLOGY = "https://w3id.org/hpkg/ontology";
    public static final String DEFAULT_BASE = "https://w3id.org/hpkg/id/";

    public static final Node PolicyDocument = term("PolicyDocument");
    public static final Node Section = term("Section");
    public static final Node Task = term("Task");
    public static final Node Programme = term("Programme");
    public static final Node Target = term("Target");
    public static final Node Indicator = term("Indicator");
    public static final Node Organization = term("Organization");
    public static final Node Person = term("Person");
    public static final Node Region = term("Region");
    public static final Node TimeLimit = term("TimeLimit");
    public static final Node TextSpan = term("TextSpan");
    public static final Node QualityNote = term("QualityNote");
    public static final Node QuarantinedFile = term("QuarantinedFile");
    public static final Node reason = term("reason");
    public static final Node Ongoing = term("Ongoing");

    public static final Node document = term("document");
    public static final Node section = term("section");
    public static final Node ordinal = term("ordinal");
    public static final Node number = term("number");
    public static final Node text = term("text");
    public static final Node originalText = term("originalText");
    public static final Node sourceFile = term("sourceFile");
    public static final Node issuedBy = term("issuedBy");
    public static final Node documentNumber = term("documentNumber");
    public static final Node planYear = term("planYear");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node encoding = term("encoding");
    public static final Node DocumentPart = term("DocumentPart");
    public static final Node Notice = term("Notice");
    public static final Node MainText = term("MainText");
    public static final Node Annex = term("Annex");
    public static final Node partOf = term("partOf");
    public static final Node inPart = term("inPart");
    public static final Node partIndex = term("partIndex");
    public static final Node annexNumber = term("annexNumber");
    public static final Node sourceFormat = term("sourceFormat");
    public static final Node recognizedText = term("recognizedText");
    public static final Node hasTarget = term("hasTarget");
    public static final Node indicator = term("indicator");
    public static final Node indicatorKey = term("indicatorKey");
    public static final Node comparator = term("comparator");
    public static final Node value = term("value");
    public static final Node maxValue = term("maxValue");
    public static final Node unit = term("unit");
    public static final Node QualitativeTarget = term("QualitativeTarget");
    public static final Node ChangeDirection = term("ChangeDirection");
    public static final Node Increase = term("Increase");
    public static final Node Decrease = term("Decrease");
    public static final Node changeDirection = term("changeDirection");
    public static final Node baselineYear = term("baselineYear");
    public static final Node baselineValue = term("baselineValue");
    public static final Node annualChange = term("annualChange");
    public static final Node statement = term("statement");
    public static final Node normalizedUnit = term("normalizedUnit");
    public static final Node unitScale = term("unitScale");
    public static final Node normalizedValue = term("normalizedValue");
    public static final Node perPopulation = term("perPopulation");
    public static final Node preamble = term("preamble");
    /** QUDT's {@code qudt:hasUnit}: from a target to the QUDT unit of its value, where QUDT has one. */
    public static final Node qudtHasUnit = NodeFactory.createURI("http://qudt.org/schema/qudt/hasUnit");
    public static final Node leadBody = term("leadBody");
    public static final Node cooperatingBody = term("cooperatingBody");
    public static final Node responsibleLeader = term("responsibleLeader");
    public static final Node deadline = term("deadline");
    public static final Node dueDate = term("dueDate");
    public static final Node mentionsProgramme = term("mentionsProgramme");
    public static final Node mentionsRegion = term("mentionsRegion");
    public static final Node within = term("within");
    public static final Node adminCode = term("adminCode");
    // the gazetteer's levels, former names, and how a jurisdiction is known (issue 19)
    public static final Node level = term("level");
    public static final Node AdministrativeLevel = term("AdministrativeLevel");
    public static final Node AdministrativeLevels = term("AdministrativeLevels");
    public static final Node statisticsCode = term("statisticsCode");
    public static final Node shortName = term("shortName");
    public static final Node Renaming = term("Renaming");
    public static final Node renaming = term("renaming");
    public static final Node formerName = term("formerName");
    public static final Node renamedIn = term("renamedIn");
    public static final Node JurisdictionEvidence = term("JurisdictionEvidence");
    public static final Node jurisdictionEvidence = term("jurisdictionEvidence");
    public static final Node inferred = term("inferred");
    public static final Node confidence = term("confidence");
    public static final Node evidenceText = term("evidenceText");
    public static final Node inDocument = term("inDocument");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node qualityNote = term("qualityNote");
    public static final Node noteKind = term("noteKind");
    public static final Node offset = term("offset");
    public static final Node taskCount = term("taskCount");
    public static final Node targetCount = term("targetCount");
    public static final Node qualityNoteCount = term("qualityNoteCount");
    public static final Node tasksWithoutBody = term("tasksWithoutBody");
    public static final Node tasksWithoutDeadline = term("tasksWithoutDeadline");
    public static final Node TargetStatistics = term("TargetStatistics");
    public static final Node statisticsIndicator = term("statisticsIndicator");
    public static final Node statisticsUnit = term("statisticsUnit");
    public static final Node lowestValue = term("lowestValue");
    public static final Node highestValue = term("highestValue");
    public static final Node numberOfTargets = term("numberOfTargets");
    public static final Node setBy = term("setBy");
    public static final Node lowestSetBy = term("lowestSetBy");
    public static final Node highestSetBy = term("highestSetBy");
    public static final Node Sector = term("Sector");
    public static final Node sector = term("sector");
    public static final Node governmentOf = term("governmentOf");
    public static final Node SectorCount = term("SectorCount");
    public static final Node sectorCount = term("sectorCount");
    public static final Node leadTaskCount = term("leadTaskCount");
    public static final Node cooperatingTaskCount = term("cooperatingTaskCount");

    /** {@code prov:wasDerivedFrom}: from an extracted resource to the text span it was read from. */
    public static final Node wasDerivedFrom = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private HP() {}

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
