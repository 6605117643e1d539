package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.parse.ParsedTask;

/** A task with what the extract stage read from it. */
public record ExtractedTask(ParsedTask task, List<Target> targets, List<String> leaders, List<String> leadBodies,
        List<String> cooperatingBodies, Deadline deadline, List<Region> regions, List<String> programmes) {
    public ExtractedTask {
        targets = List.copyOf(targets);
        leaders = List.copyOf(leaders);
        leadBodies = List.copyOf(leadBodies);
        cooperatingBodies = List.copyOf(cooperatingBodies);
        regions = List.copyOf(regions);
        programmes = List.copyOf(programmes);
    }
}
