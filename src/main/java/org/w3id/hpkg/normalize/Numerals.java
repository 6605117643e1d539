package org.w3id.hpkg.normalize;

/** The value of an outline number as printed: {@code 3}, {@code 十二}, {@code ⑤}, {@code ⑸}; 0 if not one. */
final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

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
        int total = 0;
        int current = 0;
        for (char ch : number.toCharArray()) {
            int digit = DIGITS.indexOf(ch);
            if (digit >= 0) {
                current = digit;
            } else if (ch == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (ch == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return 0;
            }
        }
        return total + current;
    }
}
