package io.zhibiao.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.restassured.http.ContentType;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import io.zhibiao.system.ReadReplica;
import jakarta.inject.Inject;

/**
 * With a {@code read} datasource configured, jOOQ's plain reads go there and everything else to the primary.
 * The "replica" is the test database opened read-only under its own application name, which is how a
 * hot standby behaves towards a client: it answers reads and refuses writes.
 */
@QuarkusTest
@TestProfile(ReadReplicaRoutingTest.WithReplica.class)
class ReadReplicaRoutingTest {

    static final String REPLICA_NAME = "zhibiao-read";
    private static final Field<String> APPLICATION_NAME = field("current_setting('application_name')", String.class);

    /** Points the {@code read} datasource at the test database, read-only and recognisable. */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String props = "quarkus.datasource.read.jdbc.additional-jdbc-properties.";
            return Map.of(
                    "quarkus.datasource.read.jdbc.url", "${quarkus.datasource.jdbc.url}",
                    props + "ApplicationName", REPLICA_NAME,
                    props + "readOnly", "true",
                    props + "readOnlyMode", "always");
        }
    }

    @Inject
    DSLContext dsl;

    @Inject
    @Identifier("primary")
    DSLContext primary;

    @Inject
    @DataSource("read")
    AgroalDataSource replica;

    @Inject
    ReadReplica readReplica;

    @Test
    void sendsPlainReadsOfARequestToTheReplica() {
        awaitReplicaServes();
        assertEquals(REPLICA_NAME, whileServingARequest(() -> dsl.select(APPLICATION_NAME).fetchOne(APPLICATION_NAME)));
    }

    @Test
    void keepsReadsInsideATransactionOnThePrimary() {
        String seen = whileServingARequest(() -> QuarkusTransaction.requiringNew()
                .call(() -> dsl.select(APPLICATION_NAME).fetchOne(APPLICATION_NAME)));
        assertNotEquals(REPLICA_NAME, seen);
    }

    @Test
    void keepsBackgroundReadsOnThePrimary() throws Exception {
        // A worker thread of its own, like chart pre-rendering after an ingest: it must see the commit it follows.
        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread worker = new Thread(() -> seen.complete(dsl.select(APPLICATION_NAME).fetchOne(APPLICATION_NAME)));
        worker.start();
        assertNotEquals(REPLICA_NAME, seen.get(10, TimeUnit.SECONDS));
    }

    @Test
    void namedPrimaryContextNeverUsesTheReplica() {
        assertNotEquals(REPLICA_NAME, primary.select(APPLICATION_NAME).fetchOne(APPLICATION_NAME));
    }

    @Test
    void sendsWritesToThePrimary() {
        var indicator = table(name("indicator"));
        Field<String> code = field(name("code"), String.class);
        int inserted = dsl.insertInto(indicator, code, field(name("name"), String.class),
                        field(name("unit_class"), String.class), field(name("summable"), Boolean.class))
                .values("test.replica-routing", "routing test", "other", true)
                .onConflict(code).doNothing().execute();
        int deleted = dsl.deleteFrom(indicator).where(code.eq("test.replica-routing")).execute();
        assertEquals(1, inserted);
        assertEquals(1, deleted);
    }

    @Test
    void theStandInReplicaRefusesWritesLikeAStandby() throws SQLException {
        try (Connection c = replica.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("CREATE TEMP TABLE t (x int)"));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        }
        // It still answers reads.
        assertEquals(1, DSL.using(replica, SQLDialect.POSTGRES).fetchCount(DSL.selectOne()));
    }

    @Test
    void theApiWritesAndReadsWithAReadOnlyReplica() {
        String text = "2025年，南昌市青山湖区新开工项目17个（只读副本路由测试 " + System.nanoTime() + "）。";
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", "副本路由", "source", "测试", "published", "2026-01-08", "text", text, "region", "360111"))
                .when().post("/api/documents")
                .then().statusCode(201);
        given().when().get("/api/regions/360111").then().statusCode(200).body("region.code", equalTo("360111"));
        given().when().get("/api/indicators").then().statusCode(200);
    }

    /** Runs {@code work} with the CDI request context active, as on a thread serving an HTTP request. */
    private static <T> T whileServingARequest(Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        boolean wasActive = request.isActive();
        if (!wasActive) {
            request.activate();
        }
        try {
            return work.get();
        } finally {
            if (!wasActive) {
                request.terminate();
            }
        }
    }

    @Test
    void readinessReportsTheReplicaWithoutDependingOnIt() {
        awaitReplicaServes();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.reads", equalTo("standby"))
                .body("checks.find { it.name == 'Database connections health check' }.data.read", nullValue());
    }

    /** The replica serves reads once a check has seen it hold the newest change (the seeds were just stored). */
    private void awaitReplicaServes() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!readReplica.serves()) {
            assertTrue(System.nanoTime() < deadline, "the replica was not serving reads after 10 s: " + readReplica.state());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
