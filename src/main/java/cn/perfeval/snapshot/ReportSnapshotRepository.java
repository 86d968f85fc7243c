package cn.perfeval.snapshot;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportSnapshotRepository extends JpaRepository<ReportSnapshot, Long> {

    @Query("select new cn.perfeval.snapshot.SnapshotInfo(s.round, s.takenAt, s.takenBy, size(s.attachments))"
            + " from ReportSnapshot s where s.reportId = :reportId order by s.round")
    List<SnapshotInfo> infos(@Param("reportId") long reportId);

    Optional<ReportSnapshot> findByReportIdAndRound(long reportId, int round);

    boolean existsByReportIdAndRound(long reportId, int round);
}
