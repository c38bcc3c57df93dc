package io.zhibiao.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Runs the extractor over text files and writes JSON Lines for score.py: SeedDump published out.jsonl file... */
public final class SeedDump {

    private SeedDump() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate published = LocalDate.parse(args[0]);
        Extractor ex = new RuleExtractor();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
            for (int i = 2; i < args.length; i++) {
                Path p = Path.of(args[i]);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (Observation o : ex.extract(text, new ExtractionContext(published, null))) {
                    out.println(json(p.getFileName().toString(), o));
                }
            }
        }
    }

    static String json(String doc, Observation o) {
        StringBuilder b = new StringBuilder("{");
        field(b, "doc", doc);
        b.append(",\"value\":").append(num(o.value()));
        b.append(",\"valueMax\":").append(o.valueMax() == null ? "null" : num(o.valueMax()));
        field(b.append(','), "unitClass", o.unitClass());
        field(b.append(','), "unit", o.unit());
        field(b.append(','), "qualifier", o.qualifier());
        field(b.append(','), "regionCode", o.regionCode());
        field(b.append(','), "periodStart", o.periodStart() == null ? null : o.periodStart().toString());
        field(b.append(','), "periodEnd", o.periodEnd() == null ? null : o.periodEnd().toString());
        field(b.append(','), "kind", o.kind());
        field(b.append(','), "indicator", o.indicator());
        field(b.append(','), "topic", o.topic());
        field(b.append(','), "quote", o.quote());
        b.append(",\"start\":").append(o.start()).append(",\"end\":").append(o.end()).append('}');
        return b.toString();
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void field(StringBuilder b, String k, String v) {
        b.append('"').append(k).append("\":");
        if (v == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
