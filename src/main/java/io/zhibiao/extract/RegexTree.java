package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A regex read into a small tree, once, for the analyses that look inside the cue and rule regexes: the characters a
 * match can start with ({@link Anchored}) and the words one of which every match holds ({@link CueWords}). The reader
 * knows literal characters, classes, groups, alternations, quantifiers and zero-width items; what it does not know
 * (inline flags, quoted text, back references, nested classes …) makes {@link #parse} return null, and the analyses then
 * claim nothing of that regex.
 */
final class RegexTree {

    /** A piece of a regex. */
    sealed interface Node permits Literal, OneOf, Empty, Sequence, Alternation, Repeat {
    }

    /** One given character. */
    record Literal(char c) implements Node {
    }

    /** One character of a set (a class, {@code \d}), or of a set not read ({@code chars} null: ., \w, [^…]). */
    record OneOf(BitSet chars) implements Node {
    }

    /** What matches no text: ^, $, \b, a lookaround. */
    record Empty() implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    /** Branches joined by |: a whole regex or a group. */
    record Alternation(List<Node> branches) implements Node {
    }

    /** A quantified piece, {@code atLeastOnce} unless the least count is 0 (?, *, {0,n}). */
    record Repeat(Node item, boolean atLeastOnce) implements Node {
    }

    private final String re;
    private int pos;

    private RegexTree(String re) {
        this.re = re;
    }

    /** The tree of a regex, or null where this reader cannot read it. */
    static Node parse(String regex) {
        try {
            RegexTree r = new RegexTree(regex);
            Node n = r.alternation();
            return r.pos == regex.length() ? n : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        return new Alternation(branches);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            items.add(quantified(atom()));
        }
        return new Sequence(items);
    }

    private Node quantified(Node atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        boolean atLeastOnce;
        if (c == '?' || c == '*') {
            atLeastOnce = false;
        } else if (c == '+') {
            atLeastOnce = true;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String least = re.substring(pos + 1, close).split(",", -1)[0].trim();
            atLeastOnce = Integer.parseInt(least) > 0;
            pos = close;
        } else {
            return atom;
        }
        pos++;
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return new Repeat(atom, atLeastOnce);
    }

    private Node atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '.':
                return new OneOf(null);
            case '^':
            case '$':
                return new Empty();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("dangling quantifier");
            default:
                return new Literal(c);
        }
    }

    private Node group() {
        boolean zeroWidth = false;
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            zeroWidth = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (re.startsWith("?<", pos)) {
            pos = re.indexOf('>', pos) + 1; // a named group
        } else if (re.startsWith("?", pos)) {
            throw new IllegalArgumentException("inline flags"); // (?i) changes what a letter matches
        }
        Node inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return zeroWidth ? new Empty() : inner; // a lookaround holds no text of the match
    }

    private Node escape() {
        char e = re.charAt(pos++);
        if (e == 'd') {
            return new OneOf(digits());
        }
        if ("bBAzZG".indexOf(e) >= 0) {
            return new Empty();
        }
        if ("DsSwWhHvVntrfae".indexOf(e) >= 0) {
            return new OneOf(null); // a class of characters, or a control character: not worth reading
        }
        if (e == 'x' || e == 'u') {
            return new Literal(numbered(e));
        }
        if (e == 'p' || e == 'P') {
            skipProperty();
            return new OneOf(null);
        }
        if (Character.isLetterOrDigit(e)) {
            throw new IllegalArgumentException("escape \\" + e); // \Q…\E, back references, \0…: not read here
        }
        return new Literal(e);
    }

    /** \x41, \x{4e00}, \u4e00: the character of that number (the escape letter already read). */
    private char numbered(char e) {
        String hex;
        if (e == 'x' && re.charAt(pos) == '{') {
            int close = re.indexOf('}', pos);
            hex = re.substring(pos + 1, close);
            pos = close + 1;
        } else {
            int n = e == 'x' ? 2 : 4;
            hex = re.substring(pos, pos + n);
            pos += n;
        }
        int code = Integer.parseInt(hex, 16);
        if (code > Character.MAX_VALUE) {
            throw new IllegalArgumentException("supplementary character");
        }
        return (char) code;
    }

    /** \p{…} or \pL: a Unicode property, read as a class not read. */
    private void skipProperty() {
        pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
    }

    /** A class: its characters, or a set not read where it is negated or holds a class escape (\s, \p{…}). */
    private Node charClass() {
        boolean negated = re.charAt(pos) == '^';
        pos += negated ? 1 : 0;
        BitSet set = new BitSet();
        boolean read = !negated;
        boolean first = true;
        while (first || re.charAt(pos) != ']') {
            first = false; // a leading ] is literal
            int c = classChar(set);
            if (c == UNREAD) {
                read = false;
            } else if (c >= 0 && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                int to = classChar(set);
                if (to < 0) {
                    throw new IllegalArgumentException("class at a range's end");
                }
                set.set(c, to + 1);
            } else if (c >= 0) {
                set.set(c);
            }
        }
        pos++;
        return new OneOf(read ? set : null);
    }

    /** What {@link #classChar} gives for a class escape it added to the set (\d) and for one it cannot (\s, \p{…}). */
    private static final int ADDED = -1;
    private static final int UNREAD = -2;

    /** The next character of a class, or {@link #ADDED} or {@link #UNREAD} for a class escape. */
    private int classChar(BitSet set) {
        char c = re.charAt(pos++);
        if (c == '[' || c == '&' && re.charAt(pos) == '&') {
            throw new IllegalArgumentException("nested class");
        }
        if (c != '\\') {
            return c;
        }
        char e = re.charAt(pos++);
        if (e == 'd') {
            set.or(digits());
            return ADDED;
        }
        if (e == 'x' || e == 'u') {
            return numbered(e);
        }
        if (e == 'p' || e == 'P') {
            skipProperty();
            return UNREAD;
        }
        if (Character.isLetterOrDigit(e)) {
            if ("DsSwWhHvVntrfae".indexOf(e) < 0) {
                throw new IllegalArgumentException("escape in class \\" + e);
            }
            return UNREAD;
        }
        return e;
    }

    static BitSet digits() {
        BitSet d = new BitSet();
        d.set('0', '9' + 1);
        return d;
    }
}
