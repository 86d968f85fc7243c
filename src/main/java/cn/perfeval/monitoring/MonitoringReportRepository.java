package cn.perfeval.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

    Optional<MonitoringReport> findByRoundIdAndDepartmentIdAndProject(long roundId, long departmentId, String project);

    List<MonitoringReport> findByRoundIdOrderByIdAsc(long roundId);
}
