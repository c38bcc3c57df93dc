package io.zhibiao.system.http;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Decimal values go out as plain numbers without trailing zeros: {@code 320000000}, not {@code 3.2E8};
 * {@code 33}, not {@code 33.0}; {@code 95.1} stays {@code 95.1}. A front end then prints whole numbers
 * as whole numbers without guessing.
 */
@Singleton
class JsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("zhibiao-numbers").addSerializer(BigDecimal.class, new Plain()));
    }

    private static final class Plain extends StdSerializer<BigDecimal> {

        Plain() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(plain(value));
        }
    }

    /** The shortest plain form of a decimal: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
