package cn.perfeval.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringRoundRepository extends JpaRepository<MonitoringRound, Long> {

    boolean existsByYearAndName(int year, String name);

    List<MonitoringRound> findAllByOrderByYearDescCutOffDescIdDesc();
}
