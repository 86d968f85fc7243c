package cn.perfeval.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {
    Optional<Region> findByName(String name);
}
