package com.chainleads.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.ui.LeadView;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void anOfficerStartsANewLeadFromTheLandingPage() {
        loginAs("officer1");
        navigate("");
        HomeView home = _get(HomeView.class);
        assertThat(home.newLead.isVisible()).isTrue();
        assertThat(home.newLead.getText()).isEqualTo("新建线索");

        _click(home.newLead);

        _get(LeadView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("leads/new");
    }
}
