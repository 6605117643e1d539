package org.w3id.hpkg.extract.region;

/**
 * A division renamed or re-coded since 2015 ({@code extract/region-renames.tsv}): its former name, the
 * division it is today, since when (year-month) and the change ({@code 县改市}, {@code 县改区}, …).
 */
public record RenamedDivision(String formerName, Region now, String since, String change) {}
