-- Ids of the events already applied, written in the same transaction as their effect: a redelivered event finds
-- its id here and changes nothing.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- The replica of the catalogue: every published question version scoring has heard of. Versions are immutable
-- upstream, so a row is written once and never changed.
CREATE TABLE question_version (
    question_id  text        NOT NULL,
    version      integer     NOT NULL CHECK (version >= 1),
    prompt       text        NOT NULL,
    model_answer text        NOT NULL,
    key_points   jsonb       NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (question_id, version)
);

-- One row per session, created by whichever of its events arrives first. Handlers lock it (SELECT ... FOR UPDATE)
-- so that the last answer's score and the completion never build the report twice or not at all.
CREATE TABLE session_progress (
    session_id     uuid PRIMARY KEY,
    candidate_id   text NOT NULL,
    -- Known once session-completed has arrived.
    role           text,
    question_count integer CHECK (question_count >= 1),
    answer_ids     uuid[],
    ended_as       text CHECK (ended_as IN ('FINISHED', 'EXPIRED', 'ABANDONED')),
    completed_at   timestamptz,
    -- Set exactly once, when the session is completed and every answer it lists is scored.
    overall_score  numeric(4, 1) CHECK (overall_score BETWEEN 0 AND 100),
    reported_at    timestamptz,
    CHECK ((completed_at IS NULL) = (question_count IS NULL) AND (completed_at IS NULL) = (answer_ids IS NULL)),
    CHECK ((reported_at IS NULL) = (overall_score IS NULL) AND (reported_at IS NULL OR completed_at IS NOT NULL))
);

CREATE TABLE answer (
    id                uuid PRIMARY KEY,
    session_id        uuid        NOT NULL REFERENCES session_progress (session_id),
    candidate_id      text        NOT NULL,
    position          integer     NOT NULL CHECK (position >= 1),
    question_id       text        NOT NULL,
    question_version  integer     NOT NULL,
    text              text        NOT NULL,
    submitted_at      timestamptz NOT NULL,
    time_taken_millis bigint      NOT NULL CHECK (time_taken_millis >= 0)
);
CREATE INDEX answer_by_session ON answer (session_id, position);
-- Finds the answers that wait for a question version when its question-published event arrives.
CREATE INDEX answer_by_question_version ON answer (question_id, question_version);

-- Exactly one score per answer, naming the question version and the scorer that produced it.
CREATE TABLE answer_score (
    answer_id        uuid PRIMARY KEY REFERENCES answer (id),
    question_id      text        NOT NULL,
    question_version integer     NOT NULL,
    scorer_version   text        NOT NULL,
    score            integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    scored_at        timestamptz NOT NULL,
    FOREIGN KEY (question_id, question_version) REFERENCES question_version (question_id, version)
);
