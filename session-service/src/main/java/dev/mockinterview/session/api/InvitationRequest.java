package dev.mockinterview.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Candidates to invite to an assessment, by user id: at most 500 a request. */
public record InvitationRequest(@NotNull @Size(min = 1, max = MAX_CANDIDATES)
                                List<@NotNull @Pattern(regexp = CANDIDATE_ID) String> candidateIds) {
    public static final int MAX_CANDIDATES = 500;
    /** A user id as tokens carry it: letters, digits and {@code . _ @ -}, up to 128 characters. */
    public static final String CANDIDATE_ID = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$";
}
