package io.zhibiao.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** The manifests of one kustomize overlay as rendered by {@code kubectl kustomize}, with typed lookups. */
record Manifests(String overlay, List<Map<String, Object>> objects) {

    static final Path K8S = Path.of("k8s");

    /** Renders {@code k8s/overlays/<overlay>} the way an operator would, with kubectl's built-in kustomize. */
    static Manifests render(String overlay) {
        Path dir = K8S.resolve("overlays").resolve(overlay);
        return parse(overlay, run(kustomizeCommand(dir)));
    }

    /** A file of manifests applied as it is ({@code kubectl apply -f}), such as the restore procedure's. */
    static Manifests read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    private static Manifests parse(String name, String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(yaml)) {
            if (doc != null) {
                objects.add(map(doc));
            }
        }
        return new Manifests(name, objects);
    }

    private static List<String> kustomizeCommand(Path dir) {
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize", dir.toString());
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build", dir.toString());
        }
        throw new IllegalStateException("Neither kubectl nor kustomize is on the PATH: the manifests of " + dir
                + " cannot be rendered. Install kubectl (v1.27 or newer, with kustomize v5).");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Map<String, Object> one(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(str(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " named " + name));
    }

    /** The object of a kind whose name starts with {@code prefix}: generated ConfigMaps and Secrets carry a hash. */
    Map<String, Object> generated(String kind, String prefix) {
        return ofKind(kind).stream().filter(o -> str(o, "metadata", "name").startsWith(prefix + "-")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + prefix));
    }

    /** Every pod template: Deployments, StatefulSets, DaemonSets, Jobs, and the Jobs of CronJobs. */
    List<PodTemplate> podTemplates() {
        return objects.stream()
                .filter(o -> List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob").contains(o.get("kind")))
                .map(o -> new PodTemplate(o.get("kind") + "/" + str(o, "metadata", "name"), map("CronJob".equals(o.get("kind"))
                        ? path(o, "spec", "jobTemplate", "spec", "template", "spec")
                        : path(o, "spec", "template", "spec"))))
                .toList();
    }

    /** A pod spec with the workload it belongs to. */
    record PodTemplate(String owner, Map<String, Object> spec) {

        List<Map<String, Object>> containers() {
            List<Map<String, Object>> all = new ArrayList<>(list(spec.get("containers")));
            all.addAll(list(spec.get("initContainers")));
            return all;
        }

        Map<String, Object> container(String name) {
            return containers().stream().filter(c -> name.equals(c.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(owner + " has no container " + name));
        }

        Map<String, Object> securityContext() {
            return map(spec.getOrDefault("securityContext", Map.of()));
        }
    }

    static Object path(Map<String, Object> object, String... keys) {
        Object at = object;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(key);
        }
        return at;
    }

    static String str(Map<String, Object> object, String... keys) {
        Object value = path(object, keys);
        return value == null ? null : value.toString();
    }

    static Optional<Object> opt(Map<String, Object> object, String... keys) {
        return Optional.ofNullable(path(object, keys));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }
}
