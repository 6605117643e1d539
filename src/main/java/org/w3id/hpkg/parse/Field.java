package org.w3id.hpkg.parse;

/** The labelled fields of a task table. */
public enum Field {
    LEADER,
    LEAD,
    COOPERATING,
    DEADLINE
}
