package cn.perfeval.declaration;

/** What was done to a declaration: the lines of its history and of the audit log. */
public enum DeclarationAction {
    CREATE, SAVE, SUBMIT, WITHDRAW, PASS, APPROVE, RETURN, ADJUST;

    /** The key of the action's label in the bundles. */
    public String labelKey() {
        return "declaration.action." + name();
    }
}
