package org.w3id.hpkg.bench;

import java.util.Set;

/**
 * One generated plan: its file name and bytes, and the ground truth the generator wrote into it (the
 * number of tasks and of targets an exact extractor finds, and of tasks that name another region).
 *
 * @param chars length of the plan's text in characters, before pinyin readings were added
 * @param mentions tasks whose text names a region other than the plan's own
 */
public record GeneratedPlan(String fileName, byte[] bytes, String regionCode, int year, int chars, int tasks,
        int targets, int mentions, Set<PlanVariant> variants) {

    public GeneratedPlan {
        variants = Set.copyOf(variants);
    }
}
