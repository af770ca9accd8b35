package com.chainleads.security;

import com.chainleads.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Deny by default: every view needs {@code @RolesAllowed}, {@code @PermitAll} or {@code @AnonymousAllowed};
 * service methods are guarded with method security as well.
 * <p>
 * Sessions: a new session id at login, the session registered so that an administrator disabling a user ends
 * that user's sessions ({@link UserSessions}). Headers: no MIME sniffing, no framing by other sites, no
 * referrer beyond our origin, and HSTS on HTTPS requests unless {@code chainleads.security.hsts.enabled=false}
 * (behind a TLS proxy, {@code server.forward-headers-strategy=native} lets the app see that a request was HTTPS).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            @Value("${chainleads.security.hsts.enabled:true}") boolean hsts,
            org.springframework.beans.factory.ObjectProvider<com.vaadin.flow.spring.security.VaadinDefaultRequestCache>
                    vaadinRequestCache)
            throws Exception {
        // after signing in, the page asked for opens at its own address, without Spring's "?continue" marker
        HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        vaadinRequestCache.ifAvailable(cache -> cache.setDelegateRequestCache(savedRequests));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/assets/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.headers(headers -> {
            headers.contentTypeOptions(options -> {});
            headers.frameOptions(frame -> frame.deny());
            headers.contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            headers.permissionsPolicyHeader(
                    permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"));
            if (hsts) {
                headers.httpStrictTransportSecurity(
                        sts -> sts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
            } else {
                headers.httpStrictTransportSecurity(sts -> sts.disable());
            }
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change their id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Exposed for services that check a password themselves (e.g. changing one's own password). */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
