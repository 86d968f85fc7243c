package cn.perfeval.report;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills in the user of a new audit revision: the signed-in user, or {@value #SYSTEM} for work nobody signed in asked for. */
class ReportRevisionListener implements RevisionListener {

    /** The user of changes made by the application itself (e.g. moving stored parts into tables at startup). */
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ((ReportRevision) revisionEntity).setUsername(auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName());
    }
}
