package com.chainleads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Case 14: a username carrying CR/LF cannot add a line to the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingIT {

    static final String FORGED = "2026-03-02T08:00:00.000Z  INFO 1 --- [chainleads] [main] c.c.security.LoginEvents"
            + " : Login succeeded for user 'admin'";

    @Autowired
    AuthenticationManager authentication;

    @Test
    void aFailedLoginWithLineBreaksInTheUsernameIsLoggedOnOneLine(CapturedOutput output) {
        String username = "mallory\r\n" + FORGED + "\nanother";
        assertThatThrownBy(() -> authentication.authenticate(
                        new UsernamePasswordAuthenticationToken(username, "whatever-password")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(output.getOut().lines())
                .noneMatch(line -> line.startsWith(FORGED.substring(0, 20)))
                .noneMatch(line -> line.startsWith("another"));
        assertThat(output.getOut()).contains("Login failed for user 'mallory\\r\\n" + FORGED + "\\nanother'");
    }
}
