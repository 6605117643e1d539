package org.w3id.hpkg.eval;

import java.util.Set;

/**
 * One item whose responsible bodies gold names ({@code bodies.tsv}: {@code doc label lead cooperating}, or a
 * row of {@code tasks.tsv} that names bodies): scored by looking the item up among the document's tasks by
 * its label.
 *
 * @param doc the file name
 * @param label the item's heading phrase or first clause, as printed
 * @param lead lead bodies as printed ({@code 牵头}, or all of them where no body leads)
 * @param cooperating cooperating bodies as printed
 * @param task the item's position among the tasks where gold gives it ({@code tasks.tsv}), else 0: an item
 *     without a label is looked up there
 */
public record BodyItem(String doc, String label, Set<String> lead, Set<String> cooperating, int task) {

    public BodyItem {
        lead = Set.copyOf(lead);
        cooperating = Set.copyOf(cooperating);
    }
}
