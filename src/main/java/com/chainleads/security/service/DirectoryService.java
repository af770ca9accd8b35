package com.chainleads.security.service;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works where: the units of the bureau and the people in them, for selects and names. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class DirectoryService {

    private final OrgUnitRepository units;
    private final AppUserRepository users;

    DirectoryService(OrgUnitRepository units, AppUserRepository users) {
        this.units = units;
        this.users = users;
    }

    public List<UnitOption> units() {
        return units.findAllByOrderBySortOrderAsc().stream().filter(OrgUnit::isActive).map(DirectoryService::toOption)
                .toList();
    }

    /** Enabled officers, optionally of one unit. */
    public List<UserOption> officers(Long unitId) {
        return users.findAllByOrderByUsernameAsc().stream()
                .filter(user -> user.isEnabled() && user.getRole() == Role.OFFICER)
                .filter(user -> unitId == null || (user.getUnit() != null && unitId.equals(user.getUnit().getId())))
                .map(DirectoryService::toOption).toList();
    }

    static UnitOption toOption(OrgUnit unit) {
        return new UnitOption(unit.getId(), unit.getCode(), unit.getNameZh(), unit.getNameEn());
    }

    static UserOption toOption(AppUser user) {
        return new UserOption(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getUnit() == null ? null : user.getUnit().getId());
    }
}
