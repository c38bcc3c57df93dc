package io.zhibiao.system.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method as expensive work under a load limit: the per-client rate and the bound on calls at once of
 * the group {@code zhibiao.limits.<value>} ({@link LoadConfig}). The feature says which of its calls are expensive;
 * {@link LoadLimits} applies the limits without naming any path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Limited {

    /** The limits group: {@code extract} or {@code render}. */
    String value();
}
