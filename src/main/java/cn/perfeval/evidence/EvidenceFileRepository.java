package cn.perfeval.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    /** The files of a report, oldest first, without reading their bytes. */
    @Query("""
            select new cn.perfeval.evidence.EvidenceInfo(e.id, e.reportId, e.fileName, e.contentType, e.sizeBytes,
                e.sha256, e.uploadedBy, e.uploadedAt, e.round, e.note)
            from EvidenceFile e where e.reportId = :reportId order by e.uploadedAt, e.id""")
    List<EvidenceInfo> listOf(@Param("reportId") long reportId);

    /** One file of a report, without its bytes. */
    @Query("""
            select new cn.perfeval.evidence.EvidenceInfo(e.id, e.reportId, e.fileName, e.contentType, e.sizeBytes,
                e.sha256, e.uploadedBy, e.uploadedAt, e.round, e.note)
            from EvidenceFile e where e.reportId = :reportId and e.id = :id""")
    Optional<EvidenceInfo> infoOf(@Param("reportId") long reportId, @Param("id") long id);

}

interface EvidenceChunkRepository extends JpaRepository<EvidenceChunk, Long> {

    @Query("select c.content from EvidenceChunk c where c.fileId = :fileId order by c.number")
    List<byte[]> contentOf(@Param("fileId") long fileId);

    @Modifying
    @Query("delete from EvidenceChunk c where c.fileId = :fileId")
    int deleteOf(@Param("fileId") long fileId);
}
