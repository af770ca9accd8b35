package com.chainleads.security.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    /** The user, locked against concurrent login bookkeeping (two failed logins at the same moment both count). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AppUser> findForUpdateByUsernameIgnoreCase(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AppUser> findForUpdateById(long id);

    @EntityGraph(attributePaths = "unit")
    List<AppUser> findAllByOrderByUsernameAsc();

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);
}
