package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The named permission set answers for exactly the permissions it holds. */
class LeadPermissionsTest {

    @Test
    void answersForTheNamedPermissionsOnly() {
        LeadPermissions leader = LeadPermissions.of(LeadPermission.HAND_OVER, LeadPermission.COMMENT);

        assertThat(leader.canHandOver()).isTrue();
        assertThat(leader.canComment()).isTrue();
        assertThat(leader.canEdit()).isFalse();
        assertThat(leader.canChangeStage()).isFalse();
        assertThat(leader.canFollowUp()).isFalse();
        assertThat(leader.canDelete()).isFalse();
        assertThat(LeadPermissions.of().granted()).isEmpty();
    }

    @Test
    void isAValueComparedByItsPermissions() {
        assertThat(LeadPermissions.of(LeadPermission.EDIT, LeadPermission.DELETE))
                .isEqualTo(LeadPermissions.of(LeadPermission.DELETE, LeadPermission.EDIT));
    }
}
