package io.zhibiao.series;

import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

import com.fasterxml.jackson.annotation.JsonValue;

import io.zhibiao.system.Codes;

/** How a parent's value is computed from its children's: each function is its SQL window aggregate over all children. */
@Schema(description = "The roll-up function over the children's values")
public enum RollupFn {
    SUM(value -> sum(value).over()),
    AVG(value -> avg(value).over()),
    MIN(value -> min(value).over()),
    MAX(value -> max(value).over()),
    COUNT(value -> count(value).over().cast(SQLDataType.NUMERIC));

    private final UnaryOperator<Field<BigDecimal>> overAllChildren;

    RollupFn(UnaryOperator<Field<BigDecimal>> overAllChildren) {
        this.overAllChildren = overAllChildren;
    }

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    /** This function of {@code value} over every row of the answer (a window over all children). */
    Field<BigDecimal> overAllChildren(Field<BigDecimal> value) {
        return overAllChildren.apply(value);
    }
}
