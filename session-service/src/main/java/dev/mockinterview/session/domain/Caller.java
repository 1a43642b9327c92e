package dev.mockinterview.session.domain;

/** Who is asking: the token's subject, and whether they are staff (recruiter or admin) who see every session. */
public record Caller(String subject, boolean staff) {
}
