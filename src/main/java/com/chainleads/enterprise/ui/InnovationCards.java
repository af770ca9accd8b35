package com.chainleads.enterprise.ui;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.cockpit.ui.CockpitRow;
import com.chainleads.enterprise.service.Ladder;
import com.chainleads.enterprise.service.LadderService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cockpit's 科技创新 row: innovation platforms, 高新技术企业, 科技型中小企业, 规上工业企业 with their R&D coverage and
 * 小巨人, for the district or the one sector chosen on the cockpit. Each card opens the library (or the ladder) on
 * exactly the firms it counts.
 */
@org.springframework.stereotype.Component
class InnovationCards implements CockpitRow {

    private final LadderService ladders;
    private final ChainReferenceService chains;

    InnovationCards(LadderService ladders, ChainReferenceService chains) {
        this.ladders = ladders;
        this.chains = chains;
    }

    @Override
    public Component create(Set<String> sectorCodes) {
        SectorOption sector = sectorCodes.size() == 1
                ? chains.sectorByCode(sectorCodes.iterator().next()).orElse(null)
                : null;
        return new Row(ladders.ladder(sector == null ? null : sector.id()), sector);
    }

    /** The row itself: built for one look at the cockpit. */
    static final class Row extends Div {

        Row(Ladder ladder, @Nullable SectorOption sector) {
            String code = sector == null ? null : sector.code();
            H3 title = new H3(getTranslation(
                    "enterprise.cockpit.title",
                    sector == null ? getTranslation("ladder.district") : sector.name(getLocale())));
            Div cards = new Div(
                    card(
                            "platforms",
                            String.valueOf(ladder.platforms()),
                            getTranslation("enterprise.cockpit.platformsHint"),
                            () -> UI.getCurrent()
                                    .navigate(
                                            LadderView.class,
                                            new QueryParameters(
                                                    code == null
                                                            ? Map.of()
                                                            : Map.of(LadderView.SECTOR_PARAMETER, List.of(code))))),
                    tierCard(ladder, CultivationTier.HIGH_TECH, code),
                    tierCard(ladder, CultivationTier.TECH_SME, code),
                    card(
                            "aboveScale",
                            String.valueOf(ladder.coverage().aboveScale()),
                            getTranslation(
                                    "enterprise.cockpit.coverage",
                                    ladder.coverage().percent().toPlainString()),
                            () -> open(new LibraryFilter(null, code, null, null, true, null))),
                    tierCard(ladder, CultivationTier.LITTLE_GIANT, code));
            cards.addClassName("cl-kpi-grid");
            add(title, cards);
            setWidthFull();
            addClassName("cl-innovation-row");
        }

        private Div tierCard(Ladder ladder, CultivationTier tier, @Nullable String sectorCode) {
            Ladder.Step step = ladder.step(tier);
            return card(
                    tier.name(),
                    String.valueOf(step.holders()),
                    getTranslation("enterprise.cockpit.movement", step.gained(), step.lapsed()),
                    () -> open(new LibraryFilter(null, sectorCode, null, tier, false, null)));
        }

        private Div card(String key, String figure, String detail, Runnable open) {
            Span title = new Span(getTranslation("enterprise.cockpit." + key));
            title.addClassName("cl-kpi-title");
            Span value = new Span(figure);
            value.addClassName("cl-kpi-value");
            Span sub = new Span(detail);
            sub.addClassName("cl-kpi-detail");
            Div card = new Div(title, value, sub);
            card.addClassNames("cl-card", "cl-kpi");
            card.getElement().setAttribute("data-kpi", "innovation-" + key);
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
            card.addClickListener(e -> open.run());
            card.getElement().addEventListener("keydown", e -> open.run()).setFilter("event.key === 'Enter'");
            return card;
        }

        private static void open(LibraryFilter filter) {
            UI.getCurrent().navigate(EnterpriseLibraryView.class, new QueryParameters(filter.toParameters()));
        }
    }
}
