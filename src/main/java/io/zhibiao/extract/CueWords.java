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
        return of(regex, Set.of());
    }

    /**
     * The same, where (nearly) every text the regex is tried on holds the words {@code held} (the "|" that the catalog's
     * cues see between a figure's words and its unit): those are chosen only when nothing else is, since they tell nothing.
     */
    static List<String> of(String regex, Set<String> held) {
        RegexTree.Node tree = RegexTree.parse(regex);
        Set<String> words = tree == null ? null : new Words(held).of(tree);
        return words == null ? null : List.copyOf(words);
    }

    /** What a row needs in a text for its regex to match there: one of its words (null: none known), and a digit. */
    record Needs(List<String> words, boolean digit) {
    }

    /** The words of {@link #of(String)} and whether every match holds a digit (a year, 3月). */
    static Needs needs(String regex) {
        RegexTree.Node tree = RegexTree.parse(regex);
        return new Needs(of(regex), tree != null && needsDigit(tree));
    }

    /** Whether every match of the piece holds one of 0–9. */
    private static boolean needsDigit(RegexTree.Node node) {
        if (node instanceof RegexTree.Literal l) {
            return l.c() >= '0' && l.c() <= '9';
        }
        if (node instanceof RegexTree.OneOf o) {
            return o.chars() != null && !o.chars().isEmpty() && o.chars().nextSetBit(0) >= '0'
                    && o.chars().length() <= '9' + 1;
        }
        if (node instanceof RegexTree.Sequence s) {
            return s.items().stream().anyMatch(CueWords::needsDigit);
        }
        if (node instanceof RegexTree.Alternation a) {
            return a.branches().stream().allMatch(CueWords::needsDigit);
        }
        if (node instanceof RegexTree.Repeat q) {
            return q.atLeastOnce() && needsDigit(q.item());
        }
        return false;
    }

    /** Reads the words of a tree piece by piece: each piece's words, or null when a match of it need hold none. */
    private record Words(Set<String> held) {

        Set<String> of(RegexTree.Node node) {
            if (node instanceof RegexTree.Alternation a) {
                Set<String> all = new LinkedHashSet<>();
                for (RegexTree.Node b : a.branches()) {
                    Set<String> one = of(b);
                    if (one == null) {
                        return null;
                    }
                    all.addAll(one);
                }
                return all;
            }
            if (node instanceof RegexTree.Sequence s) {
                return sequence(s.items());
            }
            return null; // a character of a class, a zero-width item
        }

        /**
         * The words of a sequence: the best of its runs of literal characters that must all occur (政府性基金 of
         * 政府性基金(?:预算)?收入) and the words of its groups that must occur, the best being the one whose shortest word is
         * longest.
         */
        private Set<String> sequence(List<RegexTree.Node> items) {
            List<Set<String>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (RegexTree.Node item : items) {
                if (item instanceof RegexTree.Literal l) {
                    run.append(l.c());
                    continue;
                }
                RegexTree.Node once = item;
                if (item instanceof RegexTree.Repeat q) {
                    if (q.atLeastOnce() && q.item() instanceof RegexTree.Literal l) {
                        run.append(l.c()); // ab+ holds ab
                    }
                    once = q.atLeastOnce() ? q.item() : null;
                }
                flush(run, candidates);
                Set<String> words = once instanceof RegexTree.Alternation ? of(once) : null;
                if (words != null) {
                    candidates.add(words);
                }
            }
            flush(run, candidates);
            Set<String> best = null;
            for (Set<String> c : candidates) {
                if (best == null || better(c, best)) {
                    best = c;
                }
            }
            return best;
        }

        private boolean better(Set<String> c, Set<String> best) {
            if (held.containsAll(c) != held.containsAll(best)) {
                return !held.containsAll(c);
            }
            return shortest(c) > shortest(best) || shortest(c) == shortest(best) && c.size() < best.size();
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
        /** The rows that need a digit besides one of their words. */
        private final BitSet digit = new BitSet();

        /** @param needsByRow what each row needs (its words null: a row always tried unless it lacks a digit) */
        Index(List<Needs> needsByRow) {
            Trie trie = new Trie();
            for (int row = 0; row < needsByRow.size(); row++) {
                digit.set(row, needsByRow.get(row).digit());
                List<String> words = needsByRow.get(row).words();
                if (words == null) {
                    always.set(row);
                } else {
                    for (String w : words) {
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
            boolean digits = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                digits |= c >= '0' && c <= '9';
                s = step(s, c);
                if (found[s] != null) {
                    out.or(found[s]);
                }
            }
            if (!digits && !digit.isEmpty()) {
                out.andNot(digit);
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
