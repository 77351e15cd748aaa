package io.bureau.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a {@link DatabaseOutage} for the embedded PostgreSQL that {@link BureauTestServers}
 * started. The field stays null when a configured server is used (it is not ours to stop).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectDatabaseOutage {
}
