package cn.perfeval.audit;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Sealed lines in chain order, unsealed ones (from before the chain) first. */
    @Query("select e from AuditEntry e order by case when e.seq is null then 0 else 1 end, e.seq, e.id")
    List<AuditEntry> inChainOrder();

    List<AuditEntry> findBySeqNotNullAndOccurredAtBeforeOrderBySeq(Instant before);

    Page<AuditEntry> findAll(Specification<AuditEntry> filter, Pageable page);
}

interface AuditChainRepository extends JpaRepository<AuditChain, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AuditChain c where c.id = " + AuditChain.HEAD)
    AuditChain lockHead();

    @Query("select c from AuditChain c where c.id = " + AuditChain.HEAD)
    AuditChain head();
}
