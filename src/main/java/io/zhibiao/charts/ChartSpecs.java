package io.zhibiao.charts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.zhibiao.system.DataFolder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The chart families defined by the YAML files of the specs folder (zhibiao.charts.specs-dir, else the
 * specs the application carries), read once at start-up.
 */
@ApplicationScoped
class ChartSpecs {

    private static final Logger LOG = Logger.getLogger(ChartSpecs.class);
    /** The project's top-level charts/ folder, as the build puts it into the application. */
    static final String BUNDLED = "zhibiao/charts";
    private static final Set<String> KEYS = Set.of("family", "type", "key", "title", "file-name", "min-points",
            "min-regions", "exclude-indicators", "width", "height");

    private final List<ChartSpec> specs;

    ChartSpecs(ChartsConfig config) {
        try {
            this.specs = DataFolder.read(config.specsDir(), "zhibiao.charts.specs-dir", BUNDLED, ChartSpecs::load);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chart specs: " + e.getMessage(), e);
        }
    }

    List<ChartSpec> all() {
        return specs;
    }

    static List<ChartSpec> load(Path dir) {
        return load(dir, dir.toString());
    }

    /** Every spec of the folder; a folder with none stops the start, since a chart service with no chart is a mistake. */
    static List<ChartSpec> load(Path dir, String description) {
        List<ChartSpec> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(parse(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read chart specs in " + description, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("No chart spec (*.yaml) in " + description
                    + ": point zhibiao.charts.specs-dir at a folder of specs, or unset it to use the ones the application carries");
        }
        LOG.infof("Chart specs from %s: %s", description, out.stream().map(ChartSpec::name).toList());
        return List.copyOf(out);
    }

    static ChartSpec parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        Map<String, Object> yaml;
        // SafeConstructor: a spec is data, it must never instantiate classes.
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        if (yaml == null) {
            throw new IllegalArgumentException(file + " is empty");
        }
        for (String key : yaml.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "'; known: " + KEYS);
            }
        }
        String type = text(yaml, "type", file);
        if (!List.of("line", "bar", "level-growth", "ranking", "structure", "cumulative").contains(type)) {
            throw new IllegalArgumentException(file + ": 'type' must be line, bar, level-growth, ranking, structure or cumulative, not '"
                    + type + "'");
        }
        @SuppressWarnings("unchecked")
        List<String> excluded = (List<String>) yaml.getOrDefault("exclude-indicators", List.of());
        ChartSpec spec = new ChartSpec(name, ChartSpec.Family.of(text(yaml, "family", file), file.toString()), type,
                text(yaml, "key", file), text(yaml, "title", file), text(yaml, "file-name", file),
                number(yaml, "min-points", 1), number(yaml, "min-regions", 2), List.copyOf(excluded),
                number(yaml, "width", 1200), number(yaml, "height", 675));
        // A misspelt placeholder fails at start-up, not at the first render in the background.
        try {
            ChartSpec.fill(spec.key(), Map.of("indicator", "i", "region", "r"));
            Map<String, String> names = Map.of("indicator", "i", "indicatorName", "n", "region", "r", "regionName", "n",
                    "regionShortName", "n", "period", "p", "years", "y", "yearRange", "y");
            ChartSpec.fill(spec.title(), names);
            ChartSpec.fill(spec.fileName(), names);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return spec;
    }

    private static String text(Map<String, Object> yaml, String key, Path file) {
        Object value = yaml.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(file + ": '" + key + "' is required");
        }
        return s;
    }

    private static int number(Map<String, Object> yaml, String key, int fallback) {
        Object value = yaml.get(key);
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
