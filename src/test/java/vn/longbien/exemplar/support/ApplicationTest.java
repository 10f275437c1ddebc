package vn.longbien.exemplar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on in-memory H2 (or, in the build's second test run, on PostgreSQL: see
 * {@link PostgresSuiteDatabase}), served on a random port. Every application test uses exactly
 * this setup so that they share one Spring context and one process engine named "default": Camunda keeps
 * engines in a JVM-wide registry by name, and the REST API and webapps look the engine up there. Tests
 * that start another engine in the same JVM give it another name (without a hyphen: the Spring Boot
 * starter ignores such names and falls back to "default").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag(ApplicationTest.TAG)
public @interface ApplicationTest {

  /** The JUnit tag of every application test: the build runs them a second time on PostgreSQL. */
  String TAG = "application";
}
