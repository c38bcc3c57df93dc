package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words one of which every match of a cue holds (土地出让 of {@code 土地(?:使用权)?出让(?:收入|金)?}), and an
 * Aho–Corasick automaton over the words of all catalog rows that tells in one pass over a clause which rows' cues can
 * match it: trying hundreds of cue regexes on every figure's clause was an eighth of the extractor's time.
 */
final class CueWords {

    private CueWords() {
    }

    /**
     * Words one of which every match of the regex holds, or null where the regex cannot be read that far (inline flags,
     * back references, a branch that may match nothing …): such a cue is always tried.
     */
    static List<String> of(String regex) {
        if (regex.contains("\\Q")) {
            return null; // quoted text is not read here
        }
        try {
            Reader r = new Reader(regex);
            Set<String> words = r.alternation();
            return r.pos == regex.length() && words != null ? List.copyOf(words) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads a regex piece by piece: each piece's words, or null when a match of it need hold none. */
    private static final class Reader {

        /** One literal character, or a piece with the words one of which it holds (null: none, or no text at all). */
        private record Atom(boolean isLiteral, char literal, Set<String> words) {
            static final Atom NONE = new Atom(false, '\0', null);

            static Atom of(char c) {
                return new Atom(true, c, null);
            }
        }

        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        Set<String> alternation() {
            Set<String> all = new LinkedHashSet<>();
            boolean known = true;
            while (true) {
                Set<String> one = sequence();
                known &= one != null;
                if (known) {
                    all.addAll(one);
                }
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                } else {
                    return known ? all : null;
                }
            }
        }

        /**
         * The words of a sequence: the best of its runs of literal characters that must all occur (政府性基金 of
         * 政府性基金(?:预算)?收入) and the words of its groups that must occur, the best being the one whose shortest word is
         * longest.
         */
        private Set<String> sequence() {
            List<Set<String>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Atom a = atom();
                int q = quantifier();
                if (a.isLiteral() && q == ONCE) {
                    run.append(a.literal());
                    continue;
                }
                if (a.isLiteral() && q == AT_LEAST_ONCE) {
                    run.append(a.literal()); // ab+ holds ab
                }
                flush(run, candidates);
                if (a.words() != null && q != OPTIONAL) {
                    candidates.add(a.words());
                }
            }
            flush(run, candidates);
            Set<String> best = null;
            for (Set<String> c : candidates) {
                if (best == null || shortest(c) > shortest(best) || shortest(c) == shortest(best) && c.size() < best.size()) {
                    best = c;
                }
            }
            return best;
        }

        private static void flush(StringBuilder run, List<Set<String>> candidates) {
            if (run.length() > 0) {
                candidates.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        private static int shortest(Set<String> words) {
            return words.stream().mapToInt(String::length).min().orElse(0);
        }

        private static final int ONCE = 0;
        private static final int OPTIONAL = 1;
        private static final int AT_LEAST_ONCE = 2;

        private int quantifier() {
            if (pos >= re.length()) {
                return ONCE;
            }
            char c = re.charAt(pos);
            int q;
            if (c == '?' || c == '*') {
                q = OPTIONAL;
            } else if (c == '+') {
                q = AT_LEAST_ONCE;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String least = re.substring(pos + 1, close).split(",", -1)[0].trim();
                q = Integer.parseInt(least) == 0 ? OPTIONAL : AT_LEAST_ONCE;
                pos = close;
            } else {
                return ONCE;
            }
            pos++;
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy or possessive
            }
            return q;
        }

        private Atom atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Atom.NONE;
                case '\\':
                    return escape();
                case '.':
                    return Atom.NONE;
                case '^':
                case '$':
                    return Atom.NONE;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("dangling quantifier");
                default:
                    return Atom.of(c);
            }
        }

        private Atom group() {
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
            Set<String> inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            if (zeroWidth) {
                return Atom.NONE; // a lookaround holds no text of the match
            }
            return inner == null ? Atom.NONE : new Atom(false, '\0', inner);
        }

        private Atom escape() {
            char e = re.charAt(pos++);
            if ("bBAzZGdDsSwWhHvVntrfae".indexOf(e) >= 0) {
                return Atom.NONE; // a boundary or a class of characters: no word
            }
            if (Character.isLetterOrDigit(e)) {
                throw new IllegalArgumentException("escape \\" + e); // \x41, \u4e00, \1, \p{…}: not read here
            }
            return Atom.of(e);
        }

        /** Skips a character class: one character whichever it is (a leading ] is literal), then up to its ]. */
        private void skipClass() {
            if (re.charAt(pos) == '^') {
                pos++;
            }
            boolean first = true;
            while (first || re.charAt(pos) != ']') {
                first = false;
                char c = re.charAt(pos++);
                if (c == '[') {
                    throw new IllegalArgumentException("nested class");
                }
                if (c == '\\') {
                    pos++;
                }
            }
            pos++;
        }
    }

    /** The rows whose words a text holds, found in one pass (Aho–Corasick); rows without words are always there. */
    static final class Index {

        /** Next state from the root by character: most characters of a text lead nowhere, and a table is quickest. */
        private final int[] fromRoot = new int[Character.MAX_VALUE + 1];
        /** Each state's characters (sorted) and the states they lead to. */
        private final char[][] keys;
        private final int[][] targets;
        private final int[] failure;
        /** The rows whose words end at a state (its own and its failure states'), or null for none. */
        private final BitSet[] found;
        private final BitSet always = new BitSet();

        /** @param wordsByRow each row's words, or null for a row always tried */
        Index(List<List<String>> wordsByRow) {
            Trie trie = new Trie();
            for (int row = 0; row < wordsByRow.size(); row++) {
                if (wordsByRow.get(row) == null) {
                    always.set(row);
                } else {
                    for (String w : wordsByRow.get(row)) {
                        trie.rows.get(trie.add(w)).set(row);
                    }
                }
            }
            trie.link();
            int n = trie.next.size();
            keys = new char[n][];
            targets = new int[n][];
            failure = new int[n];
            found = new BitSet[n];
            for (int s = 0; s < n; s++) {
                List<Character> cs = new ArrayList<>(trie.next.get(s).keySet());
                cs.sort(null);
                keys[s] = new char[cs.size()];
                targets[s] = new int[cs.size()];
                for (int i = 0; i < cs.size(); i++) {
                    keys[s][i] = cs.get(i);
                    targets[s][i] = trie.next.get(s).get(cs.get(i));
                }
                failure[s] = trie.fail.get(s);
                found[s] = trie.rows.get(s).isEmpty() ? null : trie.rows.get(s);
            }
            for (int i = 0; i < keys[0].length; i++) {
                fromRoot[keys[0][i]] = targets[0][i];
            }
        }

        /** The rows (by their index in the catalog) whose cues can match the text. */
        BitSet rowsIn(CharSequence text) {
            return rowsIn(text, 0, text.length());
        }

        /** The rows whose cues can match within [from, to) of the text. */
        BitSet rowsIn(CharSequence text, int from, int to) {
            BitSet out = (BitSet) always.clone();
            int s = 0;
            for (int i = from; i < to; i++) {
                s = step(s, text.charAt(i));
                if (found[s] != null) {
                    out.or(found[s]);
                }
            }
            return out;
        }

        private int step(int state, char c) {
            for (int s = state; s != 0; s = failure[s]) {
                int at = Arrays.binarySearch(keys[s], c);
                if (at >= 0) {
                    return targets[s][at];
                }
            }
            return fromRoot[c];
        }
    }

    /** The words' trie while it is built, state 0 its root. */
    private static final class Trie {
        final List<Map<Character, Integer>> next = new ArrayList<>();
        final List<Integer> fail = new ArrayList<>();
        final List<BitSet> rows = new ArrayList<>();

        Trie() {
            state();
        }

        /** The state a word ends at. */
        int add(String word) {
            int s = 0;
            for (int i = 0; i < word.length(); i++) {
                s = next.get(s).computeIfAbsent(word.charAt(i), k -> state());
            }
            return s;
        }

        private int state() {
            next.add(new HashMap<>());
            fail.add(0);
            rows.add(new BitSet());
            return next.size() - 1;
        }

        /**
         * Failure links breadth first (the longest proper suffix of a state's word that is a state), each state taking
         * the rows of its failure state: a word ending inside another is found too.
         */
        void link() {
            List<Integer> queue = new ArrayList<>(next.get(0).values());
            for (int head = 0; head < queue.size(); head++) {
                int s = queue.get(head);
                for (Map.Entry<Character, Integer> t : next.get(s).entrySet()) {
                    int f = fail.get(s);
                    while (f != 0 && !next.get(f).containsKey(t.getKey())) {
                        f = fail.get(f);
                    }
                    int target = t.getValue();
                    fail.set(target, next.get(f).getOrDefault(t.getKey(), 0));
                    rows.get(target).or(rows.get(fail.get(target)));
                    queue.add(target);
                }
            }
        }
    }
}
