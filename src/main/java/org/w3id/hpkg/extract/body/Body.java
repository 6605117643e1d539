package org.w3id.hpkg.extract.body;

/**
 * A body as one entity: its full name within the place whose government it belongs to, whatever
 * abbreviation a plan printed ({@code 省卫生健康委} in a 江西 plan is {@code 江西省卫生健康委员会}).
 *
 * @param name the full name as far as it can be told ({@code 国家卫生健康委员会}), else the name as printed
 * @param place the place whose government the body belongs to; null when the plan names no region and the
 *     name none either
 * @param sector the key ({@code skos:notation}) of its sector in {@code data/sectors.ttl}, or null
 */
public record Body(String name, Place place, String sector) {}
