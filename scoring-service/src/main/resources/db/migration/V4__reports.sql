-- The topic and role of each replicated version, for a report's score per topic and the recruiters' filters.
-- Versions replicated before this migration have neither; their answers count in no topic.
ALTER TABLE question_version
    ADD COLUMN topic text,
    ADD COLUMN role  text;

-- One score per answer and scorer version: a rescore adds the current scorer's score and keeps the older ones
-- readable. Reports use each answer's newest score.
ALTER TABLE answer_score DROP CONSTRAINT answer_score_pkey;
ALTER TABLE answer_score ADD PRIMARY KEY (answer_id, scorer_version);
CREATE INDEX answer_score_newest ON answer_score (answer_id, scored_at DESC);
-- How everyone scored on one question version.
CREATE INDEX answer_score_by_question_version ON answer_score (question_id, question_version);

-- A built report's figures, kept with its session so that the recruiters' list filters, sorts and pages in one
-- query: the answers' time taken, summed, and the score per topic ([{"topic", "score", "answers"}]).
ALTER TABLE session_progress
    ADD COLUMN time_taken_millis bigint CHECK (time_taken_millis >= 0),
    ADD COLUMN topic_scores      jsonb;
UPDATE session_progress p
SET time_taken_millis = (SELECT coalesce(sum(a.time_taken_millis), 0) FROM answer a WHERE a.session_id = p.session_id),
    topic_scores      = '[]'
WHERE reported_at IS NOT NULL;
ALTER TABLE session_progress
    ADD CHECK ((reported_at IS NULL) = (time_taken_millis IS NULL) AND (reported_at IS NULL) = (topic_scores IS NULL));
CREATE INDEX session_progress_by_completion ON session_progress (completed_at) WHERE reported_at IS NOT NULL;
CREATE INDEX session_progress_by_score ON session_progress (overall_score) WHERE reported_at IS NOT NULL;
CREATE INDEX session_progress_by_candidate ON session_progress (candidate_id);
