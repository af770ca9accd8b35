package com.chainleads.transfer.xlsx;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.PageRequest;

/**
 * The rows of a list export, read page by page while {@link XlsxExport} writes them, never the whole list at once:
 * at most {@link #MAX_ROWS} (a working list, not a backup) in pages of {@link #PAGE_SIZE}. The lists of coordination
 * issues, signed projects and the enterprise library are exported this way.
 *
 * <pre>{@code
 * PagedExport<IssueRow> export = PagedExport.of(queries.count(filter), page -> queries.list(filter, page));
 * String title = t("coordination.export.title", what, export.count(), PagedExport.stamp(clock), user);
 * XlsxExport.<IssueRow>sheet("问题清单").title(title)…write(export.rows(), out);
 * }</pre>
 *
 * @param count how many rows the file holds: the list's size, at most {@link #MAX_ROWS}
 * @param rows  the rows, read lazily as the file is written
 */
public record PagedExport<T>(long count, Stream<T> rows) {

    /** Rows read per query. */
    public static final int PAGE_SIZE = 500;
    /** The most rows one export holds: every list the portal exports fits, and it is no backup. */
    public static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A list of {@code total} rows read in pages of {@link #PAGE_SIZE}.
     *
     * @param page reads one page of the list, in the list's order (a sort may be added to the request)
     */
    public static <T> PagedExport<T> of(long total, Function<PageRequest, ? extends Iterable<T>> page) {
        long count = Math.min(Math.max(total, 0), MAX_ROWS);
        int pages = (int) ((count + PAGE_SIZE - 1) / PAGE_SIZE);
        Stream<T> rows = IntStream.range(0, pages)
                .boxed()
                .flatMap(index -> stream(page.apply(PageRequest.of(index, PAGE_SIZE))))
                .limit(count);
        return new PagedExport<>(count, rows);
    }

    /** When the file was made, for its title: {@code yyyy-MM-dd HH:mm} in the district's time zone. */
    public static String stamp(Clock clock) {
        return STAMP.format(clock.instant().atZone(XlsxExport.ZONE));
    }

    private static <T> Stream<T> stream(Iterable<T> page) {
        return StreamSupport.stream(page.spliterator(), false);
    }
}
