package com.chainleads.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the MySQL group that also needs MySQL/MariaDB programs (a server binary, mysqldump…). It runs in the
 * MySQL pass only; when a program is missing it is skipped — or fails, when {@code -Dchainleads.test.require}
 * names {@code mysql} (as .ci/run does).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MysqlToolsCondition.class)
public @interface RequiresMysqlTools {

    /** Program names; {@code "mariadbd|mysqld"} accepts either. */
    String[] value();
}
