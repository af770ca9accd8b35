package com.chainleads.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GridColumnsTest {

    private final AtomicInteger nameCells = new AtomicInteger();
    private final AtomicInteger cardCells = new AtomicInteger();
    private Grid<String> grid;
    private Grid.Column<String> card;

    @BeforeEach
    void openAGridWithATextColumnAndACardColumn() {
        MockVaadin.setup();
        grid = new Grid<>();
        grid.addColumn(row -> {
            nameCells.incrementAndGet();
            return row;
        });
        card = grid.addColumn(LitRenderer.<String>of("<b>${item.text}</b>").withProperty("text", row -> {
            cardCells.incrementAndGet();
            return row;
        }));
        grid.setItems(List.of("华鼎科技", "精鼎光电", "润瑞文创"));
        UI.getCurrent().add(grid);
        grid.getDataCommunicator().setViewportRange(0, 50);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void sendRows() {
        nameCells.set(0);
        cardCells.set(0);
        grid.getDataProvider().refreshAll();
        MockVaadin.clientRoundtrip();
    }

    @Test
    void aShownColumnsCellsAreComputedForEveryRowSent() {
        sendRows();

        assertThat(nameCells).hasValue(3);
        assertThat(cardCells).hasValue(3);
    }

    @Test
    void aHiddenColumnsCellsAreNeitherComputedNorSent() {
        GridColumns.setShown(card, false);
        sendRows();

        assertThat(card.isVisible()).isFalse();
        assertThat(cardCells).hasValue(0);
        assertThat(nameCells).hasValue(3);
    }

    @Test
    void aColumnShownAgainHasItsOwnRendererAndItsCellsBack() {
        Renderer<String> own = card.getRenderer();
        GridColumns.setShown(card, false);
        GridColumns.setShown(card, false); // hiding twice keeps the column's own renderer, not the stand-in

        GridColumns.setShown(card, true);
        sendRows();

        assertThat(card.isVisible()).isTrue();
        assertThat(card.getRenderer()).isSameAs(own);
        assertThat(cardCells).hasValue(3);
    }
}
