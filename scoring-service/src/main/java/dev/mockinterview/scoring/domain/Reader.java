package dev.mockinterview.scoring.domain;

/**
 * Who reads lists of reports and score distributions: an admin sees every session, practice included; anyone else
 * (a recruiter) only the sessions of the assessments they own, never practice. Lists apply it in their query.
 *
 * @param subject the caller's user id
 */
public record Reader(String subject, boolean admin) {
}
