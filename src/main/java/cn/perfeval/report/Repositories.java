package cn.perfeval.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByDepartmentIdAndYearAndKind(long departmentId, int year, ReportKind kind);

    List<Report> findByDepartmentIdIn(Collection<Long> departmentIds);

    List<Report> findByStatusOrderByPublishedAtDesc(ReportStatus status);

    List<Report> findByPendingPartsIsNotNull();

    @org.springframework.data.jpa.repository.Query("select new cn.perfeval.report.ReportState(r.id, r.departmentId,"
            + " r.status, r.round, r.updatedAt, r.approvedAt, r.publishedAt, r.publicationScheduledFor)"
            + " from Report r where r.year = :year and r.kind = :kind")
    List<ReportState> states(@org.springframework.data.repository.query.Param("year") int year,
            @org.springframework.data.repository.query.Param("kind") ReportKind kind);

    /** The report, its row locked until the end of the transaction ({@code select ... for update}). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select r from Report r where r.id = :id")
    java.util.Optional<Report> lockById(@org.springframework.data.repository.query.Param("id") long id);
}

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
