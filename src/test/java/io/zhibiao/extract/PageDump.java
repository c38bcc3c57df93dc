package io.zhibiao.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints the observations of one text as a table, for writing and checking test pages: PageDump published [region] file. */
public final class PageDump {

    private PageDump() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate published = LocalDate.parse(args[0]);
        String region = args.length > 2 ? args[1] : null;
        String text = Files.readString(Path.of(args[args.length - 1]), StandardCharsets.UTF_8);
        for (Observation o : new RuleExtractor().extract(text, new ExtractionContext(published, region))) {
            System.out.printf("%-14s %14s %-11s %-8s %s %s..%s %-6s %-28s%n", text.substring(o.start(), o.end()),
                    SeedDump.json("", o).replaceAll(".*\"value\":([^,]*).*", "$1"), o.unitClass(), o.qualifier(),
                    o.regionCode(), o.periodStart(), o.periodEnd(), o.kind(), o.indicator());
        }
    }
}
