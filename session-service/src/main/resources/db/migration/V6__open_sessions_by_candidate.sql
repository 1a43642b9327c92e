-- Starting a session counts the candidate's sessions in progress (limits.open-sessions-per-candidate) and reads the
-- earliest deadline among them (the refusal's Retry-After): one index scan of the candidate's open sessions.
CREATE INDEX open_sessions_by_candidate ON interview_session (candidate_id, deadline) WHERE status = 'IN_PROGRESS';
