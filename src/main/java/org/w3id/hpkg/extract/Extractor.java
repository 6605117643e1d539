package org.w3id.hpkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.extract.body.BodyListSplitter;
import org.w3id.hpkg.extract.body.BodyResolver;
import org.w3id.hpkg.extract.body.BodyScope;
import org.w3id.hpkg.extract.body.DocumentBodies;
import org.w3id.hpkg.extract.body.Place;
import org.w3id.hpkg.extract.body.Responsibility;
import org.w3id.hpkg.extract.body.ResponsibilityReader;
import org.w3id.hpkg.extract.body.SectorScheme;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Jurisdiction;
import org.w3id.hpkg.extract.region.JurisdictionFinder;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.Field;
import org.w3id.hpkg.parse.FieldValue;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.ParsedTask;
import org.w3id.hpkg.parse.Span;

/** The extract stage: targets, bodies, leaders, deadlines, regions and programmes of each task. */
public final class Extractor {

    private final DeadlineParser deadlines = new DeadlineParser();
    private final TargetExtractor targets = new TargetExtractor(deadlines);
    private final BodyListSplitter bodies =
            new BodyListSplitter(DataTable.load("extract/shared-body-suffixes.tsv").column(0),
                    DataTable.load("extract/person-titles.tsv").column(0));
    private final Gazetteer gazetteer;
    private final JurisdictionFinder jurisdictions;
    private final ProgrammeFinder programmes = new ProgrammeFinder();
    private final ResponsibilityReader responsibilities = new ResponsibilityReader();
    private final BodyResolver bodyResolver = new BodyResolver(new SectorScheme());

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.jurisdictions = new JurisdictionFinder(gazetteer);
    }

    public ExtractedDocument extract(ParsedDocument doc) {
        String text = doc.text();
        // targets read broken lines whole; the other readers keep the text as it is
        String reading = targets.readingText(text);
        Integer year = doc.header().planYear();
        Integer reference = referenceYear(doc);
        Jurisdiction jurisdictionFound = jurisdictions.find(doc.header(), text);
        Region jurisdiction = jurisdictionFound == null ? null : jurisdictionFound.region();
        List<QualityNote> notes = new ArrayList<>(doc.source().notes());
        List<ExtractedTask> tasks = new ArrayList<>();
        Map<Integer, Responsibility> responsible = responsibilities.read(doc);
        for (ParsedTask task : doc.tasks()) {
            Responsibility bodiesOfTask = responsible.get(task.ordinal());
            FieldValue due = task.field(Field.DEADLINE);
            Deadline deadline = due == null ? null : deadlines.parse(due.value(), year);
            if (due != null && deadline == null && !due.value().isBlank()) {
                notes.add(new QualityNote(QualityNote.Kind.UNPARSED_VALUE, due.span().start(),
                        "deadline of task " + task.ordinal() + " not understood: “" + due.value() + "”"));
            }
            List<Target> found = targets.extract(reading, task.bodyStart(), task.span().end(), year, reference, deadline);
            tasks.add(new ExtractedTask(task, found,
                    bodies.people(value(task, Field.LEADER)),
                    bodiesOfTask.lead(),
                    bodiesOfTask.cooperating(),
                    deadline,
                    gazetteer.find(task.body().of(text), jurisdiction),
                    programmes.find(text, task.bodyStart(), task.span().end())));
        }
        return new ExtractedDocument(doc, jurisdictionFound, tasks, notes, sectionTargets(doc, reading, year, reference),
                bodies(doc, jurisdiction, tasks));
    }

    /** Targets stated outside tasks: in the preamble and in each section's own text. */
    private List<SectionTargets> sectionTargets(ParsedDocument doc, String text, Integer year, Integer reference) {
        List<SectionTargets> found = new ArrayList<>();
        Span preamble = doc.preamble();
        if (preamble != null && preamble.end() > preamble.start()) {
            List<Target> t = targets.extract(text, preamble.start(), preamble.end(), year, reference, null);
            if (!t.isEmpty()) {
                found.add(new SectionTargets(null, preamble, t));
            }
        }
        for (ParsedSection s : doc.sections()) {
            if (s.body() != null && s.body().end() > s.body().start()) {
                List<Target> t = targets.extract(text, s.body().start(), s.body().end(), year, reference, null, s.goals());
                if (!t.isEmpty()) {
                    found.add(new SectionTargets(s, s.body(), t));
                }
            }
        }
        return found;
    }

    /** The year that divides the past from the plan's horizons: the year it was issued, else its plan year. */
    private static Integer referenceYear(ParsedDocument doc) {
        return doc.header().issued() != null ? Integer.valueOf(doc.header().issued().getYear())
                : doc.header().planYear();
    }

    /**
     * The plan's issuer and the bodies its tasks name, as entities within the plan's jurisdiction and the
     * places above it: the one place where bodies use the jurisdiction.
     */
    private DocumentBodies bodies(ParsedDocument doc, Region jurisdiction, List<ExtractedTask> tasks) {
        Set<String> names = new LinkedHashSet<>();
        for (ExtractedTask t : tasks) {
            names.addAll(t.leadBodies());
            names.addAll(t.cooperatingBodies());
        }
        Region country = gazetteer.byCode(Place.NATION_CODE);
        Place nation = country != null ? place(country) : new Place(Place.NATION_CODE, BodyScope.NATION_NAME, null, false);
        List<Place> chain = new ArrayList<>();
        for (Place p = jurisdiction == null ? null : place(jurisdiction); p != null; p = p.parent()) {
            chain.add(p);
        }
        BodyScope scope = new BodyScope(chain, nation, name -> namedPlace(name, jurisdiction));
        return bodyResolver.resolve(doc.header().issuer(), names, scope);
    }

    /** The deepest of the regions named one after another at the start of a body's name (福建省福州市…). */
    private Place namedPlace(String name, Region context) {
        int at = 0;
        Region deepest = null;
        for (Region r : gazetteer.find(name, context)) {
            if (!name.startsWith(r.name(), at)) {
                break;
            }
            at += r.name().length();
            deepest = r;
        }
        return deepest == null ? null : place(deepest);
    }

    private Place place(Region region) {
        Region parent = gazetteer.parent(region);
        return new Place(region.code(), region.name(), parent == null ? null : place(parent), true);
    }

    /** All values of a field joined by ， (never a shared-suffix boundary), or null when there is none. */
    private static String value(ParsedTask task, Field field) {
        List<FieldValue> values = task.values(field);
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (FieldValue v : values) {
            joined.append(joined.length() == 0 ? "" : "，").append(v.value());
        }
        return joined.toString();
    }
}
