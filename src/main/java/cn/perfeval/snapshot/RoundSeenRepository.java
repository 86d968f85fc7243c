package cn.perfeval.snapshot;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundSeenRepository extends JpaRepository<RoundSeen, Long> {

    Optional<RoundSeen> findByUsernameAndReportId(String username, long reportId);
}
