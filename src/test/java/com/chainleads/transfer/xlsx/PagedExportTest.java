package com.chainleads.transfer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class PagedExportTest {

    /** A list of {@code size} numbers that records each page asked of it. */
    private static final class NumberList {
        final long size;
        final List<PageRequest> asked = new ArrayList<>();

        NumberList(long size) {
            this.size = size;
        }

        List<Long> page(PageRequest request) {
            asked.add(request);
            return LongStream.range(request.getOffset(), Math.min(size, request.getOffset() + request.getPageSize()))
                    .boxed()
                    .toList();
        }
    }

    @Test
    void theRowsAreReadPageByPageOnlyWhileTheyAreWritten() {
        NumberList list = new NumberList(1_234);

        PagedExport<Long> export = PagedExport.of(list.size, list::page);

        assertThat(export.count()).isEqualTo(1_234);
        assertThat(list.asked).as("nothing read before the file is written").isEmpty();
        assertThat(export.rows().toList()).hasSize(1_234).startsWith(0L, 1L).endsWith(1_233L);
        assertThat(list.asked).extracting(PageRequest::getPageNumber).containsExactly(0, 1, 2);
        assertThat(list.asked).allMatch(request -> request.getPageSize() == PagedExport.PAGE_SIZE);
    }

    @Test
    void aListLongerThanAnExportHoldsIsCutAtTheLimitWithoutReadingFurther() {
        NumberList list = new NumberList(PagedExport.MAX_ROWS + 777);

        PagedExport<Long> export = PagedExport.of(list.size, list::page);

        assertThat(export.count()).isEqualTo(PagedExport.MAX_ROWS);
        assertThat(export.rows().count()).isEqualTo(PagedExport.MAX_ROWS);
        assertThat(list.asked).hasSize(PagedExport.MAX_ROWS / PagedExport.PAGE_SIZE);
    }

    @Test
    void rowsAddedWhileWritingDoNotMakeTheFileLongerThanItsTitleSays() {
        NumberList grown = new NumberList(1_000); // counted 900, 100 more arrived before the last page was read

        PagedExport<Long> export = PagedExport.of(900, grown::page);

        assertThat(export.rows().count()).isEqualTo(900);
    }

    @Test
    void anEmptyListAsksForNothing() {
        NumberList list = new NumberList(0);

        assertThat(PagedExport.of(0, list::page).rows()).isEmpty();
        assertThat(list.asked).isEmpty();
    }

    @Test
    void theStampIsTheMinuteInTheDistrictsTimeZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:30:59Z"), ZoneOffset.UTC);

        assertThat(PagedExport.stamp(clock)).isEqualTo("2026-03-02 10:30");
    }
}
