package io.zhibiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/**
 * The house rules a reader relies on, read from the sources: features import only from the layers below them (so
 * one can read the code bottom-up and change a feature without breaking one beneath it), no class is over 600 lines
 * or method over 80, and {@code system} names no feature's path.
 */
class CodeShapeTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "io.zhibiao.";

    /** Each feature's layer: a feature imports from features of lower layers only (and from itself). */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("extract", 0), Map.entry("system", 1), Map.entry("regions", 2), Map.entry("indicators", 3),
            Map.entry("checks", 4), Map.entry("series", 5), Map.entry("changes", 6), Map.entry("charts", 7),
            Map.entry("feed", 7), Map.entry("ingest", 8), Map.entry("corrections", 9), Map.entry("review", 9),
            Map.entry("auth", 9));

    private static final int MAX_CLASS_LINES = 600;
    private static final int MAX_METHOD_LINES = 80;

    private static List<Source> sources;

    record Source(Path path, String feature, CompilationUnit unit) {
    }

    @BeforeAll
    static void parse() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                sources.add(new Source(f, feature(pkg + "."), StaticJavaParser.parse(f)));
            }
        }
    }

    @Test
    void everyPackageHasALayer() {
        List<String> unknown = sources.stream().map(Source::feature).distinct().filter(f -> !LAYERS.containsKey(f)).toList();
        assertEquals(List.of(), unknown, "new feature packages get a layer in CodeShapeTest.LAYERS");
    }

    @Test
    void importsRunDownwardOnly() {
        List<String> upward = new ArrayList<>();
        for (Source s : sources) {
            for (ImportDeclaration i : s.unit().getImports()) {
                String name = i.getNameAsString();
                if (!name.startsWith(ROOT)) {
                    continue;
                }
                String target = feature(name);
                if (!target.equals(s.feature()) && LAYERS.getOrDefault(target, -1) >= LAYERS.getOrDefault(s.feature(), -1)) {
                    upward.add(s.path() + " imports " + name);
                }
            }
        }
        assertEquals(List.of(), upward, "a feature imports only from layers below it: " + LAYERS);
    }

    @Test
    void classesAndMethodsStaySmall() {
        List<String> big = new ArrayList<>();
        for (Source s : sources) {
            for (TypeDeclaration<?> type : s.unit().getTypes()) {
                int lines = lines(type);
                if (lines > MAX_CLASS_LINES) {
                    big.add(s.path() + ": class " + type.getNameAsString() + " has " + lines + " lines");
                }
            }
            for (CallableDeclaration<?> method : s.unit().findAll(CallableDeclaration.class)) {
                int lines = lines(method);
                if (lines > MAX_METHOD_LINES) {
                    big.add(s.path() + ": " + method.getNameAsString() + " has " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), big, "classes at most " + MAX_CLASS_LINES + " lines, methods at most " + MAX_METHOD_LINES);
    }

    @Test
    void systemNamesNoFeaturePath() {
        List<String> paths = new ArrayList<>();
        for (Source s : sources) {
            if (!s.feature().equals("system")) {
                continue;
            }
            s.unit().findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::getValue)
                    .filter(CodeShapeTest::namesAFeaturePath).forEach(v -> paths.add(s.path() + ": \"" + v + "\""));
            s.unit().findAll(TextBlockLiteralExpr.class).stream().map(TextBlockLiteralExpr::getValue)
                    .filter(CodeShapeTest::namesAFeaturePath).forEach(v -> paths.add(s.path() + ": text block"));
        }
        assertEquals(List.of(), paths, "system serves every feature alike: a feature's path belongs in its own package");
    }

    private static boolean namesAFeaturePath(String literal) {
        return literal.matches("(?s).*/api/[a-z].*");
    }

    private static String feature(String qualifiedName) {
        String rest = qualifiedName.substring(ROOT.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    private static int lines(com.github.javaparser.ast.Node node) {
        return node.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
    }
}
