package io.zhibiao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An extractor version as documents record it: a semantic version, optionally with the fingerprint of the catalog an
 * operator mounted ({@code 1.5.0+catalog.3f2a…}, extract.RuleExtractor). During a rolling upgrade pods of two versions
 * share one database; a pod re-extracts only what an older version derived ({@link #supersedes}), so it never undoes
 * what a newer pod did.
 */
record ExtractorVersion(List<Integer> numbers, String preRelease, String catalog) {

    /** Reads a version; parts that are not numbers count as 0, so an odd legacy label is simply old. */
    static ExtractorVersion of(String version) {
        String rest = version == null ? "" : version.strip();
        String catalog = null;
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            String build = rest.substring(plus + 1);
            catalog = build.startsWith("catalog.") ? build.substring("catalog.".length()) : build;
            rest = rest.substring(0, plus);
        }
        String preRelease = null;
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            preRelease = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : rest.split("\\.", -1)) {
            numbers.add(part.matches("[0-9]{1,9}") ? Integer.parseInt(part) : 0);
        }
        return new ExtractorVersion(List.copyOf(numbers), preRelease, catalog);
    }

    /**
     * Whether this (the running) version should re-derive what {@code stored} derived: it is a later release, or the
     * same release with another mounted catalog (different rules, neither newer). Never for a later release.
     */
    boolean supersedes(ExtractorVersion stored) {
        int release = compareRelease(stored);
        return release > 0 || (release == 0 && !Objects.equals(catalog, stored.catalog));
    }

    /** Semantic-version precedence without the build part: 1.10.0 > 1.9.3 > 1.9.3-rc.1; missing numbers are 0. */
    int compareRelease(ExtractorVersion other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        if (preRelease == null || other.preRelease == null) {
            return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
        }
        return preRelease.compareTo(other.preRelease);
    }
}
