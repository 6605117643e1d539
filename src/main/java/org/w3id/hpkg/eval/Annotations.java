package org.w3id.hpkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Tasks and targets of a set of documents, in document order: a gold set or a set of predictions. */
public final class Annotations {

    private final Map<String, List<TaskRecord>> tasks = new TreeMap<>();
    private final Map<String, List<TargetRecord>> targets = new TreeMap<>();
    private boolean tasksAnnotated = true;

    /** Whether these annotations list tasks (a gold set of targets only does not, and its tasks are not scored). */
    public boolean tasksAnnotated() {
        return tasksAnnotated;
    }

    public void tasksAnnotated(boolean annotated) {
        this.tasksAnnotated = annotated;
    }

    private boolean changesAnnotated = true;

    /** Whether these annotations say which targets are changes (gold written before the change column does not). */
    public boolean changesAnnotated() {
        return changesAnnotated;
    }

    public void changesAnnotated(boolean annotated) {
        this.changesAnnotated = annotated;
    }

    public void add(TaskRecord task) {
        tasks.computeIfAbsent(task.doc(), k -> new ArrayList<>()).add(task);
    }

    public void add(TargetRecord target) {
        targets.computeIfAbsent(target.doc(), k -> new ArrayList<>()).add(target);
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
