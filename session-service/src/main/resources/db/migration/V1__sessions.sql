-- The local replica of the catalogue, fed by question-catalogue: sessions never call question-service.
CREATE TABLE catalogue_question (
    question_id        text        NOT NULL,
    version            integer     NOT NULL,
    role               text        NOT NULL,
    topic              text        NOT NULL,
    difficulty         text        NOT NULL,
    time_limit_seconds integer     NOT NULL,
    prompt             text        NOT NULL,
    published_at       timestamptz NOT NULL,
    -- The newest published version of the question; sessions draw only from these.
    current            boolean     NOT NULL,
    PRIMARY KEY (question_id, version)
);
CREATE INDEX current_questions_by_role ON catalogue_question (role) WHERE current;

CREATE TABLE interview_session (
    id             uuid PRIMARY KEY,
    candidate_id   text        NOT NULL,
    role           text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    ended_as       text CHECK (ended_as IN ('FINISHED', 'EXPIRED', 'ABANDONED')),
    question_count integer     NOT NULL CHECK (question_count BETWEEN 1 AND 20),
    started_at     timestamptz NOT NULL,
    completed_at   timestamptz,
    row_version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_candidate ON interview_session (candidate_id, started_at DESC);

-- A snapshot of each question version the session uses, so later catalogue changes do not alter it.
CREATE TABLE session_question (
    session_id         uuid    NOT NULL REFERENCES interview_session (id),
    position           integer NOT NULL CHECK (position >= 1),
    question_id        text    NOT NULL,
    question_version   integer NOT NULL,
    prompt             text    NOT NULL,
    time_limit_seconds integer NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE answer (
    id           uuid PRIMARY KEY,
    session_id   uuid        NOT NULL,
    position     integer     NOT NULL,
    text         text        NOT NULL,
    submitted_at timestamptz NOT NULL,
    -- One answer per question of a session, whatever two racing requests try.
    UNIQUE (session_id, position),
    FOREIGN KEY (session_id, position) REFERENCES session_question (session_id, position)
);
