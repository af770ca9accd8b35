package com.chainleads.tour.service;

import java.util.List;

/**
 * A section another feature adds to a project's booklet page (e.g. the construction milestones planned vs actual,
 * the open coordination issues, the latest photos).
 *
 * @param title  the section's heading, translated
 * @param header the table's column headings (empty: no table)
 * @param rows   the table's rows, each as long as the header
 * @param images photos as JPEG or PNG bytes, shown below the table at a fixed width
 */
public record BookletSection(String title, List<String> header, List<List<String>> rows, List<Image> images) {

    public record Image(byte[] bytes, boolean png, String caption) {}
}
