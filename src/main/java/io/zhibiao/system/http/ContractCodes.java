package io.zhibiao.system.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.Reason;
import io.zhibiao.extract.UnitClass;
import jakarta.inject.Singleton;

/**
 * The extraction contract's enums go out and come in as their codes ({@code year}, {@code at_least}), as every enum
 * of the API does with its own {@code @JsonValue}. They live in {@code extract}, which stays free of Jackson, so the
 * annotation comes here as a mix-in; {@link io.zhibiao.system.OpenApiShape} writes the same codes into the schema.
 */
@Singleton
class ContractCodes implements ObjectMapperCustomizer {

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(PeriodType.class, Kind.class, Qualifier.class,
            UnitClass.class, Reason.class);

    /** What Jackson reads onto each of {@link #ENUMS}: its {@code code()} is its JSON value. */
    abstract static class WrittenAsCode {
        @JsonValue
        abstract String code();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        ENUMS.forEach(type -> mapper.addMixIn(type, WrittenAsCode.class));
    }
}
