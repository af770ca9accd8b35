package com.chainleads.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseStartupCheckTest {

    @Test
    void anUnreachableMysqlStopsStartUpWithOneMessageNamingTheUrl() {
        String url = "jdbc:mysql://127.0.0.1:1/chainleads";
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("mysql")
                        .run(
                                "--spring.datasource.url=" + url,
                                "--server.port=0",
                                "--spring.main.banner-mode=off",
                                "--logging.level.root=off"))
                .hasRootCauseInstanceOf(DatabaseUnreachableException.class)
                .rootCause()
                .hasMessageStartingWith("Cannot connect to the database at " + url + ":");
    }

    @Test
    void theFailureAnalysisNamesTheUrlAndTheEnvironmentVariables() {
        var exception = new DatabaseUnreachableException("jdbc:mysql://db:3306/x", "Communications link failure");
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(new RuntimeException(exception));
        assertThat(analysis.getDescription()).contains("jdbc:mysql://db:3306/x");
        assertThat(analysis.getAction()).contains("CHAINLEADS_DB_URL");
    }
}
