package cn.perfeval.checks;

import cn.perfeval.checks.core.CheckSettings;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the checks ({@code perfeval.checks.*}).
 *
 * @param overTargetThreshold an actual more than this share above its target is flagged
 * @param lowExecutionRate an execution rate below this needs an explanation
 * @param departmentFramework the framework of overall reports whose document names none that is stored
 * @param projectFramework the framework of project and transfer-payment reports that name none
 */
@ConfigurationProperties("perfeval.checks")
record CheckProperties(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, String departmentFramework,
        String projectFramework) {

    CheckProperties {
        overTargetThreshold = overTargetThreshold == null ? CheckSettings.DEFAULTS.overTargetThreshold()
                : overTargetThreshold;
        lowExecutionRate = lowExecutionRate == null ? CheckSettings.DEFAULTS.lowExecutionRate() : lowExecutionRate;
    }

    CheckSettings settings() {
        return new CheckSettings(overTargetThreshold, lowExecutionRate);
    }
}
