-- Time limits: each question's clock starts when it becomes current; a session not completed by its deadline is
-- ended as EXPIRED by the expiry job.
ALTER TABLE session_question ADD COLUMN presented_at timestamptz;
ALTER TABLE session_question ADD COLUMN timed_out_at timestamptz;
ALTER TABLE interview_session ADD COLUMN deadline timestamptz;

UPDATE interview_session s
SET deadline = s.started_at + make_interval(secs => (SELECT sum(q.time_limit_seconds)
                                                     FROM session_question q WHERE q.session_id = s.id));
ALTER TABLE interview_session ALTER COLUMN deadline SET NOT NULL;
UPDATE session_question q SET presented_at = s.started_at
FROM interview_session s WHERE q.session_id = s.id AND q.position = 1;

CREATE INDEX sessions_due_to_expire ON interview_session (deadline) WHERE status = 'IN_PROGRESS';
