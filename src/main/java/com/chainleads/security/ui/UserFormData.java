package com.chainleads.security.ui;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserCommand;
import com.chainleads.security.service.UserRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bean behind {@link UserForm}: what the administrator is typing. */
public class UserFormData {

    private @Nullable Long id;
    private long version;
    private String username = "";
    private String displayName = "";
    private @Nullable Role role = Role.OFFICER;
    private @Nullable UnitOption unit;
    private String password = "";

    /** What an administrator edits on an existing user: what a merge of concurrent edits compares. */
    static final List<ThreeWayMerge.Field<UserFormData>> FIELDS = List.of(
            ThreeWayMerge.Field.of("displayName", UserFormData::getDisplayName, UserFormData::setDisplayName),
            ThreeWayMerge.Field.of("role", UserFormData::getRole, UserFormData::setRole),
            ThreeWayMerge.Field.of("unit", UserFormData::getUnit, UserFormData::setUnit));

    static UserFormData forNewUser() {
        return new UserFormData();
    }

    static UserFormData of(UserRow row, List<UnitOption> units) {
        UserFormData data = new UserFormData();
        data.id = row.id();
        data.version = row.version();
        data.username = row.username();
        data.displayName = row.displayName();
        data.role = row.role();
        data.unit = units.stream()
                .filter(u -> row.unitId() != null && u.id() == row.unitId())
                .findFirst()
                .orElse(null);
        return data;
    }

    /** An independent copy (the form writes into the bean it shows). */
    UserFormData copy() {
        UserFormData copy = new UserFormData();
        copy.id = id;
        copy.version = version;
        copy.username = username;
        copy.displayName = displayName;
        copy.role = role;
        copy.unit = unit;
        copy.password = password;
        return copy;
    }

    UserCommand toCommand() {
        return new UserCommand(username, displayName, role, unit == null ? null : unit.id(), password);
    }

    boolean isNew() {
        return id == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable UnitOption getUnit() {
        return unit;
    }

    public void setUnit(@Nullable UnitOption unit) {
        this.unit = unit;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
