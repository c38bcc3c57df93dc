package io.zhibiao.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with. {@link Matcher#find()} tries the whole regex at every
 * position of the text (java.util.regex has no first-character index for alternations); jumping from one possible
 * first character to the next and matching there finds the same matches for a fraction of the cost, since in prose
 * most positions cannot start a time expression, a number or a cue.
 *
 * <p>The first characters are read off the regex itself (literal characters, classes of literal characters,
 * {@code \d}, groups and optional items, skipping lookarounds); a regex this reader cannot see through (a leading
 * {@code .} or negated class, {@code \w} …) has no first characters and is searched the ordinary way.
 */
final class Anchored {

    private final Pattern pattern;
    /** null when any character may start a match */
    private final BitSet firsts;
    private final String firstChars;

    private Anchored(Pattern pattern, BitSet firsts) {
        this.pattern = pattern;
        this.firsts = firsts;
        StringBuilder s = new StringBuilder();
        if (firsts != null) {
            firsts.stream().forEach(c -> s.append((char) c));
        }
        this.firstChars = s.toString();
    }

    static Anchored compile(String regex) {
        return of(Pattern.compile(regex));
    }

    static Anchored of(Pattern pattern) {
        // flags (CASE_INSENSITIVE, COMMENTS …) change what the regex's letters mean: search those the ordinary way
        return new Anchored(pattern, pattern.flags() == 0 ? FirstChars.of(pattern.pattern()) : null);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The characters a match can start with, or "" when any can. */
    String firstChars() {
        return firstChars;
    }

    /** A matcher over the text with transparent bounds (lookbehinds see before a region), as {@link #find} needs. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true);
    }

    /**
     * Finds the first match starting in [from, to) and ending by {@code to}, as {@code m.region(from, to).find()} would;
     * the match is then {@code m}'s.
     */
    boolean find(Matcher m, CharSequence text, int from, int to) {
        if (firsts == null) {
            return m.region(from, to).find();
        }
        for (int i = from; i < to; i++) {
            if (firsts.get(text.charAt(i)) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where a search for the next match goes on after m's match, as {@link Matcher#find()} would. */
    static int next(Matcher m) {
        return m.end() > m.start() ? m.end() : m.end() + 1;
    }

    /** The end of the last of the text's matches (each search going on after the one before), or -1 for none. */
    int lastEnd(CharSequence text) {
        Matcher m = matcher(text);
        int last = -1;
        for (int from = 0; from <= text.length() && find(m, text, from, text.length()); from = next(m)) {
            last = m.end();
        }
        return last;
    }

    /** Whether the text holds a match anywhere. */
    boolean foundIn(CharSequence text) {
        return find(matcher(text), text, 0, text.length());
    }

    /** Reads the possible first characters of a regex; null where it cannot tell. */
    static final class FirstChars {

        private final String re;
        private int pos;

        private FirstChars(String re) {
            this.re = re;
        }

        static BitSet of(String regex) {
            try {
                FirstChars r = new FirstChars(regex);
                Result alt = r.alternation();
                return r.pos == regex.length() && alt.firsts != null && !alt.nullable ? alt.firsts : null;
            } catch (RuntimeException e) {
                return null; // a construct this reader does not know: search the ordinary way
            }
        }

        /** The first characters of a piece of regex and whether it can match the empty string. */
        private record Result(BitSet firsts, boolean nullable) {
            static final Result EMPTY = new Result(new BitSet(), true);
            static final Result ANY = new Result(null, false);

            /** This piece followed by the next one. */
            Result then(Result next) {
                if (!nullable) {
                    return this;
                }
                return new Result(union(firsts, next.firsts), next.nullable);
            }

            Result or(Result other) {
                return new Result(union(firsts, other.firsts), nullable || other.nullable);
            }

            Result optional() {
                return new Result(firsts, true);
            }

            private static BitSet union(BitSet a, BitSet b) {
                if (a == null || b == null) {
                    return null;
                }
                BitSet u = (BitSet) a.clone();
                u.or(b);
                return u;
            }
        }

        private Result alternation() {
            Result r = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                r = r.or(sequence());
            }
            return r;
        }

        private Result sequence() {
            Result r = Result.EMPTY;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                r = r.then(quantified(atom()));
            }
            return r;
        }

        private Result quantified(Result atom) {
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            Result out = atom;
            if (c == '?' || c == '*') {
                pos++;
                out = atom.optional();
            } else if (c == '+') {
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String range = re.substring(pos + 1, close);
                pos = close + 1;
                if (Integer.parseInt(range.split(",", -1)[0].trim()) == 0) {
                    out = atom.optional();
                }
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive
            }
            return out;
        }

        private Result atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                    return Result.ANY;
                case '^':
                case '$':
                    return Result.EMPTY;
                default:
                    return literal(c);
            }
        }

        private Result group() {
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
                throw new IllegalArgumentException("inline flags"); // (?i) could change what a letter matches
            }
            Result inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            return zeroWidth ? Result.EMPTY : inner;
        }

        private Result escape() {
            char e = re.charAt(pos++);
            if (e == 'd') {
                BitSet digits = new BitSet();
                digits.set('0', '9' + 1);
                return new Result(digits, false);
            }
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
                return Result.EMPTY;
            }
            if (Character.isLetterOrDigit(e)) {
                return Result.ANY; // \\s, \\w, \\p{…}, hex escapes: not worth reading
            }
            return literal(e);
        }

        private Result charClass() {
            // a negated class may start a match with almost any character (ANY), but after a first atom that cannot be
            // empty (邮政[^，。；]{0,4}业务总量) it changes nothing: read it through
            boolean negated = re.charAt(pos) == '^';
            pos += negated ? 1 : 0;
            BitSet set = new BitSet();
            boolean first = true;
            while (first || re.charAt(pos) != ']') {
                first = false;
                char c = re.charAt(pos++);
                if (c == '[' || c == '&') {
                    throw new IllegalArgumentException("nested class");
                }
                if (c == '\\') {
                    char e = re.charAt(pos++);
                    if (e == 'd') {
                        set.set('0', '9' + 1);
                        continue;
                    }
                    if (Character.isLetterOrDigit(e)) {
                        throw new IllegalArgumentException("escape in class");
                    }
                    c = e;
                }
                if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char to = re.charAt(pos + 1);
                    if (to == '\\') {
                        throw new IllegalArgumentException("escaped range end");
                    }
                    pos += 2;
                    set.set(c, to + 1);
                } else {
                    set.set(c);
                }
            }
            pos++;
            return negated ? Result.ANY : new Result(set, false);
        }

        private static Result literal(char c) {
            BitSet one = new BitSet();
            one.set(c);
            return new Result(one, false);
        }
    }
}
