package org.w3id.hpkg.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores responsible bodies per item, as {@code data/gold/GUIDELINES.md} says: each gold item is looked up
 * among the document's tasks by its label (Dice of character bags ≥ 0.5 against the task's label or the
 * opening of its text, the best overlap first, the earlier task on a tie) and is right when that task's
 * lead set and cooperating set both equal the gold's, names compared as {@link BodyNames} says.
 */
final class ItemScorer {

    private final BodyNames names;

    ItemScorer(BodyNames names) {
        this.names = names;
    }

    /** Scores gold's items of {@code doc} against the graph's document {@code found} (same file, or same stem). */
    FieldScore score(String doc, String found, Annotations gold, Annotations predicted, List<Mismatch> mismatches) {
        List<BodyItem> items = gold.bodyItems(doc);
        int right = 0;
        for (BodyItem item : items) {
            TaskRecord task = lookUp(item, found, predicted);
            Map<String, Set<String>> aliases = predicted.aliases();
            if (task != null && names.same(item.lead(), task.lead(), aliases)
                    && names.same(item.cooperating(), task.cooperating(), aliases)) {
                right++;
                continue;
            }
            String expected = show(item.lead()) + " / " + show(item.cooperating());
            // the bodies found, under the gold's printed names where they go by them (on either side)
            Set<String> named = new java.util.HashSet<>(item.lead());
            named.addAll(item.cooperating());
            String shown = task == null ? "(no task with this label)"
                    : show(names.asGold(named, task.lead(), aliases)) + " / "
                            + show(names.asGold(named, task.cooperating(), aliases));
            mismatches.add(new Mismatch(doc, task == null ? 0 : task.ordinal(),
                    "lead / cooperating bodies of item “" + item.label() + "”", expected, shown));
        }
        return new FieldScore(items.size(), right);
    }

    /**
     * The task whose label or opening words best overlap the item's label, or null below Dice 0.5; an item
     * without a label, the task at its position.
     */
    static TaskRecord lookUp(BodyItem item, String doc, Annotations predicted) {
        if (item.label().isEmpty()) {
            return item.task() > 0 ? predicted.task(doc, item.task()) : null;
        }
        TaskRecord best = null;
        double bestDice = Scorer.MIN_DICE;
        for (TaskRecord t : predicted.tasks(doc)) {
            String text = predicted.text(doc, t.ordinal());
            String opening = text.substring(0, Math.min(text.length(), item.label().length()));
            double dice = Math.max(Scorer.dice(item.label(), t.label()), Scorer.dice(item.label(), opening));
            if (dice > bestDice || best == null && dice >= bestDice) {
                best = t;
                bestDice = dice;
            }
        }
        return best;
    }

    private static String show(Set<String> names) {
        return names.isEmpty() ? "(none)" : String.join("|", new java.util.TreeSet<>(names));
    }
}
