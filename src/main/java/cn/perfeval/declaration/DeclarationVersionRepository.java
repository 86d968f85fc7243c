package cn.perfeval.declaration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationVersionRepository extends JpaRepository<DeclarationVersion, Long> {

    List<DeclarationVersion> findByDeclarationIdOrderByNumberAsc(long declarationId);
}
