package org.w3id.hpkg.extract.body;

/**
 * What a word after the names of bodies says about them in a responsibility clause
 * ({@code extract/body/role-words.tsv}).
 */
enum Role {
    /** 牵头: the names lead. */
    LEAD,
    /** 配合, 参与: the names cooperate. */
    COOPERATING,
    /** 负责, 落实: the names lead, unless another part of the clause names the lead (then they cooperate). */
    RESPONSIBLE,
    /** 按职责分工, 分别, 等: says nothing of the role. */
    FILLER;

    /** The stronger of two roles in one run of words (牵头负责 leads, 配合落实 cooperates). */
    Role and(Role other) {
        if (this == FILLER) {
            return other;
        }
        if (other == FILLER) {
            return this;
        }
        return ordinal() <= other.ordinal() ? this : other;
    }
}
