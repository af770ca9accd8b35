package com.chainleads.transfer.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into text the parsers understand, whatever the cell's display format: date-formatted
 * cells become ISO dates ({@code 2026-03-02}, or {@code 2026-03-02 10:30:00} with a time), other numbers plain
 * decimals without grouping or exponent, rounded to Excel's 15 significant digits so that binary noise
 * (0.30000000000000004) disappears.
 */
final class RawValueFormatter extends DataFormatter {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final boolean use1904Windowing;

    RawValueFormatter(boolean use1904Windowing) {
        this.use1904Windowing = use1904Windowing;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null
                && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)
                && value >= 1) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            if (dateTime != null) {
                return dateTime.toLocalTime().toSecondOfDay() == 0
                        ? dateTime.toLocalDate().toString()
                        : DATE_TIME.format(dateTime);
            }
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
