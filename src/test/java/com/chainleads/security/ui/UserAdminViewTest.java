package com.chainleads.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ui.MergeDialog;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.service.UserCommand;
import com.chainleads.security.service.UserRow;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.TestUsers;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    TestUsers users;

    @Autowired
    UserAdminService service;

    @Test
    void aUserChangedByAnotherAdministratorMeanwhileIsMergedAndABothChangedFieldIsChosen() {
        String username = users.officer("INVEST_1", "吴测试");
        loginAs("admin");
        navigate("admin/users");
        UserAdminView view = _get(UserAdminView.class);
        int index = _fetch(view.grid, 0, _size(view.grid)).stream()
                .map(UserRow::username)
                .toList()
                .indexOf(username);
        GridKt._clickItem(view.grid, index);
        UserForm form = _get(UserForm.class);
        UserRow row = users.row(username);
        service.updateUser(
                row.id(),
                row.version(),
                new UserCommand(username, "吴测试（改）", Role.OFFICER, row.unitId(), "")); // the other administrator renames

        _setValue(form.displayName, "吴测试二");
        _setValue(form.role, Role.LEADER);
        _click(form.save);

        MergeDialog<?> dialog = _get(MergeDialog.class);
        assertThat(dialog.merge().conflicts()).containsExactly("displayName");
        assertThat(dialog.merge().changedByMe()).containsExactly("role");
        _setValue(dialog.choice("displayName"), ThreeWayMerge.Side.THEIRS);
        dialog.saveButton().click();

        UserRow stored = users.row(username);
        assertThat(stored.displayName()).isEqualTo("吴测试（改）");
        assertThat(stored.role()).isEqualTo(Role.LEADER);
    }
}
