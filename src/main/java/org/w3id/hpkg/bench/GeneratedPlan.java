package org.w3id.hpkg.bench;

import java.util.Set;

/**
 * One generated plan: its file name and bytes, and the ground truth the generator wrote into it (the
 * number of tasks and of targets an exact extractor finds).
 *
 * @param chars length of the plan's text in characters, before pinyin readings were added
 */
public record GeneratedPlan(String fileName, byte[] bytes, String regionCode, int year, int chars, int tasks,
        int targets, Set<PlanVariant> variants) {

    public GeneratedPlan {
        variants = Set.copyOf(variants);
    }
}
