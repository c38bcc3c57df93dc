package io.zhibiao.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * Every enum of the API travels as its lowercase name ({@code AT_LEAST} → {@code at_least}): in a column, in a query
 * parameter and in JSON. One rule, written here once, for the jOOQ column type, the parameter check and the wire code.
 */
public final class Codes {

    private Codes() {
    }

    /** The wire code of a constant: its lowercase name. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The wire codes of {@code constants}, in their order (for error messages). */
    public static List<String> of(List<? extends Enum<?>> constants) {
        return constants.stream().map(Codes::of).toList();
    }

    /** The constant of {@code type} whose code is {@code code}, or empty (also for null). */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(code)).findFirst();
    }

    /** A varchar column holding codes of {@code type}, read into constants by jOOQ (null stays null). */
    public static <E extends Enum<E>> DataType<E> column(Class<E> type) {
        return SQLDataType.VARCHAR.asConvertedDataType(Converter.ofNullable(String.class, type,
                code -> find(type, code).orElseThrow(() -> new IllegalStateException(
                        "Column holds '" + code + "', not a code of " + type.getSimpleName())),
                Codes::of));
    }

    /**
     * A query parameter naming one of {@code allowed}: {@code fallback} when absent or blank (400 when that is null too),
     * 400 naming the allowed codes for anything else.
     */
    public static <E extends Enum<E>> E parameter(String parameter, String value, List<E> allowed, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw ProblemException.badRequest("Parameter '" + parameter + "' is required: one of " + of(allowed));
            }
            return fallback;
        }
        return allowed.stream().filter(c -> of(c).equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(
                        "Parameter '" + parameter + "' must be one of " + of(allowed) + ", not '" + value + "'"));
    }

    /** An optional query parameter naming a constant of {@code type}: null when absent or blank. */
    public static <E extends Enum<E>> E optionalParameter(String parameter, String value, Class<E> type) {
        return value == null || value.isBlank() ? null
                : parameter(parameter, value, List.of(type.getEnumConstants()), null);
    }
}
