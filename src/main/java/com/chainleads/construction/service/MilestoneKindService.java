package com.chainleads.construction.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.construction.domain.MilestoneKind;
import com.chainleads.construction.domain.MilestoneKindRepository;
import com.chainleads.construction.domain.ProjectMilestoneRepository;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestone kinds of construction plans, reference data administrators adjust at {@code /admin/milestones}:
 * rename, reorder, deactivate, add. A kind no plan uses yet may be removed; a kind in use is only deactivated, so
 * the plans that have it keep it. Only stages after 签约 (注册落地, 开工, 投产, 达产) may be linked, each to one kind.
 */
@Service
@Transactional
public class MilestoneKindService {

    static final Set<LeadStage> LINKABLE =
            Set.of(LeadStage.INCORPORATED, LeadStage.CONSTRUCTION, LeadStage.PRODUCTION, LeadStage.FULL_CAPACITY);

    private final MilestoneKindRepository kinds;
    private final ProjectMilestoneRepository milestones;
    private final ProjectFigures figures;

    MilestoneKindService(MilestoneKindRepository kinds, ProjectMilestoneRepository milestones, ProjectFigures figures) {
        this.kinds = kinds;
        this.milestones = milestones;
        this.figures = figures;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<MilestoneKindRow> list() {
        return kinds.findAllByOrderBySortOrderAscIdAsc().stream().map(this::row).toList();
    }

    /** Every kind's names by id, read in one statement (no in-use check per kind, unlike {@link #list()}). */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, MilestoneKindName> names() {
        Map<Long, MilestoneKindName> names = new HashMap<>();
        for (MilestoneKind kind : kinds.findAllByOrderBySortOrderAscIdAsc()) {
            long id = Objects.requireNonNull(kind.getId());
            names.put(id, new MilestoneKindName(id, kind.getNameZh(), kind.getNameEn()));
        }
        return names;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public MilestoneKindRow save(MilestoneKindDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String zh = draft.nameZh().strip();
        String en = draft.nameEn().strip();
        if (zh.isEmpty()) {
            problems.add(new FieldProblem("nameZh", "construction.kinds.error.required"));
        } else if (zh.length() > 60) {
            problems.add(new FieldProblem("nameZh", "construction.kinds.error.tooLong", 60));
        }
        if (en.isEmpty()) {
            problems.add(new FieldProblem("nameEn", "construction.kinds.error.required"));
        } else if (en.length() > 100) {
            problems.add(new FieldProblem("nameEn", "construction.kinds.error.tooLong", 100));
        }
        LeadStage stage = draft.leadStage();
        if (stage != null && !LINKABLE.contains(stage)) {
            problems.add(new FieldProblem("leadStage", "construction.kinds.error.stage"));
        }
        List<MilestoneKind> all = kinds.findAllByOrderBySortOrderAscIdAsc();
        for (MilestoneKind other : all) {
            if (draft.id() != null && draft.id().equals(other.getId())) {
                continue;
            }
            if (other.getNameZh().equals(zh)) {
                problems.add(new FieldProblem("nameZh", "construction.kinds.error.nameTaken"));
            }
            if (stage != null && stage == other.getLeadStage()) {
                problems.add(new FieldProblem("leadStage", "construction.kinds.error.stageTaken", other.getNameZh()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        MilestoneKind kind;
        if (draft.id() == null) {
            int last = all.stream().mapToInt(MilestoneKind::getSortOrder).max().orElse(0);
            String code = "K"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 12)
                            .toUpperCase();
            kind = new MilestoneKind(code, zh, en, last + 10, stage);
        } else {
            kind = loaded(draft.id(), draft.version());
            kind.rename(zh, en);
            if (kind.getLeadStage() != stage && milestones.existsByKindId(draft.id())) {
                // the 开工 / 投产 / 达产 figures count by the kind's stage: every plan with this kind counts anew
                figures.rebuildAfterCommit();
            }
            kind.setLeadStage(stage);
        }
        kind.setActive(draft.active());
        return row(kinds.saveAndFlush(kind));
    }

    /** Moves the kind one place up ({@code -1}) or down ({@code +1}) in the plan's order. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<MilestoneKindRow> move(long id, long version, int direction) {
        List<MilestoneKind> all = new ArrayList<>(kinds.findAllByOrderBySortOrderAscIdAsc());
        MilestoneKind kind = loaded(id, version);
        int index = all.indexOf(kind);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= all.size()) {
            return list();
        }
        all.remove(index);
        all.add(target, kind);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setSortOrder((i + 1) * 10);
        }
        kinds.flush();
        return list();
    }

    /** Removes a kind no plan uses; a kind in use is refused (deactivate it instead). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id, long version) {
        MilestoneKind kind = loaded(id, version);
        if (milestones.existsByKindId(id)) {
            throw new BusinessRuleException("construction.kinds.error.inUse");
        }
        kinds.delete(kind);
    }

    private MilestoneKind loaded(long id, long version) {
        MilestoneKind kind = kinds.findById(id).orElseThrow(() -> new RecordNotFoundException("milestone kind", id));
        if (kind.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(MilestoneKind.class, id);
        }
        return kind;
    }

    private MilestoneKindRow row(MilestoneKind kind) {
        return new MilestoneKindRow(
                kind.getId(),
                kind.getVersion(),
                kind.getCode(),
                kind.getNameZh(),
                kind.getNameEn(),
                kind.getSortOrder(),
                kind.getLeadStage(),
                kind.isActive(),
                milestones.existsByKindId(kind.getId()));
    }
}
