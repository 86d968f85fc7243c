package cn.perfeval.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    /** The token with its owner, in one statement. */
    @Query("select t from AccessToken t join fetch t.user u left join fetch u.department d left join fetch d.region"
            + " left join fetch u.region where t.selector = :selector")
    Optional<AccessToken> findBySelector(@Param("selector") String selector);

    List<AccessToken> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    Optional<AccessToken> findByIdAndUserId(Long id, Long userId);

    /** Notes a use; in one statement, without loading the row. */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :at, t.lastUsedAddress = :address where t.id = :id")
    int noteUse(@Param("id") Long id, @Param("at") Instant at, @Param("address") String address);
}
