package cn.perfeval.evidence.ui;

import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.report.ui.ReportPageSection;
import com.vaadin.flow.component.Component;

/** The evidence files, read-only, on the report page of the report module. */
@org.springframework.stereotype.Component
class EvidencePageSection implements ReportPageSection {

    private final EvidenceService evidence;

    EvidencePageSection(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public Component create(long reportId) {
        return new EvidencePanel(evidence, reportId, false);
    }
}
