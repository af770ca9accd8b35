package com.chainleads.chain.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.LanguageSelection;
import com.chainleads.base.ui.NotFoundView;
import com.chainleads.base.ui.chart.ChartClickEvent;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainMapService;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkRole;
import com.chainleads.chain.service.LinkStrength;
import com.chainleads.chain.service.MapNode;
import com.chainleads.chain.service.SectorMap;
import com.chainleads.testsupport.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The industry map's wiring, with the stand-in lead statistics of the test class path. */
@ActiveProfiles("fake-leads")
class ChainMapViewTest extends KaribuTest {

    @Autowired
    ChainReferenceService reference;

    @Autowired
    ChainMapService maps;

    @BeforeEach
    void signIn() {
        loginAs("leader");
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<JsonNode> chartNodes(ChainMapView view) {
        List<JsonNode> nodes = new ArrayList<>();
        view.chart.getOption().orElseThrow().json().at("/series/0/data").forEach(nodes::add);
        return nodes;
    }

    private static List<String> linkNodeNames(ChainMapView view) {
        return chartNodes(view).stream()
                .filter(node -> node.get("id").asText().startsWith("link-"))
                .map(node -> node.get("name").asText())
                .toList();
    }

    private static void clickNode(ChainMapView view, String dataId) {
        ComponentUtil.fireEvent(view.chart, new ChartClickEvent(view.chart, true, "graph", 0, "node", "x", 0, dataId));
    }

    private static void navigate(String path, String parameter, String value) {
        UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.of(parameter, value));
    }

    /** Stands in for the lead feature's list. */
    @PermitAll
    public static class LeadListStandIn extends Div {}

    @Test
    void theSectorInTheAddressIsDrawnWithEveryLinkColouredByItsStrength() {
        navigate("chain-map", "sector", "ELECTRONIC_INFORMATION");
        ChainMapView view = _get(ChainMapView.class);
        SectorMap map = maps.sectorMap("ELECTRONIC_INFORMATION").orElseThrow();

        assertThat(view.sector()).map(s -> s.code()).contains("ELECTRONIC_INFORMATION");
        assertThat(view.sectorTabs.getSelectedTab().getLabel()).isEqualTo("电子信息");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("chain-map");
        long sectorId = map.sector().id();
        assertThat(linkNodeNames(view))
                .containsExactlyInAnyOrderElementsOf(reference.linksOfSector(sectorId).stream()
                        .map(ChainLinkOption::nameZh)
                        .toList());
        JsonNode fab = chartNodes(view).stream()
                .filter(node -> node.get("name").asText().equals("晶圆制造"))
                .findFirst()
                .orElseThrow();
        MapNode fabNode = map.nodes().stream()
                .filter(node -> node.link().code().equals("EI_FAB"))
                .findFirst()
                .orElseThrow();
        assertThat(fabNode.strength()).isEqualTo(LinkStrength.MISSING);
        assertThat(fab.at("/itemStyle/borderColor").asText())
                .isEqualTo(
                        fabNode.role() == LinkRole.EXTEND ? ChainMapChart.EXTEND_COLOUR : ChainMapChart.MISSING_COLOUR);
        assertThat(fab.at("/label/formatter").asText()).contains("3 条线索");
        assertThat(view.chart.getOption().orElseThrow().json().at("/series/0/links"))
                .hasSize(map.edges().size());
        assertThat(_find(
                        view.summary,
                        com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses("cl-map-strength")))
                .extracting(span -> span.getText())
                .containsExactly(
                        "强链 " + map.summary().strong(),
                        "弱链 " + map.summary().weak(),
                        "延链 " + map.summary().extend(),
                        "补链 " + map.summary().gap());
    }

    @Test
    void clickingALinkOpensItsPanelWithEnterprisesAndLeadsByStageAndLinksOnward() {
        navigate("chain-map", "sector", "ELECTRONIC_INFORMATION");
        ChainMapView view = _get(ChainMapView.class);
        long fab = reference.linkByCode("EI_FAB").orElseThrow().id();
        assertThat(view.panel.isVisible()).isFalse();

        clickNode(view, "link-" + fab);

        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.title.getText()).isEqualTo("晶圆制造");
        assertThat(view.panel.subtitle.getText()).isEqualTo("电子信息 · 中游");
        assertThat(_find(view.panel.leads, Div.class, spec -> spec.withClasses("cl-map-stage")))
                .extracting(div -> div.getElement().getAttribute("data-stage"))
                .containsExactly("CONTACT", "NEGOTIATING", "SIGNED");
        assertThat(_find(view.panel.leads, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactly("leads/9003", "leads/9001", "leads/9002");

        // the lead list (route "leads", filter parameter "link") belongs to the lead feature: a stand-in here
        RouteConfiguration.forSessionScope().setRoute("leads", LeadListStandIn.class);
        _click(view.panel.showLeads);
        _get(LeadListStandIn.class);
        assertThat(location()).isEqualTo("leads?link=EI_FAB");
    }

    @Test
    void thePanelSaysWhoPursuesEachLeadAndListsTheLeadsTheBadgeDoesNotCountApart() {
        navigate("chain-map", "sector", "ELECTRONIC_INFORMATION");
        ChainMapView view = _get(ChainMapView.class);
        long fab = reference.linkByCode("EI_FAB").orElseThrow().id();
        clickNode(view, "link-" + fab);

        long badge = maps.sectorMap("ELECTRONIC_INFORMATION")
                .orElseThrow()
                .node(fab)
                .orElseThrow()
                .activeLeads();
        assertThat(view.panel
                        .leads
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("data-count"))
                .isEqualTo(String.valueOf(badge));
        List<Div> items = _find(view.panel.leads, Div.class, spec -> spec.withClasses("cl-map-item"));
        assertThat(items).hasSize((int) badge);
        assertThat(_find(
                        view.panel.leads,
                        com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses("cl-map-item-who")))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .allSatisfy(text -> assertThat(text).startsWith("招商一科 · 李明 · 最近跟进 "));
        assertThat(view.panel.showAll.getText()).isEqualTo("查看全部 " + badge + " 条");
        assertThat(_find(view.panel.leads, Div.class, spec -> spec.withClasses("cl-map-not-counted")))
                .isEmpty();

        // a link whose only lead is on hold: the badge says 0, and the panel says why it lists one
        long display = reference.linkByCode("EI_DISPLAY").orElseThrow().id();
        clickNode(view, "link-" + display);
        assertThat(view.panel
                        .leads
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("data-count"))
                .isEqualTo("0");
        Div apart = _get(view.panel.leads, Div.class, spec -> spec.withClasses("cl-map-not-counted"));
        assertThat(apart.getElement().getTextRecursively())
                .contains("未计入节点数的线索（1）")
                .contains("暂缓")
                .contains("不计入图谱节点上的在跟线索数");
        assertThat(_find(apart, Div.class, spec -> spec.withClasses("cl-map-item")))
                .extracting(div -> div.getElement().getAttribute("data-stage"))
                .containsExactly("ON_HOLD");
    }

    @Test
    void aLinkWithLocalEnterprisesListsThem() {
        navigate("chain-map", "sector", "INTELLIGENT_MANUFACTURING");
        ChainMapView view = _get(ChainMapView.class);
        ChainLinkOption cnc = reference.linkByCode("IM_CNC").orElseThrow();

        clickNode(view, "link-" + cnc.id());

        int listed = _find(view.panel.enterprises, Div.class, spec -> spec.withClasses("cl-map-item"))
                .size();
        assertThat(listed)
                .isEqualTo(maps.linkDetail(cnc.id()).orElseThrow().enterprises().size())
                .isPositive();
        assertThat(view.panel.strength.getText()).startsWith("强链");
    }

    @Test
    void thePanelListsTheFirmsOfALinkByTierHighestFirstEachOpeningItsLibraryPage() {
        navigate("chain-map", "sector", "INTELLIGENT_MANUFACTURING");
        ChainMapView view = _get(ChainMapView.class);
        // the demo link with the most distinct tiers among its firms
        MapNode ranked = maps.sectorMap("INTELLIGENT_MANUFACTURING").orElseThrow().nodes().stream()
                .max(java.util.Comparator.comparingInt(
                        node -> node.rankedEnterprises().size()))
                .orElseThrow();
        assertThat(ranked.rankedEnterprises()).as("demo firms hold tiers").isNotEmpty();

        clickNode(view, "link-" + ranked.id());

        List<Div> groups = _find(view.panel.enterprises, Div.class, spec -> spec.withClasses("cl-map-stage"));
        List<String> tiers = groups.stream()
                .map(group -> group.getElement().getAttribute("data-tier"))
                .toList();
        List<String> expected = new ArrayList<>();
        for (int i = CultivationTier.values().length - 1; i >= 0; i--) {
            if (ranked.rankedEnterprises().containsKey(CultivationTier.values()[i])) {
                expected.add(CultivationTier.values()[i].name());
            }
        }
        if (ranked.localEnterprises()
                > ranked.rankedEnterprises().values().stream()
                        .mapToLong(Long::longValue)
                        .sum()) {
            expected.add("");
        }
        assertThat(tiers).as("highest tier first, unranked firms last").isEqualTo(expected);
        Div top = groups.get(0);
        CultivationTier topTier = CultivationTier.valueOf(top.getElement().getAttribute("data-tier"));
        assertThat(top.getElement().getTextRecursively())
                .startsWith(view.getTranslation(topTier.translationKey()) + " · "
                        + ranked.rankedEnterprises().get(topTier));
        List<Anchor> firms = _find(top, Anchor.class);
        assertThat(firms).isNotEmpty();
        assertThat(firms).allSatisfy(anchor -> assertThat(anchor.getHref()).matches("enterprises/\\d+"));
        assertThat(view.panel.strength.getText())
                .contains(ranked.strengthScore().toPlainString())
                .startsWith(ranked.role() == LinkRole.STRONG ? "强链" : "弱链");
    }

    @Test
    void headingsAreNotLinksAndClickingThemChangesNothing() {
        navigate("chain-map", "sector", "BIOMEDICINE");
        ChainMapView view = _get(ChainMapView.class);
        clickNode(view, "tier-UPSTREAM");
        assertThat(view.panel.isVisible()).isFalse();
        assertThat(location()).isEqualTo("chain-map?sector=BIOMEDICINE");
    }

    @Test
    void theOverviewShowsAllFiveSectorsAndACardOpensOneOfThem() {
        navigate("chain-map");
        ChainMapView view = _get(ChainMapView.class);
        assertThat(view.sector()).isEmpty();
        assertThat(view.sectorTabs.getSelectedTab()).isSameAs(view.overviewTab);
        assertThat(linkNodeNames(view)).hasSize(reference.allLinks().size());
        List<Div> cards = _find(view.summary, Div.class, spec -> spec.withClasses("cl-sector-card"));
        assertThat(cards)
                .extracting(card -> card.getElement().getAttribute("data-sector"))
                .containsExactly(
                        "INTELLIGENT_MANUFACTURING",
                        "ELECTRONIC_INFORMATION",
                        "NEW_MATERIALS",
                        "BIOMEDICINE",
                        "CULTURAL_TOURISM");

        _click(cards.get(3));
        assertThat(location()).isEqualTo("chain-map?sector=BIOMEDICINE");
        assertThat(_get(ChainMapView.class).sectorTabs.getSelectedTab().getLabel())
                .isEqualTo("生物医药");
        navigate("chain-map");
        clickNode(_get(ChainMapView.class), "sector-NEW_MATERIALS");
        assertThat(location()).isEqualTo("chain-map?sector=NEW_MATERIALS");
    }

    @Test
    void choosingATabPutsTheSectorIntoTheAddress() {
        navigate("chain-map");
        ChainMapView view = _get(ChainMapView.class);
        Tab culture = (Tab) view.sectorTabs.getComponentAt(5);

        view.sectorTabs.setSelectedTab(culture);

        assertThat(location()).isEqualTo("chain-map?sector=CULTURAL_TOURISM");
        assertThat(_get(ChainMapView.class).sector()).map(s -> s.code()).contains("CULTURAL_TOURISM");
    }

    @Test
    void switchingTheSectorTabUpdatesTheTopBar() {
        navigate("chain-map", "sector", "NEW_MATERIALS");
        assertThat(topBarTitle()).isEqualTo("产业图谱 · 新材料");

        ChainMapView view = _get(ChainMapView.class);
        view.sectorTabs.setSelectedTab((Tab) view.sectorTabs.getComponentAt(5));
        assertThat(topBarTitle()).isEqualTo("产业图谱 · 文旅文创");

        view = _get(ChainMapView.class);
        view.sectorTabs.setSelectedTab(view.overviewTab);
        assertThat(topBarTitle()).isEqualTo("产业图谱");
    }

    private static String topBarTitle() {
        return _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withClasses("cl-view-title"))
                .getText();
    }

    @Test
    void anUnknownSectorFallsBackToTheOverview() {
        navigate("chain-map", "sector", "NOPE");
        assertThat(_get(ChainMapView.class).sector()).isEmpty();
        assertThat(location()).isEqualTo("chain-map");
        assertThat(com.chainleads.testsupport.Notices.texts().get(0)).isEqualTo("未找到产业“NOPE”，已显示全部。");
    }

    @Test
    void onAPhoneTheMapTakesItsCompactLayout() {
        navigate("chain-map", "sector", "NEW_MATERIALS");
        ChainMapView view = _get(ChainMapView.class);
        double wide = view.chart
                .getOption()
                .orElseThrow()
                .json()
                .at("/series/0/data/3/symbolSize/0")
                .asDouble();

        view.useCompactLayout(390);

        double narrow = view.chart
                .getOption()
                .orElseThrow()
                .json()
                .at("/series/0/data/3/symbolSize/0")
                .asDouble();
        assertThat(narrow).isLessThan(wide);
    }

    @Test
    void theMapSpeaksEnglish() {
        navigate("chain-map", "sector", "NEW_MATERIALS");
        LanguageSelection.apply(UI.getCurrent(), AppLocales.ENGLISH);
        ChainMapView view = _get(ChainMapView.class);
        assertThat(view.overviewTab.getLabel()).isEqualTo("Overview");
        assertThat(linkNodeNames(view)).contains("Rare earths");
        assertThat(view.getPageTitle()).isEqualTo("Industry map · New materials");
    }

    @Test
    void officersSeeTheMapButNotTheAdministration() {
        loginAs("officer1");
        navigate("chain-map", "sector", "NEW_MATERIALS");
        _get(ChainMapView.class);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getPath)
                .contains("chain-map")
                .doesNotContain("admin/enterprises", "admin/chain");
        navigate("admin/enterprises");
        _get(com.chainleads.enterprise.ui.EnterpriseLibraryView.class); // the former page's address, read-only for them
        navigate("admin/chain");
        _get(NotFoundView.class);
    }
}
