package com.chainleads.lead.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LeadNumberCounterRepository extends JpaRepository<LeadNumberCounter, Integer> {

    /** Locks the year's counter row until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LeadNumberCounter c where c.counterYear = :year")
    Optional<LeadNumberCounter> lockYear(int year);
}
