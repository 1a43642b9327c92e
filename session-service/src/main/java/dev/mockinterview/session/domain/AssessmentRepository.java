package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The assessment tables' queries that the entities do not express: locks, invitations in bulk, and the lists of
 * invitations read in one statement each. Callers bring the transaction.
 */
@ApplicationScoped
public class AssessmentRepository {
    private final EntityManager entityManager;

    AssessmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The assessment if the caller may manage it (its owner, or an admin); to anyone else it does not exist. */
    Assessment managed(UUID assessmentId, Caller caller, LockModeType lock) {
        Assessment assessment = Assessment.findById(assessmentId, lock);
        if (assessment == null || !(caller.isAdmin() || assessment.ownerId.equals(caller.subject()))) {
            throw notFound(assessmentId);
        }
        return assessment;
    }

    /**
     * The assessments past their opening time that nobody has opened or tried to, up to limit, locked; those
     * another transaction holds are skipped, so that several instances share the work.
     */
    @SuppressWarnings("unchecked")
    List<Assessment> lockDue(Instant now, int limit) {
        return entityManager.createNativeQuery("""
                        SELECT * FROM assessment
                        WHERE opened_at IS NULL AND open_failure IS NULL AND opens_at <= ?1 AND closes_at > ?1
                        ORDER BY opens_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", Assessment.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Invites the candidates not invited yet, in one statement; returns how many were new. */
    int invite(UUID assessmentId, List<String> candidateIds, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO assessment_invitation (assessment_id, candidate_id, invited_at)
                        SELECT ?1, candidate, ?3 FROM unnest(cast(?2 AS text[])) AS candidate
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, assessmentId)
                .setParameter(2, candidateIds.toArray(String[]::new))
                .setParameter(3, now)
                .executeUpdate();
    }

    void uninvite(UUID assessmentId, String candidateId) {
        entityManager.createNativeQuery("""
                        DELETE FROM assessment_invitation WHERE assessment_id = ?1 AND candidate_id = ?2""")
                .setParameter(1, assessmentId)
                .setParameter(2, candidateId)
                .executeUpdate();
    }

    /**
     * Whether the candidate is invited, locking the invitation until the transaction ends: a start and a withdrawal
     * of the same invitation happen one after the other, so no session outlives its invitation.
     */
    boolean lockInvitation(UUID assessmentId, String candidateId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM assessment_invitation WHERE assessment_id = ?1 AND candidate_id = ?2
                        FOR UPDATE""")
                .setParameter(1, assessmentId)
                .setParameter(2, candidateId)
                .getResultList().isEmpty();
    }

    /** The candidate's session of the assessment, or null when they have not started it. */
    UUID sessionOf(UUID assessmentId, String candidateId) {
        List<?> ids = entityManager.createNativeQuery("""
                        SELECT id FROM interview_session WHERE assessment_id = ?1 AND candidate_id = ?2""")
                .setParameter(1, assessmentId)
                .setParameter(2, candidateId)
                .getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    /** One page of the assessment's invited candidates with their sessions, in the order they were invited. */
    @SuppressWarnings("unchecked")
    List<Invitee> invitees(UUID assessmentId, int page, int size) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT i.candidate_id, i.invited_at, s.id AS session_id, s.status, s.ended_as
                        FROM assessment_invitation i
                        LEFT JOIN interview_session s
                               ON s.assessment_id = i.assessment_id AND s.candidate_id = i.candidate_id
                        WHERE i.assessment_id = ?1
                        ORDER BY i.invited_at, i.candidate_id LIMIT ?2 OFFSET ?3""", Tuple.class)
                .setParameter(1, assessmentId)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .unwrap(NativeQuery.class)
                .addScalar("candidate_id", StandardBasicTypes.STRING)
                .addScalar("invited_at", StandardBasicTypes.INSTANT)
                .addScalar("session_id", StandardBasicTypes.UUID)
                .addScalar("status", StandardBasicTypes.STRING)
                .addScalar("ended_as", StandardBasicTypes.STRING)
                .getResultList();
        return rows.stream().map(row -> new Invitee(row.get("candidate_id", String.class),
                row.get("invited_at", Instant.class),
                Invitee.of(row.get("status", String.class), row.get("ended_as", String.class)),
                row.get("session_id", UUID.class))).toList();
    }

    long countInvitees(UUID assessmentId) {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM assessment_invitation WHERE assessment_id = ?1""")
                .setParameter(1, assessmentId)
                .getSingleResult()).longValue();
    }

    /** One page of the assessments the candidate is invited to, with their sessions, latest opening first. */
    @SuppressWarnings("unchecked")
    List<Invitation> invitationsOf(String candidateId, int page, int size, Instant now) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT a.id, a.title, a.role, a.question_count, a.opens_at, a.closes_at, a.opened_at,
                               a.open_failure, s.id AS session_id
                        FROM assessment_invitation i
                        JOIN assessment a ON a.id = i.assessment_id
                        LEFT JOIN interview_session s ON s.assessment_id = a.id AND s.candidate_id = i.candidate_id
                        WHERE i.candidate_id = ?1
                        ORDER BY a.opens_at DESC, a.id LIMIT ?2 OFFSET ?3""", Tuple.class)
                .setParameter(1, candidateId)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("title", StandardBasicTypes.STRING)
                .addScalar("role", StandardBasicTypes.STRING)
                .addScalar("question_count", StandardBasicTypes.INTEGER)
                .addScalar("opens_at", StandardBasicTypes.INSTANT)
                .addScalar("closes_at", StandardBasicTypes.INSTANT)
                .addScalar("opened_at", StandardBasicTypes.INSTANT)
                .addScalar("open_failure", StandardBasicTypes.STRING)
                .addScalar("session_id", StandardBasicTypes.UUID)
                .getResultList();
        return rows.stream().map(row -> {
            UUID sessionId = row.get("session_id", UUID.class);
            Instant opensAt = row.get("opens_at", Instant.class);
            Instant closesAt = row.get("closes_at", Instant.class);
            return new Invitation(row.get("id", UUID.class), row.get("title", String.class),
                    row.get("role", String.class), row.get("question_count", Integer.class), opensAt, closesAt,
                    Invitation.of(sessionId != null, opensAt, closesAt, row.get("opened_at", Instant.class),
                            row.get("open_failure", String.class), now),
                    sessionId);
        }).toList();
    }

    long countInvitationsOf(String candidateId) {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM assessment_invitation WHERE candidate_id = ?1""")
                .setParameter(1, candidateId)
                .getSingleResult()).longValue();
    }

    static NotFound notFound(UUID assessmentId) {
        return new NotFound("No assessment " + assessmentId);
    }
}
