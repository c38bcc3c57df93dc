package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code src/main/docker/Dockerfile.jvm} as written: no Docker engine is needed (nor available in CI)
 * to check that the recipe pins its default base, installs Debian's JRE and what AWT draws with, and drops root;
 * {@link ContainerImageIT} builds and runs the image where podman is present.
 */
class ContainerImageRecipeTest {

    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    static List<String> instructions;

    @BeforeAll
    static void read() throws IOException {
        // Join continuation lines, drop comments: one instruction per entry.
        String text = Files.readString(DOCKERFILE).replaceAll("(?m)^\\s*#.*\\n", "").replaceAll("\\\\\\n", " ");
        instructions = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void takesTheBaseAsABuildArgumentWhoseDefaultIsPinnedByTag() {
        List<String> froms = withKeyword("FROM");
        assertEquals(List.of("FROM ${BASE_IMAGE}"), froms, "bin/build-image.sh passes a local base");
        String arg = withKeyword("ARG").stream().filter(a -> a.startsWith("ARG BASE_IMAGE=")).findFirst().orElseThrow();
        String image = arg.substring("ARG BASE_IMAGE=".length());
        assertTrue(image.startsWith("debian:bookworm"), image);
        assertTrue(RenderedManifestsTest.PINNED.matcher(image).matches(), image + " is not pinned");
    }

    @Test
    void installsDebiansHeadlessJreAndTheLibrariesAwtDrawsWithButNoCjkFont() {
        String run = String.join("\n", withKeyword("RUN"));
        assertTrue(!run.contains("fonts-noto-cjk"), "charts carry their own font; the image needs none: " + run);
        assertTrue(run.contains("openjdk-17-jre-headless") && run.contains("--no-install-recommends"), run);
        assertTrue(run.contains("libfreetype6") && run.contains("fontconfig"), run);
    }

    @Test
    void runsAsTheNonRootUserTheManifestsDeclare() {
        List<String> users = withKeyword("USER");
        String last = users.get(users.size() - 1).split("\\s+")[1];
        assertTrue(last.matches("[1-9][0-9]*"), "USER must be a numeric non-root uid for runAsNonRoot: " + last);
        Object manifestUser = Manifests.path(Manifests.render("prod").one("Deployment", "zhibiao"),
                "spec", "template", "spec", "securityContext", "runAsUser");
        assertEquals(Integer.parseInt(last), manifestUser);
    }

    @Test
    void copiesOnlyTheFourQuarkusLayersSinceSeedsAndChartsAreInTheJar() {
        List<String> sources = withKeyword("COPY").stream().map(c -> c.split("\\s+")[1]).toList();
        assertEquals(List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/"), sources);
        String env = String.join(" ", withKeyword("ENV"));
        assertFalse(env.contains("ZHIBIAO_SEEDS_DIR"), "the seeds the jar carries load by default: " + env);
    }

    @Test
    void sizesTheHeapFromTheContainerMemoryAndLetsJavaReceiveSigterm() {
        String env = String.join(" ", withKeyword("ENV"));
        assertTrue(env.contains("-XX:MaxRAMPercentage=75"), env);
        assertFalse(env.contains("-Xmx"), "a fixed -Xmx would ignore the container's limit");
        String entrypoint = withKeyword("ENTRYPOINT").get(0);
        assertTrue(entrypoint.contains("exec java $JAVA_OPTS") && entrypoint.contains("quarkus-run.jar"), entrypoint);
    }

    @Test
    void theImageNeverStartsAnEmbeddedDatabase() {
        Map<String, String> expected = Map.of("ZHIBIAO_EMBEDDED_DB_ENABLED", "false");
        String env = String.join(" ", withKeyword("ENV"));
        expected.forEach((k, v) -> assertTrue(env.contains(k + "=" + v), env));
    }

    private static List<String> withKeyword(String keyword) {
        return instructions.stream().filter(l -> l.startsWith(keyword + " ")).toList();
    }
}
