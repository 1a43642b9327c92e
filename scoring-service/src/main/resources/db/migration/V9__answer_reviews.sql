-- Every human review of an answer's score, one row per review, kept for ever: the history of an answer's final score.
-- The machine's score stays in answer_score untouched; the newest revision of an answer is its final score.
-- key_points: one entry per key point of the machine score reviewed, in rubric order:
-- [{"text", "machineStatus", "previousStatus", "status"}] (statuses COVERED, PARTIAL or MISSING).
CREATE TABLE answer_review (
    id             uuid PRIMARY KEY,
    answer_id      uuid        NOT NULL REFERENCES answer (id),
    session_id     uuid        NOT NULL REFERENCES session_progress (session_id),
    -- 1 for an answer's first review, then one more for each review of it.
    revision       integer     NOT NULL CHECK (revision >= 1),
    -- The subject of the reviewer's token.
    reviewer_id    text        NOT NULL,
    reviewed_at    timestamptz NOT NULL,
    reason         text        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
    -- The machine score reviewed (the answer's newest then) and its scorer.
    machine_score  integer     NOT NULL CHECK (machine_score BETWEEN 0 AND 100),
    scorer_version text        NOT NULL,
    -- The final score before this review: the machine's, or the previous revision's.
    previous_score integer     NOT NULL CHECK (previous_score BETWEEN 0 AND 100),
    score          integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    key_points     jsonb       NOT NULL,
    UNIQUE (answer_id, revision)
);
CREATE INDEX answer_review_by_session ON answer_review (session_id, answer_id, revision);

-- Reviews are a record: no statement may change or remove one, whatever the code does.
CREATE FUNCTION answer_review_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'answer_review rows are never changed or deleted (%)', TG_OP;
END
$$;
CREATE TRIGGER answer_review_no_update_or_delete BEFORE UPDATE OR DELETE ON answer_review
    FOR EACH ROW EXECUTE FUNCTION answer_review_is_append_only();
CREATE TRIGGER answer_review_no_truncate BEFORE TRUNCATE ON answer_review
    FOR EACH STATEMENT EXECUTE FUNCTION answer_review_is_append_only();
