package org.w3id.hpkg.extract.body;

/**
 * A place whose government a body belongs to, as the extract stage's gazetteer gives it.
 *
 * @param code its GB/T 2260 code ({@code 100000} for the whole country)
 * @param name its name ({@code 江西省}, {@code 鼓楼区})
 * @param parent the place it lies in, or null (for a province: the country where the gazetteer has it)
 * @param inGazetteer whether the gazetteer holds it, so that the graph may link the body to its region
 */
public record Place(String code, String name, Place parent, boolean inGazetteer) {

    /** The GB/T 2260 style code of the whole country (data/gold/GUIDELINES.md, Jurisdiction). */
    public static final String NATION_CODE = "100000";
}
