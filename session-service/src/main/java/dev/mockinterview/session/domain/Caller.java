package dev.mockinterview.session.domain;

import dev.mockinterview.web.Viewer;

/**
 * Who is asking: the token's subject and the broadest of their roles. A candidate sees their own sessions; a
 * recruiter the sessions of the assessments they own; an admin every session, each read of a practice session on
 * record.
 */
public record Caller(String subject, Role role) {
    /** The roles that decide what a caller may see, broadest last. */
    public enum Role { CANDIDATE, RECRUITER, ADMIN }

    /** The signed-in user, by their broadest role. */
    public static Caller of(Viewer viewer) {
        Role role = viewer.isAdmin() ? Role.ADMIN : viewer.isRecruiter() ? Role.RECRUITER : Role.CANDIDATE;
        return new Caller(viewer.getSubject(), role);
    }

    /** A candidate acting on their own sessions (the candidate's pages and actions). */
    public static Caller candidate(String subject) {
        return new Caller(subject, Role.CANDIDATE);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
