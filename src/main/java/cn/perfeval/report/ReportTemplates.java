package cn.perfeval.report;

import java.util.List;

/**
 * Where the templates of {@link ReportService#startFromTemplate} come from: the scoring frameworks
 * the product stores, provided by the module that keeps them (the report module does not depend on it).
 */
public interface ReportTemplates {

    /** Every template, the one the checks use for reports of {@code kind} first (marked {@code suited}). */
    List<ReportTemplate> forKind(ReportKind kind);
}
