package com.chainleads.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.enterprise.service.LibraryRow;
import com.chainleads.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EnterpriseLibraryViewTest extends KaribuTest {

    @Autowired
    EnterpriseLibraryService library;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static void open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate("enterprises", new QueryParameters(parameters));
    }

    @Test
    void aLeaderReadsTheLibraryFilteredByTheAddressAndCannotAdd() {
        loginAs("leader");
        open(Map.of("sector", List.of("BIOMEDICINE"), "tier", List.of("HIGH_TECH")));
        EnterpriseLibraryView view = _get(EnterpriseLibraryView.class);

        LibraryFilter expected = new LibraryFilter(null, "BIOMEDICINE", null, CultivationTier.HIGH_TECH, false, null);
        assertThat(view.filterBar.sector.getValue().code()).isEqualTo("BIOMEDICINE");
        assertThat(view.filterBar.tier.getValue()).isEqualTo(CultivationTier.HIGH_TECH);
        long count = library.count(expected);
        assertThat(count).isPositive();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) count);
        assertThat(view.summary.getText()).contains(String.valueOf(count));
        LibraryRow first = GridKt._get(view.grid, 0);
        assertThat(first.sectorCode()).isEqualTo("BIOMEDICINE");
        assertThat(first.tiers()).contains(CultivationTier.HIGH_TECH);
        assertThat(view.addEnterprise.isVisible()).isFalse();
    }

    @Test
    void changingABoxPutsTheFilterInTheAddress() {
        loginAs("officer1");
        open(Map.of());
        EnterpriseLibraryView view = _get(EnterpriseLibraryView.class);
        int all = GridKt._size(view.grid);

        view.filterBar.aboveScale.setValue(true);

        assertThat(location()).isEqualTo("enterprises?scale=1");
        view = _get(EnterpriseLibraryView.class);
        assertThat(GridKt._size(view.grid)).isLessThan(all).isEqualTo((int)
                library.count(LibraryFilter.all().withAboveScaleOnly(true)));
        assertThat(GridKt._get(view.grid, 0).aboveScale()).isTrue();
    }

    @Test
    void anUnknownSectorInTheAddressIsDroppedAndSaidSo() {
        loginAs("leader");
        open(Map.of("sector", List.of("NOPE"), "tier", List.of("LITTLE_GIANT")));

        assertThat(location()).isEqualTo("enterprises?tier=LITTLE_GIANT");
        assertThat(_get(EnterpriseLibraryView.class).filterBar.sector.getValue())
                .isNull();
    }

    @Test
    void theTechOfficeAddsEnterprises() {
        loginAs("tech1");
        open(Map.of());
        EnterpriseLibraryView view = _get(EnterpriseLibraryView.class);

        assertThat(view.addEnterprise.isVisible()).isTrue();
        view.addEnterprise.click();
        assertThat(location()).isEqualTo("enterprises/new");
    }
}
