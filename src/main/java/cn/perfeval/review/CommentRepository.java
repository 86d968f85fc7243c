package cn.perfeval.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByReportIdOrderByCreatedAtAscIdAsc(long reportId);

    Optional<Comment> findByIdAndReportId(long id, long reportId);
}
