package com.chainleads.coordination.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** /admin/departments: an administrator adds, renames and deactivates a department; others do not get there. */
class DepartmentAdminViewTest extends KaribuTest {

    private DepartmentRow row(DepartmentAdminView view, String code) {
        return _fetch(view.grid, 0, _size(view.grid)).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAdministratorAddsRenamesAndDeactivatesADepartment() {
        loginAs("admin");
        navigate("admin/departments");
        DepartmentAdminView view = _get(DepartmentAdminView.class);
        assertThat(row(view, "NATURAL_RESOURCES").nameZh()).isEqualTo("自然资源和规划局");
        String code = "KARIBU_" + (System.nanoTime() % 100000);

        view.add.click();
        DepartmentForm form = _get(DepartmentForm.class);
        form.code.setValue("bad code");
        form.nameZh.setValue("文化旅游体育局");
        form.nameEn.setValue("Culture and Tourism Bureau");
        form.save.click();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.nameZh.getValue()).as("what was typed stays").isEqualTo("文化旅游体育局");
        form.code.setValue(code);
        form.save.click();
        assertThat(row(view, code).active()).isTrue();

        view.grid.select(row(view, code));
        view.rename.click();
        DepartmentForm rename = _get(DepartmentForm.class);
        assertThat(rename.code.isReadOnly()).isTrue();
        rename.nameZh.setValue("文化广电旅游体育局");
        rename.save.click();
        assertThat(row(view, code).nameZh()).isEqualTo("文化广电旅游体育局");

        view.grid.select(row(view, code));
        assertThat(view.toggle.getText()).isEqualTo("停用");
        view.toggle.click();
        assertThat(row(view, code).active()).isFalse();
    }

    @Test
    void anOfficerDoesNotReachTheDepartments() {
        loginAs("officer1");
        UI.getCurrent().navigate("admin/departments");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(DepartmentAdminView.class))
                .isEmpty();
    }
}
