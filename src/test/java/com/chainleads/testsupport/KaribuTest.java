package com.chainleads.testsupport;

import com.chainleads.security.AppUserPrincipal;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless UI tests with Karibu-Testing on the real Spring context (embedded H2 with the demo data).
 * {@link #loginAs(String)} signs a demo user in the way Spring Security's filter would.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.chainleads");
            // our own not-found view answers, as in the running app, instead of Karibu's throwing ones
            routes.getErrorRoutes().removeIf(route -> route.getName().startsWith("com.github.mvysny"));
        }
    }

    @BeforeEach
    void startAnonymous() {
        SecurityContextHolder.clearContext();
        setUpVaadin();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the user in and opens a fresh UI for them, as the page load after a real login does. */
    protected AppUserPrincipal loginAs(String username) {
        MockVaadin.tearDown();
        AppUserPrincipal principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        setUpVaadin();
        return principal;
    }

    private void setUpVaadin() {
        // the fake requests carry the signed-in user, as Spring Security's request wrapper would
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null) {
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((user, role) -> authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** Navigates like a typed address, query string included (e.g. {@code leads?stage=SIGNED}). */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, query),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
