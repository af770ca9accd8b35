package com.chainleads.lead.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tabs of a lead's page, {@code /leads/<id>?tab=<key>}: its own and those other features contribute (the
 * 撞单 claims, 项目建设, 问题清单). Links from anywhere — a notice, a row of /projects or /issues, a tour stop — name
 * the tab they mean with {@link #location(long)}; a key the page does not know opens the default tab.
 */
public enum LeadPageTab {
    DETAILS("details"),
    FOLLOW_UPS("follow-ups"),
    HISTORY("history"),
    CHANGES("changes"),
    COMMENTS("comments"),
    CLAIMS("claims"),
    CONSTRUCTION("construction"),
    ISSUES("issues");

    /** The query parameter that names the tab. */
    public static final String PARAMETER = "tab";

    private final String key;

    LeadPageTab(String key) {
        this.key = key;
    }

    /** The tab's name in the address. */
    public String key() {
        return key;
    }

    /** The lead's page opened on this tab; the default tab needs no parameter. */
    public String location(long leadId) {
        return this == DETAILS ? "leads/" + leadId : "leads/" + leadId + "?" + PARAMETER + "=" + key;
    }

    /** The tab an address names, or empty for a missing or unknown key. */
    public static Optional<LeadPageTab> ofKey(@Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(tab -> tab.key.equals(wanted)).findFirst();
    }
}
