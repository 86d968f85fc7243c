package cn.perfeval.publication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublishedPdfRepository extends JpaRepository<PublishedPdf, Long> {

    Optional<PublishedPdf> findByReportId(long reportId);

    @Modifying
    @Query("delete from PublishedPdf p where p.reportId = :reportId")
    int deleteByReport(@Param("reportId") long reportId);
}
