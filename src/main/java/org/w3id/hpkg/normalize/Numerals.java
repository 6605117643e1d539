package org.w3id.hpkg.normalize;

/** The value of an outline number as printed: {@code 3}, {@code 十二}, {@code ⑤}, {@code ⑸}; 0 if not one. */
final class Numerals {

    private Numerals() {}

    static int value(String number) {
        if (number == null || number.isEmpty()) {
            return 0;
        }
        char c = number.charAt(0);
        if (number.length() == 1 && c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (number.length() == 1 && c >= '⑴' && c <= '⒇') {
            return c - '⑴' + 1;
        }
        if (number.chars().allMatch(Character::isDigit)) {
            return number.length() <= 4 ? Integer.parseInt(number) : 0;
        }
        return Math.max(0, ChineseNumerals.value(number));
    }
}
