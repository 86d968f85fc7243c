package cn.perfeval.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
