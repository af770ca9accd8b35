package com.chainleads.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = "unit")
    List<AppUser> findAllByOrderByUsernameAsc();

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);
}
