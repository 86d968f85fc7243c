package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A report naming a scoring framework that is not stored (by name or key) is scored from its own
 * scoring table, graded by the national bands; this warning says so, so that a reviewer knows
 * the score rests on the report's table and not on a framework the product holds.
 */
public final class UnknownFramework {

    public static final String ID = "scoring.framework";

    private UnknownFramework() {
    }

    /** The warning for the framework the document names. Table {@code scoring}, column {@code framework}. */
    public static Finding finding(String named) {
        return new Finding(ID, Severity.WARNING, "scoring", null, "framework", null, null,
                new LocalizedMessage("check.scoring.framework.unknown", named.strip()));
    }

    /** The findings with the warning added, in the checker's order. */
    public static List<Finding> with(List<Finding> findings, String named) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(finding(named));
        Checker.sort(all);
        return all;
    }
}
