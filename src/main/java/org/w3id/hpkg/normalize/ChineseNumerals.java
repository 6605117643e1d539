package org.w3id.hpkg.normalize;

/**
 * The value of a number written in Chinese numerals, the one reader every stage uses (outline numbers, dates in
 * signatures, counts, quarters). Reads {@code 十一}, {@code 二十}, {@code 一百零五}, {@code 一千二百}, {@code 三万},
 * {@code 两} (2), and years written digit by digit ({@code 二〇二一}, {@code 二零二一}); a string of ASCII digits is
 * read as such. HanLP portable only tests whether a string is all numerals, and ICU4J is not a dependency.
 */
public final class ChineseNumerals {

    /** Zero is written 〇, 零 or, in typeset signatures, the white circle ○. */
    private static final String ZEROS = "〇零○";
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String UNITS = "十百千";
    private static final int TEN_THOUSAND = 10_000;
    /** Longest ASCII number read, so that the value fits an int. */
    private static final int MAX_ASCII_DIGITS = 9;

    private ChineseNumerals() {}

    /** The number's value, or -1 if the string is not one number. */
    public static int value(String number) {
        if (number == null || number.isEmpty()) {
            return -1;
        }
        if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return number.length() <= MAX_ASCII_DIGITS ? Integer.parseInt(number) : -1;
        }
        boolean positional = number.chars().noneMatch(c -> UNITS.indexOf(c) >= 0 || c == '万');
        return positional && number.length() > 1 ? digitByDigit(number) : withUnits(number);
    }

    /** The value of one numeral character (两 is 2), or -1. */
    public static int digit(char c) {
        if (ZEROS.indexOf(c) >= 0) {
            return 0;
        }
        return c == '两' ? 2 : DIGITS.indexOf(c);
    }

    /** 二〇二一 → 2021: years are written digit by digit, without units. */
    private static int digitByDigit(String number) {
        int value = 0;
        for (char c : number.toCharArray()) {
            int d = digit(c);
            if (d < 0 || value > (Integer.MAX_VALUE - d) / 10) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** 一千二百零五 → 1205, 十一 → 11 (a unit without a digit before it counts once), 三万 → 30000. */
    private static int withUnits(String number) {
        int total = 0;
        int section = 0;
        int pending = -1;
        for (char c : number.toCharArray()) {
            int d = digit(c);
            int unit = unit(c);
            if (d >= 0) {
                pending = d;
            } else if (unit > 0) {
                section += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else if (c == '万' && total == 0) {
                section += Math.max(pending, 0);
                total = (section == 0 ? 1 : section) * TEN_THOUSAND;
                section = 0;
                pending = -1;
            } else {
                return -1;
            }
        }
        return total + section + Math.max(pending, 0);
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
