package com.chainleads.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.WebTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulated Vaadin browser of the benchmark against the running portal (H2 demo data): it signs in, opens
 * the lead list, changes the filter through the UIDL endpoint and gets what the service counts; and both load
 * cases run briefly without errors. Figures are printed, never asserted beyond "there are some".
 */
@WebTest
class VaadinHttpUserWebIT {

    private static final String DEMO_PASSWORD = "demo123";
    private static final List<Credentials> DEMO_USERS = List.of(
            new Credentials("leader", DEMO_PASSWORD),
            new Credentials("officer1", DEMO_PASSWORD),
            new Credentials("officer2", DEMO_PASSWORD));

    @LocalServerPort
    int port;

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    private long countAs(String username, LeadFilter filter) {
        return signIn.as(username, () -> queries.totals(filter).count());
    }

    private static String query(LeadFilter filter) {
        return filter.toParameters().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                .collect(Collectors.joining("&"));
    }

    @Test
    void aSignedInUserChangesTheLeadListFilterThroughTheUidlEndpointAndGetsTheServicesCount() throws Exception {
        LeadFilter negotiating = LeadFilter.NONE.withStages(Set.of(LeadStage.NEGOTIATING));
        LeadFilter bigElectronic = LeadFilter.NONE
                .withSectors(Set.of("ELECTRONIC_INFORMATION"))
                .withInvestment(new BigDecimal("10000"), null);
        VaadinHttpUser user = new VaadinHttpUser();
        user.signIn(base(), DEMO_USERS.get(0));

        String all = user.openLeadList("");
        assertThat(VaadinHttpUser.countIn(all)).isEqualTo(countAs("leader", LeadFilter.NONE));

        for (LeadFilter filter : List.of(negotiating, bigElectronic, LeadFilter.NONE)) {
            VaadinHttpUser.FilterChange change = user.changeFilter(query(filter));
            assertThat(VaadinHttpUser.countIn(change.summary()))
                    .as(query(filter))
                    .isEqualTo(countAs("leader", filter));
            assertThat(change.latencyNanos()).isPositive();
        }
        assertThat(countAs("leader", negotiating))
                .as("the filters really differ")
                .isNotEqualTo(countAs("leader", LeadFilter.NONE));
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsCountThroughTheEndpoint() throws Exception {
        VaadinHttpUser officer = new VaadinHttpUser();
        officer.signIn(base(), DEMO_USERS.get(1));

        String summary = officer.openLeadList(query(LeadFilter.NONE.withStages(Set.of(LeadStage.NEGOTIATING))));

        assertThat(VaadinHttpUser.countIn(summary))
                .isEqualTo(countAs("officer1", LeadFilter.NONE.withStages(Set.of(LeadStage.NEGOTIATING))));
    }

    @Test
    void aShortFilterLatencyRunWithThreeUsersHasSamplesAndNoErrors() throws Exception {
        List<String> queries = List.of("", "stage=NEGOTIATING", "sector=ELECTRONIC_INFORMATION&min=10000");

        SessionLoad.FilterLatency result =
                SessionLoad.filterLatency(base(), DEMO_USERS, 3, Duration.ofSeconds(2), Duration.ofSeconds(6), queries);

        System.out.println("filter latency, 3 users: " + result);
        assertThat(result.errors()).as(String.valueOf(result.firstErrors())).isZero();
        assertThat(result.latency().count()).isPositive();
        assertThat(result.latency().p95Ms()).isPositive();
    }

    @Test
    void idleSessionsOnTheLeadListCostAPositiveHeapPerSession() throws Exception {
        SessionLoad.IdleSessionHeap result = SessionLoad.idleSessionHeap(base(), DEMO_USERS, 20);

        System.out.println("idle session heap, 20 sessions: " + result + ", per session "
                + result.bytesPerSession() / 1024 + " kB");
        assertThat(result.sessions()).isEqualTo(20);
        assertThat(result.bytesPerSession()).isPositive();
    }
}
