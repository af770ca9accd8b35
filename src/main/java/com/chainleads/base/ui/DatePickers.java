package com.chainleads.base.ui;

import com.chainleads.base.i18n.AppLocales;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** Date pickers that read and write dates as officers do: 2026-03-02, also accepting 2026/3/2. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd");
        if (AppLocales.isEnglish(locale)) {
            i18n.setMonthNames(List.of(
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
            i18n.setFirstDayOfWeek(1);
        } else {
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setFirstDayOfWeek(1);
        }
        return i18n;
    }
}
