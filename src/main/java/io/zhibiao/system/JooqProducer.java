package io.zhibiao.system;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Gives the read side a jOOQ {@link DSLContext} over the same Agroal pool Hibernate uses. */
@ApplicationScoped
class JooqProducer {

    @Produces
    @ApplicationScoped
    DSLContext dsl(DataSource dataSource) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        return DSL.using(dataSource, SQLDialect.POSTGRES);
    }
}
