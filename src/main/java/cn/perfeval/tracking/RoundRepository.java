package cn.perfeval.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoundRepository extends JpaRepository<Round, Long> {

    boolean existsByYear(int year);

    Optional<Round> findByYear(int year);

    @Query("select count(d) > 0 from Round r join r.departmentIds d where r.id = :id and d = :department")
    boolean covers(@Param("id") long id, @Param("department") long departmentId);

    List<Round> findAllByOrderByYearDesc();

    @Query("select d from Round r join r.departmentIds d where r.id = :id")
    List<Long> departmentIdsOf(@Param("id") long id);
}
