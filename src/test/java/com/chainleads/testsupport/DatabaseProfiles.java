package com.chainleads.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/** Integration tests run with the embedded H2 ("test") or, in the MySQL pass, against MySQL ("it-mysql"). */
public class DatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestInfrastructure.onMysql() ? new String[] {"test", "mysql", "it-mysql"} : new String[] {"test"};
    }
}
