package io.zhibiao.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;

/**
 * Gives the read side a jOOQ {@link DSLContext}: the plain reads of API requests go to the {@code read}
 * datasource (a read replica) when one is configured and has replayed the newest change (see {@link ReadReplica}),
 * everything else to the primary Hibernate writes to.
 */
@ApplicationScoped
class JooqProducer {

    /** Name of the optional replica datasource, active only when its URL is set (ZHIBIAO_READ_JDBC_URL). */
    static final String READ = "read";
    private static final Logger LOG = Logger.getLogger(JooqProducer.class);

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    @Produces
    @Default
    @ApplicationScoped
    DSLContext dsl(DataSource primary, @Any InjectableInstance<AgroalDataSource> dataSources, ReadReplica standby) {
        InjectableInstance<AgroalDataSource> replica = dataSources.select(new DataSourceLiteral(READ));
        if (!replica.isResolvable() || !replica.getHandle().getBean().isActive()) {
            return DSL.using(primary, SQLDialect.POSTGRES);
        }
        LOG.info("jOOQ reads of API requests go to the 'read' datasource; writes, transactions and background work to the primary");
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        configuration.set(new DataSourceConnectionProvider(primary));
        configuration.set(new ReadsToReplica(new RoutedReads(replica.get(), primary, standby)));
        return DSL.using(configuration);
    }

    /**
     * The primary database, always: for the few reads that must see what was just written outside a
     * transaction, and for locks (advisory locks taken on a replica would exclude nobody).
     */
    @Produces
    @Identifier("primary")
    @ApplicationScoped
    DSLContext primary(DataSource primary) {
        return DSL.using(primary, SQLDialect.POSTGRES);
    }

    /**
     * A plain read's connection: the standby's while {@link ReadReplica} says it has replayed the newest
     * change, else (and when the standby refuses a connection) the primary's.
     */
    record RoutedReads(DataSource replica, DataSource primary, ReadReplica standby) implements ConnectionProvider {

        @Override
        public Connection acquire() {
            try {
                if (standby.serves()) {
                    try {
                        Connection c = replica.getConnection();
                        standby.counted(true);
                        return c;
                    } catch (SQLException e) {
                        standby.failed(e);
                    }
                }
                Connection c = primary.getConnection();
                standby.counted(false);
                return c;
            } catch (SQLException e) {
                throw new DataAccessException("Could not get a connection for a read", e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DataAccessException("Could not return a connection", e);
            }
        }
    }

    /**
     * Sends a query to the replica when it only reads, outside a transaction, while serving a request: a
     * read inside a transaction must see that transaction's writes, a write cannot run on a standby at
     * all, and background work (chart pre-rendering after an ingest, start-up) must see what was just
     * committed, which a replica may not have received yet.
     */
    static final class ReadsToReplica implements ExecuteListener {

        private final ConnectionProvider replica;

        ReadsToReplica(ConnectionProvider replica) {
            this.replica = replica;
        }

        @Override
        public void start(ExecuteContext ctx) {
            if (ctx.type() == ExecuteType.READ && !QuarkusTransaction.isActive()
                    && Arc.container().requestContext().isActive()) {
                ctx.connectionProvider(replica);
            }
        }
    }
}
