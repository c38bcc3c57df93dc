package io.zhibiao.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource method that changes stored data: it needs a bearer token (reads do not) whose caller has one
 * of the roles named (an admin has them all). No token, or an unknown one, answers 401; a known token without
 * the role answers 403.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresToken {

    /** Any one of these roles will do. */
    Role[] value() default { Role.INGEST };
}
