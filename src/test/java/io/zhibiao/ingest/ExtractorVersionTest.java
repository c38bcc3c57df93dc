package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stored extractor versions a running one re-derives: older releases and other catalogs, never newer releases. */
class ExtractorVersionTest {

    @ParameterizedTest(name = "{0} running, {1} stored: {2}")
    @CsvSource({
            "1.5.0, 1.4.9, true",
            "1.5.0, 1.5.0, false",
            "1.5.0, 1.6.0, false",
            "1.10.0, 1.9.3, true",     // numbers, not text: 1.10 is after 1.9
            "1.9.3, 1.10.0, false",
            "2.0.0, 1.99.99, true",
            "1.5.0, 1.5, false",       // a missing part is 0
            "1.5.0, 1.5.0-rc.1, true", // a release is after its pre-release
            "1.5.0-rc.1, 1.5.0, false",
            "1.5.0+catalog.3f2a, 1.5.0, true",            // the operator mounted a catalog: other rules
            "1.5.0, 1.5.0+catalog.3f2a, true",            // and took it away again
            "1.5.0+catalog.3f2a, 1.5.0+catalog.77aa, true",
            "1.5.0+catalog.3f2a, 1.5.0+catalog.3f2a, false",
            "1.5.0+catalog.3f2a, 1.6.0, false",           // a newer release with any catalog is never undone
            "1.6.0, 1.5.0+catalog.3f2a, true",
            "1.5.0, legacy, true"                          // an odd old label reads as 0: old
    })
    void reDerivesOnlyWhatAnOlderReleaseOrAnotherCatalogDerived(String running, String stored, boolean supersedes) {
        assertEquals(supersedes, ExtractorVersion.of(running).supersedes(ExtractorVersion.of(stored)));
    }
}
