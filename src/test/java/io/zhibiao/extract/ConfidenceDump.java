package io.zhibiao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Runs the extractor over the texts named on standard input (lines "path TAB published TAB region-or-empty") and
 * writes JSON Lines like extract_all.py's, with confidence and reasons: what bench/extract/fit_confidence.py fits on
 * without starting the service. Usage: ConfidenceDump out.jsonl &lt; list
 */
public final class ConfidenceDump {

    private ConfidenceDump() {
    }

    public static void main(String[] args) throws IOException {
        Extractor ex = new RuleExtractor();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), true, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                Path p = Path.of(f[0]);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                ExtractionContext c = new ExtractionContext(LocalDate.parse(f[1]), f[2].isEmpty() ? null : f[2]);
                for (Observation o : ex.extract(text, c)) {
                    String json = SeedDump.json(p.getFileName().toString(), o);
                    String reasons = o.reasons().stream().map(r -> "\"" + r.code() + "\"").collect(Collectors.joining(","));
                    out.println(json.substring(0, json.length() - 1) + ",\"confidence\":" + o.confidence()
                            + ",\"reasons\":[" + reasons + "],\"periodType\":\"" + o.periodType() + "\"}");
                }
            }
        }
    }
}
