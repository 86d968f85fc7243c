package cn.perfeval.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByDepartmentIdAndYearAndKind(long departmentId, int year, ReportKind kind);

    List<Report> findByDepartmentIdIn(Collection<Long> departmentIds);

    List<Report> findByStatusOrderByPublishedAtDesc(ReportStatus status);
}

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
