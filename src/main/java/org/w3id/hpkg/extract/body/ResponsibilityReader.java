package org.w3id.hpkg.extract.body;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.parse.Field;
import org.w3id.hpkg.parse.FieldValue;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.ParsedTask;

/**
 * The lead and cooperating bodies of every task of a document, as printed. In order of precedence: the
 * task's own labelled fields ({@code 牵头单位：…}, a task table's columns, a duty table's department), the
 * responsibility clauses of its own text, the fields it inherits from the heading above it, and the
 * clauses of its section's own text ({@code 三、加强疾病防控(省卫生健康委牵头)} over the items below it).
 */
public final class ResponsibilityReader {

    private final FieldBodies fields;
    private final ClauseFinder clauses;

    public ResponsibilityReader() {
        this(new FieldBodies(new BodyListSplitter(DataTable.load("extract/shared-body-suffixes.tsv").column(0)),
                new RoleWords(), new ClauseGrammar()), new ClauseFinder());
    }

    ResponsibilityReader(FieldBodies fields, ClauseFinder clauses) {
        this.fields = fields;
        this.clauses = clauses;
    }

    /** Each task's bodies by its ordinal; tasks naming none have {@link Responsibility#NONE}. */
    public Map<Integer, Responsibility> read(ParsedDocument doc) {
        String text = doc.text();
        Map<Integer, Responsibility> sections = new HashMap<>();
        for (ParsedSection s : doc.sections()) {
            if (!s.goals()) {
                sections.put(s.ordinal(), clauses.find(text, s.span().start(), s.body().end()));
            }
        }
        Map<Integer, Responsibility> out = new HashMap<>();
        for (ParsedTask task : doc.tasks()) {
            out.put(task.ordinal(), of(text, task, sections.getOrDefault(task.section(), Responsibility.NONE)));
        }
        return out;
    }

    private Responsibility of(String text, ParsedTask task, Responsibility section) {
        if (hasOwnFields(task)) {
            return fields(task);
        }
        Responsibility own = clauses.find(text, task.bodyStart(), task.span().end());
        if (!own.isEmpty()) {
            return own;
        }
        Responsibility inherited = fields(task);
        return inherited.isEmpty() ? section : inherited;
    }

    /** Whether the task names bodies in fields of its own (inherited ones lie before it, under its heading). */
    private static boolean hasOwnFields(ParsedTask task) {
        return task.fields().stream().anyMatch(v -> (v.field() == Field.LEAD || v.field() == Field.COOPERATING)
                && v.span().start() >= task.span().start());
    }

    private Responsibility fields(ParsedTask task) {
        return fields.read(value(task, Field.LEAD), value(task, Field.COOPERATING));
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
