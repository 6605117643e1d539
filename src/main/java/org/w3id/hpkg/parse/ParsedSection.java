package org.w3id.hpkg.parse;

/**
 * A heading that groups tasks ({@code 一、…}), or a goals paragraph ({@code （二）主要目标}). Ordinal is 1-based
 * in document order.
 *
 * @param span the heading, from its number to the end of its heading line
 * @param body the section's own text outside its tasks: after the heading phrase up to its first item; for a
 *     goals paragraph, all of it including its sub-items (which are never tasks). Targets stated there are
 *     the document's, hung from this section.
 * @param goals whether the heading names goals ({@code parse/goals-headings.tsv})
 */
public record ParsedSection(int ordinal, String number, String heading, Span span, Span body, boolean goals) {}
