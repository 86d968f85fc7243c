package cn.perfeval.declaration;

import cn.perfeval.report.ReportKind;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    List<Declaration> findByDepartmentIdIn(Collection<Long> departmentIds);

    List<Declaration> findByDepartmentIdAndYearAndKind(long departmentId, int year, ReportKind kind);

    /** The declaration, its row locked for the rest of the transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Declaration d where d.id = :id")
    Optional<Declaration> lockById(@Param("id") long id);
}
