package com.chainleads;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        boolean repair = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--chainleads.repair="));
        if (repair) {
            // a repair (e.g. --chainleads.repair=summaries) runs at start-up, logs, and exits: no web server
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (repair) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** Time comes from here, in the district's zone, so tests can fix it. */
    @Bean
    Clock clock(@Value("${chainleads.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
