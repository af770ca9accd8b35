package com.chainleads.security.service;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works where: the units of the bureau and the people in them, for selects and names. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class DirectoryService {

    private final DirectoryOptions options;

    DirectoryService(DirectoryOptions options) {
        this.options = options;
    }

    /** The active units in their order; one immutable list shared by every caller. */
    public List<UnitOption> units() {
        return options.units.get();
    }

    /**
     * Enabled officers by username, optionally of one unit; all of them is one immutable list shared by every
     * caller.
     */
    public List<UserOption> officers(@Nullable Long unitId) {
        List<UserOption> all = options.officers.get();
        return unitId == null
                ? all
                : all.stream().filter(user -> unitId.equals(user.unitId())).toList();
    }

    static UnitOption toOption(OrgUnit unit) {
        return new UnitOption(unit.getId(), unit.getCode(), unit.getNameZh(), unit.getNameEn());
    }

    static UserOption toOption(AppUser user) {
        return new UserOption(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getUnit() == null ? null : user.getUnit().getId());
    }
}
