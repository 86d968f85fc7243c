package cn.perfeval.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserNotificationRepository extends JpaRepository<UserNotification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<UserNotification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    Optional<UserNotification> findByIdAndRecipient(long id, String recipient);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserNotification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
