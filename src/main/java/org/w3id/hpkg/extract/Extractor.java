package org.w3id.hpkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Jurisdiction;
import org.w3id.hpkg.extract.region.JurisdictionFinder;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.Field;
import org.w3id.hpkg.parse.FieldValue;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedTask;

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

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.jurisdictions = new JurisdictionFinder(gazetteer);
    }

    public ExtractedDocument extract(ParsedDocument doc) {
        String text = doc.text();
        Integer year = doc.header().planYear();
        Jurisdiction jurisdictionFound = jurisdictions.find(doc.header(), text);
        Region jurisdiction = jurisdictionFound == null ? null : jurisdictionFound.region();
        List<QualityNote> notes = new ArrayList<>(doc.source().notes());
        List<ExtractedTask> tasks = new ArrayList<>();
        for (ParsedTask task : doc.tasks()) {
            FieldValue due = task.field(Field.DEADLINE);
            Deadline deadline = due == null ? null : deadlines.parse(due.value(), year);
            if (due != null && deadline == null && !due.value().isBlank()) {
                notes.add(new QualityNote(QualityNote.Kind.UNPARSED_VALUE, due.span().start(),
                        "deadline of task " + task.ordinal() + " not understood: “" + due.value() + "”"));
            }
            List<Target> found = targets.extract(text, task.bodyStart(), task.span().end(), year, deadline);
            tasks.add(new ExtractedTask(task, found,
                    bodies.people(value(task, Field.LEADER)),
                    bodies.bodies(value(task, Field.LEAD)),
                    bodies.bodies(value(task, Field.COOPERATING)),
                    deadline,
                    gazetteer.find(task.body().of(text), jurisdiction),
                    programmes.find(text, task.bodyStart(), task.span().end())));
        }
        return new ExtractedDocument(doc, jurisdictionFound, tasks, notes);
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
