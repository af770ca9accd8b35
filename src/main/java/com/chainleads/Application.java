package com.chainleads;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        boolean repair = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--chainleads.repair="));
        if (!repair) {
            SpringApplication.run(Application.class, args);
            return;
        }
        // a repair (e.g. --chainleads.repair=summaries) runs during start-up, logs, and exits; the web server never
        // listens (server.port=-1)
        String[] repairArgs = Arrays.copyOf(args, args.length + 1);
        repairArgs[args.length] = "--server.port=-1";
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, repairArgs);
        System.exit(SpringApplication.exit(context));
    }

    /** Time comes from here, in the district's zone, so tests can fix it. */
    @Bean
    Clock clock(@Value("${chainleads.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
