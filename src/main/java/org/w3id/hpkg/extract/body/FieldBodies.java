package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of labelled fields ({@code 牵头单位：…}, {@code 责任单位：…}, {@code 配合单位：…}, a task table's
 * columns). A name marked in brackets ({@code 市卫健委（牵头）}) leads, and then the unmarked names of the same
 * lead field cooperate; a marked cooperating body ({@code 市财政局（配合）}) cooperates; words that only say how
 * the bodies work ({@code 责任单位：县卫健局、县财政局，按职责分工负责}) name no body; a field holding a whole
 * clause ({@code 责任单位：省卫生健康委牵头，省财政厅配合}) is read as the clause.
 */
final class FieldBodies {

    private final BodyListSplitter splitter;
    private final RoleWords roles;
    private final ClauseGrammar clauses;

    FieldBodies(BodyListSplitter splitter, RoleWords roles, ClauseGrammar clauses) {
        this.splitter = splitter;
        this.roles = roles;
        this.clauses = clauses;
    }

    Responsibility read(String leadValue, String cooperatingValue) {
        Responsibility clause = leadValue == null ? null
                : clauses.whole(BodyListSplitter.withoutUnopenedClose(leadValue.strip()).replaceAll("[。.]+$", ""));
        if (clause != null) {
            Responsibility others = read(null, cooperatingValue);
            return clause.and(new Responsibility(List.of(), others.cooperating()));
        }
        List<String> lead = new ArrayList<>();
        List<String> cooperating = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (String name : splitter.bodies(leadValue)) {
            sort(name, unmarked, lead, cooperating);
        }
        // in a lead field that marks its lead, the other names cooperate; else they all lead
        (lead.isEmpty() ? lead : cooperating).addAll(unmarked);
        List<String> others = new ArrayList<>();
        for (String name : splitter.bodies(cooperatingValue)) {
            sort(name, others, lead, cooperating);
        }
        cooperating.addAll(others);
        return new Responsibility(lead, cooperating);
    }

    private void sort(String name, List<String> unmarked, List<String> lead, List<String> cooperating) {
        if (roles.roleOf(name) != null) {
            return;
        }
        String bare = BodyNameShape.withoutTrailingBrackets(name);
        Role marked = bare.length() < name.length()
                ? roles.roleOf(name.substring(bare.length() + 1, name.length() - 1)) : null;
        if (marked == Role.LEAD) {
            lead.add(bare);
        } else if (marked == Role.COOPERATING) {
            cooperating.add(bare);
        } else if (marked == Role.RESPONSIBLE) {
            unmarked.add(bare);
        } else {
            unmarked.add(name);
        }
    }
}
