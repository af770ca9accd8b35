package com.chainleads.base.ui.chart;

import com.chainleads.base.i18n.AppLocales;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The portal's chart: Apache ECharts in the browser, driven by an option built in Java ({@link ChartOption}).
 * Clicks on data come back as {@link ChartClickEvent}s; the chart follows the size of its box and the UI's
 * language. Browser-side it is the {@code <cl-echart>} element of {@code frontend/assets/chart/cl-echart.js},
 * whose {@code chart} property is the ECharts instance.
 */
@Tag("cl-echart")
@JavaScript("context://assets/echarts/echarts.min.js")
@JavaScript("context://assets/chart/cl-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    private @Nullable ChartOption option;

    public EChart() {
        setWidthFull();
        setHeight("400px");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    /** Replaces what the chart shows. */
    public void setOption(ChartOption option) {
        this.option = option;
        getElement().setProperty("optionJson", option.toJson());
    }

    public Optional<ChartOption> getOption() {
        return Optional.ofNullable(option);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** ECharts' own texts (toolbox, "no data" …) in the given language. Set from the UI on attach. */
    public void setChartLocale(Locale locale) {
        getElement().setAttribute("locale", echartsLocale(locale));
    }

    static String echartsLocale(Locale locale) {
        return AppLocales.isEnglish(locale) ? "EN" : "ZH";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setChartLocale(attachEvent.getUI().getLocale());
    }
}
