package io.zhibiao.deploy;

import static io.restassured.RestAssured.given;
import static io.zhibiao.deploy.Manifests.list;
import static io.zhibiao.deploy.Manifests.map;
import static io.zhibiao.deploy.Manifests.path;
import static io.zhibiao.deploy.Manifests.str;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.deploy.Manifests.PodTemplate;

/** Renders both overlays with kubectl kustomize and checks them against this running application. */
@QuarkusTest
class RenderedManifestsTest {

    static final String SERVICE = "zhibiao";
    static final Set<String> PROBES = Set.of("startupProbe", "readinessProbe", "livenessProbe");
    // registry/name:tag with a tag that is not "latest", or a digest.
    static final Pattern PINNED = Pattern.compile("^[^@]+:(?!latest$)[\\w][\\w.-]{0,127}$|^[^@]+@sha256:[0-9a-f]{64}$");
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
    static final String BACKUP_SECRET = "zhibiao-backup-s3";
    // The plugin's ObjectStore accepts days, weeks or months.
    static final Pattern RETENTION = Pattern.compile("^[1-9][0-9]*[dwm]$");
    // How CloudNativePG's examples write a recovery target: "2026-01-31 09:59:59.123456+00".
    static final DateTimeFormatter TARGET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]X");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void probesAnswerOnTheRunningServiceAtTheContainerPort(String overlay) {
        Map<String, Object> container = serviceContainer(Manifests.render(overlay));
        int appPort = packagedHttpPort();
        for (String probe : PROBES) {
            Map<String, Object> httpGet = map(path(container, probe, "httpGet"));
            assertFalse(httpGet.isEmpty(), overlay + ": " + probe + " is not an HTTP probe");
            String path = str(httpGet, "path");
            assertTrue(path.startsWith("/q/health/"), overlay + ": " + probe + " checks " + path);
            assertEquals(appPort, containerPort(container, httpGet.get("port")),
                    overlay + ": " + probe + " does not target the port the service listens on");
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theServiceForwardsToTheContainerPort(String overlay) {
        Manifests m = Manifests.render(overlay);
        Map<String, Object> port = list(path(m.one("Service", SERVICE), "spec", "ports")).get(0);
        int appPort = packagedHttpPort();
        assertEquals(appPort, containerPort(serviceContainer(m), port.get("targetPort")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyImageHasAPinnedTag(String overlay) {
        Manifests m = Manifests.render(overlay);
        List<String> images = new ArrayList<>();
        m.podTemplates().forEach(t -> t.containers().forEach(c -> images.add((String) c.get("image"))));
        m.ofKind("Cluster").forEach(c -> images.add(str(c, "spec", "imageName")));
        assertFalse(images.isEmpty());
        for (String image : images) {
            assertNotNull(image, overlay + ": a container without image");
            assertTrue(PINNED.matcher(image).matches(), overlay + ": image " + image + " is not pinned");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyContainerHasLimitsAndANonRootSecurityContext(String overlay) {
        Manifests m = Manifests.render(overlay);
        for (PodTemplate t : m.podTemplates()) {
            for (Map<String, Object> c : t.containers()) {
                String who = overlay + ": " + t.owner() + "/" + c.get("name");
                Map<String, Object> limits = map(path(c, "resources", "limits"));
                assertTrue(limits.containsKey("cpu") && limits.containsKey("memory"), who + " has no cpu and memory limits");
                assertNotNull(path(c, "resources", "requests", "memory"), who + " requests no memory");
                Map<String, Object> sc = map(c.get("securityContext"));
                Object nonRoot = sc.getOrDefault("runAsNonRoot", t.securityContext().get("runAsNonRoot"));
                Object user = sc.getOrDefault("runAsUser", t.securityContext().get("runAsUser"));
                assertEquals(Boolean.TRUE, nonRoot, who + " may run as root");
                assertNotEquals(0, user, who + " runs as uid 0");
                assertEquals(Boolean.FALSE, sc.get("allowPrivilegeEscalation"), who + " may escalate privileges");
                assertEquals(List.of("ALL"), path(sc, "capabilities", "drop"), who + " keeps capabilities");
            }
        }
        // CloudNativePG runs its instances as non-root itself; the cluster still needs limits.
        for (Map<String, Object> cluster : m.ofKind("Cluster")) {
            assertNotNull(path(cluster, "spec", "resources", "limits", "memory"), overlay + ": database without memory limit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theServiceRootFilesystemIsReadOnlyWithTmpOnAnEmptyDir(String overlay) {
        Manifests m = Manifests.render(overlay);
        PodTemplate pod = servicePod(m);
        Map<String, Object> c = pod.container(SERVICE);
        assertEquals(Boolean.TRUE, path(c, "securityContext", "readOnlyRootFilesystem"));
        String volume = list(c.get("volumeMounts")).stream().filter(v -> "/tmp".equals(v.get("mountPath")))
                .map(v -> (String) v.get("name")).findFirst().orElseThrow(() -> new AssertionError("no /tmp mount"));
        Map<String, Object> tmp = list(pod.spec().get("volumes")).stream().filter(v -> volume.equals(v.get("name")))
                .findFirst().orElseThrow();
        assertTrue(tmp.containsKey("emptyDir"), overlay + ": /tmp is not an emptyDir");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void credentialsAndTokensComeFromSecrets(String overlay) {
        Map<String, Object> c = serviceContainer(Manifests.render(overlay));
        Map<String, String> secretRefs = list(c.get("env")).stream()
                .filter(e -> path(e, "valueFrom", "secretKeyRef") != null)
                .collect(Collectors.toMap(e -> (String) e.get("name"), e -> str(e, "valueFrom", "secretKeyRef", "name")));
        assertEquals(Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "ZHIBIAO_API_TOKENS"),
                secretRefs.keySet());
        assertTrue(secretRefs.get("QUARKUS_DATASOURCE_PASSWORD").startsWith("zhibiao-db"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void autoscalerBudgetAndNetworkPolicyCoverTheServicePods(String overlay) {
        Manifests m = Manifests.render(overlay);
        Map<String, Object> podLabels = map(path(m.one("Deployment", SERVICE), "spec", "template", "metadata", "labels"));
        assertEquals(SERVICE, str(m.one("HorizontalPodAutoscaler", SERVICE), "spec", "scaleTargetRef", "name"));
        assertTrue(podLabels.entrySet().containsAll(
                map(path(m.one("PodDisruptionBudget", SERVICE), "spec", "selector", "matchLabels")).entrySet()));
        assertTrue(podLabels.entrySet().containsAll(
                map(path(m.one("NetworkPolicy", SERVICE), "spec", "podSelector", "matchLabels")).entrySet()));
        Map<String, Object> strategy = map(path(m.one("Deployment", SERVICE), "spec", "strategy", "rollingUpdate"));
        assertEquals(0, strategy.get("maxUnavailable"), "a rollout must not lower capacity");
        assertEquals(null, path(m.one("Deployment", SERVICE), "spec", "replicas"), "the autoscaler owns the replica count");
    }

    @Test
    void prodNamesTheIdentityProviderAsTheReadmeSays() throws IOException {
        Manifests m = Manifests.render("prod");
        String issuer = configValue(m, "ZHIBIAO_OIDC_ISSUER");
        assertTrue(issuer.startsWith("https://"), issuer);
        assertEquals("zhibiao", configValue(m, "ZHIBIAO_OIDC_CLIENT_ID"));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("k8s/README.md"));
        assertTrue(readme.contains(issuer) && readme.contains("ZHIBIAO_OIDC_ROLE_CLAIM"), "k8s/README.md does not name the issuer");
    }

    @Test
    void devRunsOnePostgresStatefulSetWithAVolume() {
        Manifests m = Manifests.render("dev");
        Map<String, Object> db = m.one("StatefulSet", "zhibiao-db");
        assertEquals(1, path(db, "spec", "replicas"));
        assertEquals("data", str(list(path(db, "spec", "volumeClaimTemplates")).get(0), "metadata", "name"));
        assertEquals("zhibiao-db", jdbcHost(m, "QUARKUS_DATASOURCE_JDBC_URL"));
        m.one("Service", "zhibiao-db");
    }

    @Test
    void prodWritesThroughTheReadWriteServiceAndReadsThroughTheReadOnlyOne() {
        Manifests m = Manifests.render("prod");
        Map<String, Object> cluster = m.one("Cluster", "zhibiao-db");
        assertEquals(3, path(cluster, "spec", "instances"));
        assertEquals("zhibiao-db", str(cluster, "spec", "bootstrap", "initdb", "secret", "name"));
        // CloudNativePG names its services <cluster>-rw (primary) and <cluster>-ro (replicas).
        assertEquals("zhibiao-db-rw", jdbcHost(m, "QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("zhibiao-db-ro", jdbcHost(m, "ZHIBIAO_READ_JDBC_URL"));
        // The application turns that variable into its second named datasource.
        assertEquals("${ZHIBIAO_READ_JDBC_URL:}", ConfigProvider.getConfig().getConfigValue("quarkus.datasource.read.jdbc.url").getRawValue());
    }

    @Test
    void prodArchivesWalAndTakesNightlyBaseBackupsToTheBucketNamedInTheReadme() throws IOException {
        Manifests m = Manifests.render("prod");
        Map<String, Object> cluster = m.one("Cluster", "zhibiao-db");
        assertNull(path(cluster, "spec", "backup", "barmanObjectStore"), "the in-tree backup is deprecated: the plugin only");
        Map<String, Object> archiver = walArchiver(cluster);
        Map<String, Object> store = m.one("ObjectStore", str(archiver, "parameters", "barmanObjectName"));
        String bucket = str(store, "spec", "configuration", "destinationPath");
        assertTrue(bucket.startsWith("s3://"), "bucket " + bucket);
        assertEquals(BACKUP_SECRET, str(store, "spec", "configuration", "s3Credentials", "accessKeyId", "name"));
        assertEquals(BACKUP_SECRET, str(store, "spec", "configuration", "s3Credentials", "secretAccessKey", "name"));
        assertTrue(RETENTION.matcher(str(store, "spec", "retentionPolicy")).matches(), "retention " + path(store, "spec", "retentionPolicy"));
        Map<String, Object> sidecarLimits = map(path(store, "spec", "instanceSidecarConfiguration", "resources", "limits"));
        assertTrue(sidecarLimits.containsKey("cpu") && sidecarLimits.containsKey("memory"), "the backup sidecar has no limits");
        // The recovery point the README promises is the archive timeout.
        assertEquals("5min", str(cluster, "spec", "postgresql", "parameters", "archive_timeout"));

        Map<String, Object> nightly = m.ofKind("ScheduledBackup").stream()
                .filter(b -> "zhibiao-db".equals(str(b, "spec", "cluster", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ScheduledBackup of zhibiao-db"));
        assertEquals("plugin", str(nightly, "spec", "method"));
        assertEquals(BARMAN_PLUGIN, str(nightly, "spec", "pluginConfiguration", "name"));
        assertEquals(6, str(nightly, "spec", "schedule").split(" ").length, "CloudNativePG schedules have six fields, seconds first");
        assertEquals(Boolean.TRUE, path(nightly, "spec", "immediate"), "no base backup until the first night");

        String readme = Files.readString(Manifests.K8S.resolve("README.md"));
        assertTrue(readme.contains(BACKUP_SECRET) && readme.contains(bucket), "k8s/README.md does not name the secret and bucket");
    }

    @Test
    void thePointInTimeRestoreIsANewClusterFromTheProdBucketShapedLikeProd() {
        Map<String, Object> prod = Manifests.render("prod").one("Cluster", "zhibiao-db");
        Manifests restore = Manifests.read(Manifests.K8S.resolve("restore").resolve("zhibiao-db-pitr.yaml"));
        Map<String, Object> pitr = restore.one("Cluster", "zhibiao-db-pitr");
        Map<String, Object> recovery = map(path(pitr, "spec", "bootstrap", "recovery"));
        Map<String, Object> source = list(path(pitr, "spec", "externalClusters")).stream()
                .filter(c -> c.get("name").equals(recovery.get("source"))).findFirst()
                .orElseThrow(() -> new AssertionError("the recovery source is not an external cluster"));
        assertEquals(BARMAN_PLUGIN, str(source, "plugin", "name"));
        String store = str(walArchiver(prod), "parameters", "barmanObjectName");
        assertEquals(store, str(source, "plugin", "parameters", "barmanObjectName"));
        assertEquals("zhibiao-db", str(source, "plugin", "parameters", "serverName"), "the folder of the cluster backed up");
        assertNotNull(OffsetDateTime.parse(str(recovery, "recoveryTarget", "targetTime"), TARGET_TIME));
        assertEquals(str(prod, "spec", "bootstrap", "initdb", "secret", "name"), str(recovery, "secret", "name"));
        // It archives too, into its own folder: never into the one it restores from.
        Map<String, Object> archiver = walArchiver(pitr);
        assertEquals(store, str(archiver, "parameters", "barmanObjectName"));
        assertNull(str(archiver, "parameters", "serverName"), "the restored cluster must archive under its own name");
        assertEquals("zhibiao-db-pitr", str(restore.ofKind("ScheduledBackup").get(0), "spec", "cluster", "name"));
        for (String key : List.of("instances", "imageName", "postgresql", "storage", "resources", "affinity")) {
            assertEquals(path(prod, "spec", key), path(pitr, "spec", key), "the restored cluster's " + key + " differs from prod's");
        }
    }

    @Test
    void devDumpsNightlyToAVolumeThatARestoreStartedByHandReads() {
        Manifests m = Manifests.render("dev");
        Map<String, Object> dump = m.one("CronJob", "zhibiao-db-dump");
        Map<String, Object> restore = m.one("CronJob", "zhibiao-db-restore");
        assertNotEquals(Boolean.TRUE, path(dump, "spec", "suspend"));
        assertEquals("Forbid", str(dump, "spec", "concurrencyPolicy"));
        assertEquals(Boolean.TRUE, path(restore, "spec", "suspend"), "a restore must never run on a schedule");
        String database = str(m.one("StatefulSet", "zhibiao-db"), "spec", "serviceName");
        Object serverImage = m.podTemplates().stream().filter(t -> t.owner().equals("StatefulSet/zhibiao-db")).findFirst()
                .orElseThrow().container("postgres").get("image");
        Map<String, Object> dbPolicy = m.one("NetworkPolicy", "zhibiao-db");
        for (Map<String, Object> job : List.of(dump, restore)) {
            String name = str(job, "metadata", "name");
            Map<String, Object> pod = map(path(job, "spec", "jobTemplate", "spec", "template"));
            Map<String, Object> c = list(path(pod, "spec", "containers")).get(0);
            assertTrue(String.valueOf(c.get("args")).contains(name.endsWith("dump") ? "pg_dump --format=custom" : "pg_restore"), name);
            assertEquals(serverImage, c.get("image"), name + ": pg_dump and pg_restore of the server's version");
            assertEquals(database, list(c.get("env")).stream().filter(e -> "PGHOST".equals(e.get("name"))).findFirst()
                    .map(e -> e.get("value")).orElse(null), name + " does not reach the database's Service");
            String claim = list(path(pod, "spec", "volumes")).stream().filter(v -> v.containsKey("persistentVolumeClaim"))
                    .map(v -> str(v, "persistentVolumeClaim", "claimName")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts no volume claim"));
            assertEquals("zhibiao-db-dumps", claim);
            Map<String, Object> podLabels = map(path(pod, "metadata", "labels"));
            assertTrue(admits(dbPolicy, podLabels), name + " is not admitted by the database's NetworkPolicy");
        }
        m.one("PersistentVolumeClaim", "zhibiao-db-dumps");
    }

    /** The port the packaged (prod profile) service listens on; tests run on a random one instead. */
    private static int packagedHttpPort() {
        Properties props = new Properties();
        try (InputStream in = RenderedManifestsTest.class.getResourceAsStream("/application.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(props.getProperty("%prod.quarkus.http.port", props.getProperty("quarkus.http.port", "8080")));
    }

    private static String configValue(Manifests m, String key) {
        String value = str(m.generated("ConfigMap", "zhibiao-config"), "data", key);
        assertNotNull(value, m.overlay() + ": ConfigMap has no " + key);
        return value;
    }

    private static String jdbcHost(Manifests m, String key) {
        String url = str(m.generated("ConfigMap", "zhibiao-config"), "data", key);
        assertNotNull(url, m.overlay() + ": ConfigMap has no " + key);
        return URI.create(url.substring("jdbc:".length())).getHost();
    }

    private static PodTemplate servicePod(Manifests m) {
        return m.podTemplates().stream().filter(t -> t.owner().equals("Deployment/" + SERVICE)).findFirst()
                .orElseThrow(() -> new AssertionError(m.overlay() + " has no Deployment " + SERVICE));
    }

    private static Map<String, Object> serviceContainer(Manifests m) {
        return servicePod(m).container(SERVICE);
    }

    /** Resolves a probe's or Service's port, by number or by the container port's name. */
    private static int containerPort(Map<String, Object> container, Object port) {
        Map<Object, Object> byName = new HashMap<>();
        list(container.get("ports")).forEach(p -> byName.put(p.get("name"), p.get("containerPort")));
        Object resolved = port instanceof Integer ? port : byName.get(port);
        assertNotNull(resolved, "port " + port + " is not a port of the container");
        assertTrue(byName.containsValue(resolved), "port " + port + " is not declared by the container");
        return (Integer) resolved;
    }

    /** The plugin that archives the cluster's WAL. */
    private static Map<String, Object> walArchiver(Map<String, Object> cluster) {
        return list(path(cluster, "spec", "plugins")).stream()
                .filter(p -> BARMAN_PLUGIN.equals(p.get("name")) && Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst()
                .orElseThrow(() -> new AssertionError(str(cluster, "metadata", "name") + " archives no WAL through " + BARMAN_PLUGIN));
    }

    /** Whether one of the policy's ingress sources selects pods with these labels. */
    private static boolean admits(Map<String, Object> policy, Map<String, Object> podLabels) {
        return list(path(policy, "spec", "ingress")).stream().flatMap(rule -> list(rule.get("from")).stream())
                .map(from -> map(path(from, "podSelector", "matchLabels")))
                .anyMatch(selector -> !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet()));
    }
}
