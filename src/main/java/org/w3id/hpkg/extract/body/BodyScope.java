package org.w3id.hpkg.extract.body;

import java.util.List;
import java.util.function.Function;

/**
 * Where a plan's bodies are read: the plan's jurisdiction and the places above it, nearest first
 * ({@code 同心县, 吴忠市, 宁夏回族自治区}, and the country where the gazetteer has it), the country, and a
 * way to find a place named at the start of a body's name ({@code 江西省卫健委}).
 *
 * @param chain the jurisdiction and its ancestors, nearest first; empty when the plan names no region
 * @param nation the whole country
 * @param namedPlace the place whose full name opens the given body name, or null
 */
public record BodyScope(List<Place> chain, Place nation, Function<String, Place> namedPlace) {

    /** The name of the whole country, where the gazetteer does not hold it. */
    public static final String NATION_NAME = "中华人民共和国";

    public BodyScope {
        chain = List.copyOf(chain);
    }

    /** A scope without a jurisdiction (the plan names no region): bodies are read as printed. */
    public static BodyScope unknown(Place nation) {
        return new BodyScope(List.of(), nation, name -> null);
    }

    /** The plan's own place, or null. */
    public Place jurisdiction() {
        return chain.isEmpty() ? null : chain.get(0);
    }

    /** Whether the plan is the country's (its jurisdiction is the nation). */
    public boolean national() {
        Place own = jurisdiction();
        return own != null && own.code().equals(nation.code());
    }
}
