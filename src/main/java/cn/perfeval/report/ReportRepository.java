package cn.perfeval.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

    List<Report> findByDepartmentIdAndYearAndKind(long departmentId, int year, ReportKind kind);

    List<Report> findByDepartmentIdIn(Collection<Long> departmentIds);

    List<Report> findByStatusOrderByPublishedAtDesc(ReportStatus status);

    List<Report> findByPendingPartsIsNotNull();

    @org.springframework.data.jpa.repository.Query("select new cn.perfeval.report.ReportState(r.id, r.departmentId,"
            + " r.kind, r.projectName, r.status, r.round, r.updatedAt, r.approvedAt, r.publishedAt,"
            + " r.publicationScheduledFor) from Report r where r.year = :year and r.kind = :kind")
    List<ReportState> states(@org.springframework.data.repository.query.Param("year") int year,
            @org.springframework.data.repository.query.Param("kind") ReportKind kind);

    @org.springframework.data.jpa.repository.Query("select new cn.perfeval.report.ReportState(r.id, r.departmentId,"
            + " r.kind, r.projectName, r.status, r.round, r.updatedAt, r.approvedAt, r.publishedAt,"
            + " r.publicationScheduledFor) from Report r where r.year = :year")
    List<ReportState> states(@org.springframework.data.repository.query.Param("year") int year);

    /**
     * Locks the report's own row until the end of the transaction ({@code select ... for update})
     * and gives its department. Native, so that only the {@code report} row is locked: the
     * optional one-row part tables may have no row to lock.
     */
    @org.springframework.data.jpa.repository.Query(value = "select department_id from report where id = :id for update",
            nativeQuery = true)
    java.util.Optional<Long> lockDepartmentOf(@org.springframework.data.repository.query.Param("id") long id);

    /** Turns the report's auto-sum on or off without touching its content or its version. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update Report r set r.autoSum = :on where r.id = :id")
    int setAutoSum(@org.springframework.data.repository.query.Param("id") long id,
            @org.springframework.data.repository.query.Param("on") boolean on);
}
