package cn.perfeval.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {
    List<PasswordHistoryEntry> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);
}
