package cn.perfeval.checks;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the checks ({@code perfeval.checks.*}).
 *
 * @param overTargetThreshold an actual more than this share above its target is flagged
 * @param lowExecutionRate an execution rate below this needs an explanation
 * @param departmentFramework the key (or name) of the framework of overall reports whose document names none
 * @param projectFramework the key (or name) of the framework of project reports that name none
 * @param transferPaymentFramework the key (or name) of the framework of transfer-payment reports that name none
 */
@ConfigurationProperties("perfeval.checks")
record CheckProperties(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, String departmentFramework,
        String projectFramework, String transferPaymentFramework) {

    static final String DEFAULT_DEPARTMENT_FRAMEWORK = "sichuan-county-department";
    static final String DEFAULT_PROJECT_FRAMEWORK = "national-project-2020";
    static final String DEFAULT_TRANSFER_PAYMENT_FRAMEWORK = "national-transfer-payment-2020";

    CheckProperties {
        overTargetThreshold = overTargetThreshold == null ? CheckSettings.DEFAULTS.overTargetThreshold()
                : overTargetThreshold;
        lowExecutionRate = lowExecutionRate == null ? CheckSettings.DEFAULTS.lowExecutionRate() : lowExecutionRate;
        departmentFramework = departmentFramework == null ? DEFAULT_DEPARTMENT_FRAMEWORK : departmentFramework;
        projectFramework = projectFramework == null ? DEFAULT_PROJECT_FRAMEWORK : projectFramework;
        transferPaymentFramework = transferPaymentFramework == null ? DEFAULT_TRANSFER_PAYMENT_FRAMEWORK
                : transferPaymentFramework;
    }

    /** The key (or name) of the framework of reports of this kind that name none. */
    String frameworkFor(ReportKind kind) {
        return switch (kind == null ? ReportKind.DEPARTMENT_OVERALL : kind) {
            case DEPARTMENT_OVERALL -> departmentFramework;
            case PROJECT -> projectFramework;
            case TRANSFER_PAYMENT -> transferPaymentFramework;
        };
    }

    CheckSettings settings() {
        return new CheckSettings(overTargetThreshold, lowExecutionRate);
    }
}
