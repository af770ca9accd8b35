package com.chainleads.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The user clicked a data item (or a graph edge) of an {@link EChart}. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final @Nullable String seriesName;
    private final int seriesIndex;
    private final @Nullable String dataType;
    private final @Nullable String name;
    private final int dataIndex;
    private final @Nullable String dataId;

    public ChartClickEvent(
            EChart source,
            boolean fromClient,
            @EventData("event.detail.seriesName") @Nullable String seriesName,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataType") @Nullable String dataType,
            @EventData("event.detail.name") @Nullable String name,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.dataId") @Nullable String dataId) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.dataType = dataType;
        this.name = name;
        this.dataIndex = dataIndex;
        this.dataId = dataId;
    }

    public @Nullable String getSeriesName() {
        return seriesName;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    /** "node" or "edge" for graphs; {@code null} for other series. */
    public @Nullable String getDataType() {
        return dataType;
    }

    public boolean isEdge() {
        return "edge".equals(dataType);
    }

    public @Nullable String getName() {
        return name;
    }

    public int getDataIndex() {
        return dataIndex;
    }

    /** The {@link DataItem#id id} given to the clicked item, if any. */
    public Optional<String> getDataId() {
        return Optional.ofNullable(dataId);
    }
}
