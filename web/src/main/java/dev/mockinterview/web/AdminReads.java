package dev.mockinterview.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The audit trail of admins reading a candidate's private practice: one line per read on the {@value #CATEGORY}
 * category, which ops route to their audit store. Practice is private to its candidate; admins may read it for
 * support, and every such read is on record.
 */
@ApplicationScoped
public class AdminReads {
    public static final String CATEGORY = "dev.mockinterview.audit";
    private static final Logger AUDIT = Logger.getLogger(CATEGORY);

    /** Records that {@code adminId} read {@code what} (a page or resource) of a practice session of the candidate. */
    public void practiceRead(String adminId, String candidateId, Object sessionId, String what) {
        AUDIT.infof("admin-read-practice admin=%s candidate=%s session=%s what=%s", adminId, candidateId, sessionId,
                what);
    }
}
