package cn.perfeval.checks;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFrameworkRepository extends JpaRepository<StoredFramework, Long> {

    Optional<StoredFramework> findByName(String name);

    Optional<StoredFramework> findByKey(String key);
}
