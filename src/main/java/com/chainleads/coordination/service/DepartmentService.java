package com.chainleads.coordination.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.coordination.domain.CoordinationIssueRepository;
import com.chainleads.coordination.domain.Department;
import com.chainleads.coordination.domain.DepartmentRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsible departments (责任单位): the choices of the issue forms and filters, and their administration — add,
 * rename, deactivate and activate again. Departments are never deleted: a deactivated one stays on the issues that
 * name it, new issues cannot choose it.
 */
@Service
@Transactional
public class DepartmentService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1," + (Department.MAX_CODE - 1) + "}");

    private final DepartmentRepository departments;
    private final CoordinationIssueRepository issues;

    DepartmentService(DepartmentRepository departments, CoordinationIssueRepository issues) {
        this.departments = departments;
        this.issues = issues;
    }

    /** Every department, active or not, in their order. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DepartmentRow> all() {
        return departments.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(this::row)
                .toList();
    }

    /** The departments a new issue may be assigned to. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DepartmentRow> active() {
        return departments.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(Department::isActive)
                .map(d -> row(d, false))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DepartmentRow add(DepartmentCommand command) {
        String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "coordination.department.error.code"));
        } else if (departments.existsByCode(code)) {
            problems.add(new FieldProblem("code", "coordination.department.error.codeTaken"));
        }
        checkNames(command, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Department department = departments.saveAndFlush(new Department(
                code, command.nameZh().strip(), command.nameEn().strip(), departments.maxSortOrder() + 1));
        return row(department, false);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DepartmentRow rename(long id, long version, DepartmentCommand command) {
        Department department = load(id, version);
        List<FieldProblem> problems = new ArrayList<>();
        checkNames(command, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        department.rename(command.nameZh().strip(), command.nameEn().strip());
        return row(departments.saveAndFlush(department));
    }

    /** Deactivates (or activates again) a department: its issues keep it, new issues cannot choose it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public DepartmentRow setActive(long id, long version, boolean active) {
        Department department = load(id, version);
        department.setActive(active);
        return row(departments.saveAndFlush(department));
    }

    private Department load(long id, long version) {
        Department department =
                departments.findById(id).orElseThrow(() -> new RecordNotFoundException("department", id));
        if (department.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Department.class, id);
        }
        return department;
    }

    private static void checkNames(DepartmentCommand command, List<FieldProblem> problems) {
        check("nameZh", command.nameZh(), Department.MAX_NAME_ZH, problems);
        check("nameEn", command.nameEn(), Department.MAX_NAME_EN, problems);
    }

    private static void check(String field, String value, int max, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "coordination.error.required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "coordination.error.tooLong", max));
        }
    }

    private DepartmentRow row(Department department) {
        return row(department, issues.existsByDepartmentId(department.getId()));
    }

    private static DepartmentRow row(Department department, boolean used) {
        return new DepartmentRow(
                department.getId(),
                department.getVersion(),
                department.getCode(),
                department.getNameZh(),
                department.getNameEn(),
                department.getSortOrder(),
                department.isActive(),
                used);
    }
}
