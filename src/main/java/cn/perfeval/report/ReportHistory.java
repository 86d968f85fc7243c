package cn.perfeval.report;

import cn.perfeval.identity.DepartmentInfo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a report's audit history (Hibernate Envers): every version of the report with its parts,
 * as a document in yuan, compared with the version before it.
 */
@Component
class ReportHistory {

    @PersistenceContext
    private EntityManager entityManager;

    private final ReportDocuments documents;
    private final JsonMapper json;

    ReportHistory(ReportDocuments documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /**
     * The changes of the report, newest first; versions that changed nothing shown are left out.
     * A report stored before the history began has its first recorded version (the move of its
     * parts into their tables) as the starting point, not as a change.
     */
    List<ReportChange> changes(long reportId, DepartmentInfo department) {
        List<ReportChange> changes = new ArrayList<>();
        JsonNode previous = null;
        for (Object[] version : versions(reportId)) {
            Report report = (Report) version[0];
            ReportRevision revision = (ReportRevision) version[1];
            ObjectNode current = json.valueToTree(documents.toDocument(report, department, MoneyUnit.YUAN));
            current.put("status", report.getStatus().name());
            if (version[2] == RevisionType.ADD) {
                changes.add(new ReportChange(revision.at(), revision.getUsername(), true, List.of()));
            } else if (previous != null) {
                List<ReportChange.Field> fields = ReportDiff.between(previous, current);
                if (!fields.isEmpty()) {
                    changes.add(new ReportChange(revision.at(), revision.getUsername(), false, fields));
                }
            }
            previous = current;
        }
        return changes.reversed();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> versions(long reportId) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Report.class, false, true)
                .add(AuditEntity.id().eq(reportId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }
}
