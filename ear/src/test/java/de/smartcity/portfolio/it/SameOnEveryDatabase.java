package de.smartcity.portfolio.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a container test class whose checks are decided before any SQL runs: what the pages send
 * (headers, markup, accessibility, output encoding, error pages) and how sign-in abuse is refused
 * at the door. The bad-input corpus is not one of them: a NUL byte or an over-long text reaches
 * each database differently. The H2 suite runs them; the PostgreSQL suite, which is there to catch
 * what differs between databases, leaves them out ({@code it.excludedGroups} in {@code
 * ear/pom.xml}), and {@code -Dit.excludedGroups=} brings them back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SameOnEveryDatabase.TAG)
public @interface SameOnEveryDatabase {

  /** The JUnit tag, as the build names it. */
  String TAG = "same-on-every-database";
}
