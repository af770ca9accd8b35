package com.chainleads.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on a real database: H2 in MySQL mode in the first pass, MySQL (MariaDB here) in the
 * second. All such tests share one application context per pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiredInfrastructureCondition.class)
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
public @interface IntegrationTest {}
