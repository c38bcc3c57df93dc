package io.zhibiao.extract;

import java.time.LocalDate;

/** Run in a child JVM by {@link MountedCatalogTest}: prints the extractor's version, then the code of each argument's first figure. */
public final class MountedCatalogMain {

    private MountedCatalogMain() {
    }

    public static void main(String[] args) {
        Extractor x = Extractor.standard();
        System.out.println(x.version());
        for (String s : args) {
            System.out.println(x.extract(s, new ExtractionContext(LocalDate.of(2025, 2, 20), null)).get(0).indicator());
        }
    }
}
