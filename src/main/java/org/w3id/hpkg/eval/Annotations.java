package org.w3id.hpkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tasks and targets of a set of documents, in document order: a gold set or a set of predictions. Gold
 * may also list items with their bodies ({@code bodies.tsv}); predictions also know each task's text and
 * the other names of each body (the forms plans printed).
 */
public final class Annotations {

    private final Map<String, List<TaskRecord>> tasks = new TreeMap<>();
    private final Map<String, List<TargetRecord>> targets = new TreeMap<>();
    private final Map<String, List<BodyItem>> bodyItems = new TreeMap<>();
    private final Set<String> tasksAnnotated = new HashSet<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Set<String>> aliases = new HashMap<>();

    private boolean changesAnnotated = true;
    private boolean targetsAnnotated = true;

    /** Whether these annotations say which targets are changes (gold written before the change column does not). */
    public boolean changesAnnotated() {
        return changesAnnotated;
    }

    public void changesAnnotated(boolean annotated) {
        this.changesAnnotated = annotated;
    }

    /**
     * Whether these annotations list targets at all: gold without a targets file (a dev set of items and their
     * bodies) says nothing of them, and zero targets scored against it would read as a perfect score.
     */
    public boolean targetsAnnotated() {
        return targetsAnnotated;
    }

    public void targetsAnnotated(boolean annotated) {
        this.targetsAnnotated = annotated;
    }

    public void add(TaskRecord task) {
        tasks.computeIfAbsent(task.doc(), k -> new ArrayList<>()).add(task);
    }

    public void add(TargetRecord target) {
        targets.computeIfAbsent(target.doc(), k -> new ArrayList<>()).add(target);
    }

    public void add(BodyItem item) {
        bodyItems.computeIfAbsent(item.doc(), k -> new ArrayList<>()).add(item);
        addDocument(item.doc());
    }

    /** Records that gold lists the tasks of {@code doc} (a tasks file names it), so their count is scored. */
    public void markTasksAnnotated(String doc) {
        tasksAnnotated.add(doc);
    }

    /**
     * Whether the tasks of {@code doc} are annotated: a tasks file names it, or tasks of it were added (gold
     * without a tasks file, e.g. a dev set of targets or of items and their bodies, scores no task counts).
     */
    public boolean tasksAnnotated(String doc) {
        return tasksAnnotated.contains(doc) || !tasks.getOrDefault(doc, List.of()).isEmpty();
    }

    /** The text of a task (predictions), for looking items up by their opening words. */
    public void text(String doc, int ordinal, String text) {
        texts.put(doc + "\t" + ordinal, text);
    }

    public String text(String doc, int ordinal) {
        return texts.getOrDefault(doc + "\t" + ordinal, "");
    }

    /** Another name of the body whose full name is {@code name} (predictions: a form a plan printed). */
    public void alias(String name, String alias) {
        aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(alias);
    }

    /** Every body's other names, by full name. */
    public Map<String, Set<String>> aliases() {
        return aliases;
    }

    /**
     * The items whose bodies gold names in {@code doc}: those of {@code bodies.tsv}, then the tasks of
     * {@code tasks.tsv} that name a lead or cooperating body.
     */
    public List<BodyItem> bodyItems(String doc) {
        List<BodyItem> items = new ArrayList<>(bodyItems.getOrDefault(doc, List.of()));
        for (TaskRecord t : tasks.getOrDefault(doc, List.of())) {
            if (!t.lead().isEmpty() || !t.cooperating().isEmpty()) {
                items.add(new BodyItem(doc, t.label(), t.lead(), t.cooperating(), t.ordinal()));
            }
        }
        return items;
    }

    /** Declares a document that has no tasks or targets (still scored). */
    public void addDocument(String doc) {
        tasks.computeIfAbsent(doc, k -> new ArrayList<>());
        targets.computeIfAbsent(doc, k -> new ArrayList<>());
    }

    /** All documents named, in name order. */
    public Set<String> documents() {
        Set<String> docs = new TreeSet<>(tasks.keySet());
        docs.addAll(targets.keySet());
        return docs;
    }

    public List<TaskRecord> tasks(String doc) {
        return List.copyOf(tasks.getOrDefault(doc, List.of()));
    }

    public List<TargetRecord> targets(String doc) {
        return List.copyOf(targets.getOrDefault(doc, List.of()));
    }

    /** The task with the given ordinal, or null. */
    public TaskRecord task(String doc, int ordinal) {
        for (TaskRecord t : tasks.getOrDefault(doc, List.of())) {
            if (t.ordinal() == ordinal) {
                return t;
            }
        }
        return null;
    }
}
