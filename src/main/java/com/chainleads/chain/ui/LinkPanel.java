package com.chainleads.chain.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.chain.service.EnterpriseOnLink;
import com.chainleads.chain.service.LeadStages;
import com.chainleads.chain.service.LinkDetail;
import com.chainleads.chain.service.LinkLeadItem;
import com.chainleads.chain.service.LinkRole;
import com.chainleads.chain.service.MapNode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The side panel of the industry map for one link: its local enterprises by tier (each opens its page in the
 * enterprise library), the leads on it grouped by stage
 * (each opens its lead page) and a button to the lead list filtered by the link. On phones CSS turns it into a
 * sheet at the bottom of the screen.
 */
public class LinkPanel extends Div {

    final H3 title = new H3();
    final Span subtitle = new Span();
    final Span strength = new Span();
    final Div enterprises = new Div();
    final Div leads = new Div();
    final Button showLeads = new Button();
    /** "查看全部 N 条": the lead list with exactly the leads the badge counts. */
    final Button showAll = new Button();

    final Button close = new Button(VaadinIcon.CLOSE.create());
    private @Nullable LinkDetail detail;

    public LinkPanel() {
        addClassName("cl-map-panel");
        setVisible(false);
        title.addClassName("cl-map-panel-title");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.setAriaLabel(getTranslation("action.close"));
        close.addClickListener(e -> {
            setVisible(false);
            fireEvent(new CloseEvent(this));
        });
        Div header = new Div(title, close);
        header.addClassName("cl-map-panel-header");
        subtitle.addClassName("cl-map-panel-subtitle");
        enterprises.addClassName("cl-map-panel-section");
        leads.addClassName("cl-map-panel-section");
        showLeads.setText(getTranslation("map.panel.showLeads"));
        showLeads.setIcon(VaadinIcon.LIST.create());
        showLeads.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showLeads.addClickListener(e -> openCountedLeads());
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClassName("cl-map-show-all");
        showAll.addClickListener(e -> openCountedLeads());
        add(header, subtitle, strength, showLeads, enterprises, leads);
    }

    /** The lead list with the leads the node's badge counts: the same number, the same leads. */
    private void openCountedLeads() {
        if (detail != null) {
            getUI().ifPresent(ui -> ui.navigate("leads", new QueryParameters(detail.countedList())));
        }
    }

    public void show(LinkDetail linkDetail) {
        this.detail = linkDetail;
        Locale locale = getLocale();
        MapNode node = linkDetail.node();
        title.setText(node.name(locale));
        subtitle.setText(linkDetail.sector().name(locale) + " · "
                + getTranslation(node.link().tier().translationKey()));
        strength.setText(getTranslation(node.role().translationKey()) + " · "
                + getTranslation(
                        "map.panel.enterpriseCount",
                        node.localEnterprises(),
                        node.strengthScore().toPlainString()));
        strength.getElement()
                .setAttribute(
                        "class",
                        "cl-map-strength cl-map-strength-" + node.role().cssName());
        strength.getElement().setAttribute("data-role", node.role().name());
        showEnterprises(linkDetail, locale);
        showLeads(linkDetail, locale);
        getElement().setAttribute("data-link", node.link().code());
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }

    public @Nullable LinkDetail detail() {
        return detail;
    }

    /** The link's firms by top tier, highest first; each opens its page in the enterprise library. */
    private void showEnterprises(LinkDetail linkDetail, Locale locale) {
        enterprises.removeAll();
        enterprises.add(
                new H4(getTranslation("map.panel.enterprises", linkDetail.node().localEnterprises())));
        if (linkDetail.enterpriseGroups().isEmpty()) {
            Span none = new Span(getTranslation(
                    linkDetail.node().role() == LinkRole.EXTEND
                            ? "map.panel.noEnterprisesExtend"
                            : "map.panel.noEnterprises"));
            none.addClassName("cl-map-panel-empty");
            enterprises.add(none);
        }
        for (LinkDetail.TierGroup group : linkDetail.enterpriseGroups()) {
            Div tierGroup = new Div();
            tierGroup.addClassName("cl-map-stage");
            tierGroup
                    .getElement()
                    .setAttribute(
                            "data-tier",
                            group.tier() == null ? "" : group.tier().name());
            Span tierName = new Span((group.tier() == null
                            ? getTranslation("map.tier.none")
                            : getTranslation(group.tier().translationKey()))
                    + " · " + group.total());
            tierName.addClassName("cl-map-stage-name");
            tierGroup.add(tierName);
            for (EnterpriseOnLink enterprise : group.listed()) {
                Anchor name = new Anchor("enterprises/" + enterprise.id(), enterprise.name());
                name.addClassName("cl-map-item-title");
                Span figures = new Span(figures(enterprise, locale));
                figures.addClassName("cl-map-item-detail");
                Div item = new Div(name, figures);
                item.addClassName("cl-map-item");
                item.getElement().setAttribute("data-enterprise", String.valueOf(enterprise.id()));
                tierGroup.add(item);
            }
            if (group.total() > group.listed().size()) {
                Span more = new Span(getTranslation(
                        "map.panel.enterprisesListed", group.listed().size(), group.total()));
                more.addClassName("cl-map-panel-empty");
                tierGroup.add(more);
            }
            enterprises.add(tierGroup);
        }
    }

    private String figures(EnterpriseOnLink enterprise, Locale locale) {
        String output = enterprise.annualOutputWan() == null ? "–" : Money.format(enterprise.annualOutputWan(), locale);
        String jobs = enterprise.jobs() == null ? "–" : String.valueOf(enterprise.jobs());
        return getTranslation("map.panel.enterpriseFigures", output, jobs);
    }

    /**
     * The active leads the node's badge counts, by stage, each with who pursues it (unit, owner), its amount and
     * last follow-up; a link with more than a page offers the rest in the lead list. Leads on the link that the
     * badge does not count (暂缓, 达产) follow apart, labelled as such, so the two numbers never disagree unsaid.
     */
    private void showLeads(LinkDetail linkDetail, Locale locale) {
        leads.removeAll();
        H4 heading = new H4(getTranslation("map.panel.leads", linkDetail.countedLeads()));
        heading.getElement().setAttribute("data-count", String.valueOf(linkDetail.countedLeads()));
        leads.add(heading);
        if (linkDetail.leadsByStage().isEmpty()) {
            Span none = new Span(getTranslation("map.panel.noLeads"));
            none.addClassName("cl-map-panel-empty");
            leads.add(none);
        }
        for (LinkDetail.StageGroup group : linkDetail.leadsByStage()) {
            Div stage = new Div();
            stage.addClassName("cl-map-stage");
            stage.getElement().setAttribute("data-stage", group.stage());
            Span stageName = new Span(getTranslation(LeadStages.translationKey(group.stage())) + " · "
                    + group.leads().size());
            stageName.addClassName("cl-map-stage-name");
            stage.add(stageName);
            group.leads().forEach(lead -> stage.add(item(lead, locale, false)));
            leads.add(stage);
        }
        if (linkDetail.countedLeads() > linkDetail.visibleLeads()) {
            Span more =
                    new Span(getTranslation("map.panel.listed", linkDetail.visibleLeads(), linkDetail.countedLeads()));
            more.addClassName("cl-map-panel-empty");
            leads.add(more);
        }
        showAll.setVisible(linkDetail.countedLeads() > 0);
        showAll.setText(getTranslation("map.panel.showAll", linkDetail.countedLeads()));
        leads.add(showAll);
        if (linkDetail.notCountedLeads() > 0) {
            Div apart = new Div();
            apart.addClassName("cl-map-stage");
            apart.addClassName("cl-map-not-counted");
            H4 title = new H4(getTranslation("map.panel.notCounted", linkDetail.notCountedLeads()));
            Span why = new Span(getTranslation("map.panel.notCountedWhy"));
            why.addClassName("cl-map-panel-empty");
            apart.add(title, why);
            linkDetail.notCounted().forEach(lead -> apart.add(item(lead, locale, true)));
            if (linkDetail.notCountedLeads() > linkDetail.notCounted().size()) {
                Span more = new Span(getTranslation(
                        "map.panel.listed", linkDetail.notCounted().size(), linkDetail.notCountedLeads()));
                more.addClassName("cl-map-panel-empty");
                apart.add(more);
            }
            leads.add(apart);
        }
    }

    /** One lead: number and project (opens it), then stage (when asked), unit, owner, amount and last follow-up. */
    private Div item(LinkLeadItem lead, Locale locale, boolean withStage) {
        Anchor open = new Anchor("leads/" + lead.leadId(), lead.leadNo() + " " + lead.projectName());
        open.addClassName("cl-map-item-title");
        Span investor = new Span(lead.investorName() + " · " + Money.format(lead.totalInvestmentWan(), locale));
        investor.addClassName("cl-map-item-detail");
        Span who = new Span(getTranslation(
                "map.panel.pursuedBy",
                lead.unitName(locale),
                lead.ownerName(),
                lead.lastFollowUpOn() == null
                        ? getTranslation("map.panel.noFollowUp")
                        : getTranslation("map.panel.lastFollowUp", Formats.date(lead.lastFollowUpOn()))));
        who.addClassName("cl-map-item-detail");
        who.addClassName("cl-map-item-who");
        Div item = new Div(open);
        if (withStage) {
            Span stage = new Span(getTranslation(LeadStages.translationKey(lead.stage())));
            stage.getElement().getThemeList().add("badge small contrast");
            item.add(stage);
        }
        item.add(investor, who);
        item.addClassName("cl-map-item");
        item.getElement().setAttribute("data-lead", String.valueOf(lead.leadId()));
        item.getElement().setAttribute("data-stage", lead.stage());
        return item;
    }

    public static final class CloseEvent extends ComponentEvent<LinkPanel> {
        CloseEvent(LinkPanel source) {
            super(source, false);
        }
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
