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
}

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
