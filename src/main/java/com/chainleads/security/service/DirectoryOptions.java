package com.chainleads.security.service;

import com.chainleads.base.SharedSnapshot;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The units and officers as options, loaded once and shared by every session instead of one copy per view;
 * loaded again after a {@link DirectoryChanged}. Read through {@link DirectoryService}, inside its transaction.
 */
@Component
class DirectoryOptions {

    /** Changes made elsewhere (another node, the database directly) show after at most this long. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    final SharedSnapshot<List<UnitOption>> units;
    final SharedSnapshot<List<UserOption>> officers;

    DirectoryOptions(OrgUnitRepository unitRepository, AppUserRepository userRepository) {
        units = new SharedSnapshot<>(
                MAX_AGE,
                () -> unitRepository.findAllByOrderBySortOrderAsc().stream()
                        .filter(OrgUnit::isActive)
                        .map(DirectoryService::toOption)
                        .toList());
        officers = new SharedSnapshot<>(
                MAX_AGE,
                () -> userRepository.findAllByOrderByUsernameAsc().stream()
                        .filter(user -> user.isEnabled() && user.getRole() == Role.OFFICER)
                        .map(DirectoryService::toOption)
                        .toList());
    }

    @EventListener
    void on(DirectoryChanged changed) {
        units.changed();
        officers.changed();
    }
}
