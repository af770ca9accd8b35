/**
 * Project construction after signing (项目建设, issue 15): each signed project's construction plan — milestones
 * 注册 → 供地/拿地 → 规划/施工许可 → 开工 → 主体封顶 → 设备进场 → 投产 → 达产 with planned and actual dates and
 * evidence (photos, PDF files) — and its investment completed month by month (完成投资).
 * <ul>
 * <li>{@code domain}: the milestone kinds (reference data), the plan's rows, evidence, monthly figures, the change
 * log, the per-project summary row ({@link com.chainleads.construction.domain.ProjectProgress}) and the pure rules:
 * {@link com.chainleads.construction.domain.MilestoneRules} (dates and order) and
 * {@link com.chainleads.construction.domain.ScheduleClock} (按期 / 滞后 / 严重滞后).</li>
 * <li>{@code evidence}: what an uploaded file is (by its bytes), re-encoding images without their metadata,
 * thumbnails, and the one storage interface {@link com.chainleads.construction.evidence.EvidenceStore}.</li>
 * <li>{@code service}: {@link com.chainleads.construction.service.ConstructionService} (plans, evidence,
 * investment; visibility through the lead register) and
 * {@link com.chainleads.construction.service.MilestoneKindService} (the administrators' list).</li>
 * <li>{@code ui}: the lead page's 项目建设 tab, the evidence endpoint, {@code /admin/milestones}.</li>
 * </ul>
 */
@NullMarked
package com.chainleads.construction;

import org.jspecify.annotations.NullMarked;
