package org.w3id.hpkg.parse;

import java.time.LocalDate;

/**
 * What the head (and signature) of a plan says about it. Any part may be null: many plans lack a
 * document number, some an issuer.
 *
 * @param issuer issuing body as printed, e.g. {@code 平顶山市卫东区卫生健康委员会}
 * @param documentNumber e.g. {@code 平卫卫(2021)18号}
 * @param title the plan's own title, e.g. {@code 2021年全区卫生健康重点工作安排}
 * @param noticeTitle the covering notice's title, e.g. {@code 关于印发《…》的通知}
 * @param issued signature date
 * @param planYear the year the plan is for
 */
public record DocumentHeader(String issuer, String documentNumber, String title, String noticeTitle,
        LocalDate issued, Integer planYear) {}
