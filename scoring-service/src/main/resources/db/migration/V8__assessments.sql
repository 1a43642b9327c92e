-- The assessment a session was taken for, from its events: all four columns or none. None is the candidate's own
-- practice, private to them (and admins); every session scored before assessments existed is practice.
ALTER TABLE session_progress
    ADD COLUMN assessment_id             uuid,
    ADD COLUMN assessment_title          text,
    ADD COLUMN assessment_owner          text,
    ADD COLUMN assessment_shows_feedback boolean,
    ADD CHECK ((assessment_id IS NULL) = (assessment_title IS NULL)
        AND (assessment_id IS NULL) = (assessment_owner IS NULL)
        AND (assessment_id IS NULL) = (assessment_shows_feedback IS NULL));
-- A recruiter's reports (their assessments' completed sessions), and one assessment's.
CREATE INDEX session_progress_by_owner ON session_progress (assessment_owner, completed_at)
    WHERE reported_at IS NOT NULL AND assessment_owner IS NOT NULL;
CREATE INDEX session_progress_by_assessment ON session_progress (assessment_id, completed_at)
    WHERE reported_at IS NOT NULL AND assessment_id IS NOT NULL;
