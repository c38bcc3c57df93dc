package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with. {@link Matcher#find()} tries the whole regex at every
 * position of the text (java.util.regex has no first-character index for alternations); jumping from one possible
 * first character to the next and matching there finds the same matches for a fraction of the cost, since in prose
 * most positions cannot start a time expression, a number or a cue.
 *
 * <p>The first characters are read off the regex's {@link RegexTree} (literal characters, classes, {@code \d}, groups
 * and optional items, skipping lookarounds); a regex that may start with any character (a leading {@code .} or negated
 * class, {@code \w} …) or that the tree cannot read has no first characters and is searched the ordinary way.
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

    /** The start of the last match within [from, to) of the text (each search going on after the one before), or -1. */
    int lastStart(CharSequence text, int from, int to) {
        Matcher m = matcher(text);
        int last = -1;
        for (int at = from; at <= to && find(m, text, at, to); at = next(m)) {
            last = m.start();
        }
        return last;
    }

    /** Every match in the text, each search going on after the one before, as {@link Matcher#results()} gives them. */
    List<MatchResult> results(CharSequence text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        for (int from = 0; from <= text.length() && find(m, text, from, text.length()); from = next(m)) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    /** Whether the text holds a match anywhere. */
    boolean foundIn(CharSequence text) {
        return find(matcher(text), text, 0, text.length());
    }

    /** The possible first characters of a regex, read off its {@link RegexTree}; null where it cannot tell. */
    static final class FirstChars {

        private FirstChars() {
        }

        static BitSet of(String regex) {
            RegexTree.Node tree = RegexTree.parse(regex);
            Result r = tree == null ? Result.ANY : of(tree);
            return r.firsts != null && !r.nullable ? r.firsts : null;
        }

        /** The first characters of a piece of regex (null: any) and whether it can match the empty string. */
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

            private static BitSet union(BitSet a, BitSet b) {
                if (a == null || b == null) {
                    return null;
                }
                BitSet u = (BitSet) a.clone();
                u.or(b);
                return u;
            }
        }

        private static Result of(RegexTree.Node node) {
            if (node instanceof RegexTree.Literal l) {
                BitSet one = new BitSet();
                one.set(l.c());
                return new Result(one, false);
            }
            if (node instanceof RegexTree.OneOf o) {
                return o.chars() == null ? Result.ANY : new Result(o.chars(), false);
            }
            if (node instanceof RegexTree.Sequence s) {
                Result r = Result.EMPTY;
                for (RegexTree.Node item : s.items()) {
                    r = r.then(of(item));
                }
                return r;
            }
            if (node instanceof RegexTree.Alternation a) {
                Result r = of(a.branches().get(0));
                for (RegexTree.Node b : a.branches().subList(1, a.branches().size())) {
                    r = r.or(of(b));
                }
                return r;
            }
            if (node instanceof RegexTree.Repeat q) {
                Result r = of(q.item());
                return q.atLeastOnce() ? r : new Result(r.firsts(), true);
            }
            return Result.EMPTY; // RegexTree.Empty
        }
    }
}
