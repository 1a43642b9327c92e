-- Assessments: a recruiter's set of questions that invited candidates take once, between an opening and a closing
-- time. The questions are either a fixed list (question_ids) or rules (topics, difficulty, question_count); either
-- way they are pinned, as question versions with their time limits, in assessment_question when it opens.
CREATE TABLE assessment (
    id                 uuid PRIMARY KEY,
    owner_id           text        NOT NULL,
    title              text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    role               text        NOT NULL,
    question_ids       text[],
    topics             text[]      NOT NULL DEFAULT '{}',
    difficulty         text,
    question_count     integer     NOT NULL CHECK (question_count BETWEEN 1 AND 20),
    -- One limit for every question, or null for each question's own.
    time_limit_seconds integer CHECK (time_limit_seconds > 0),
    opens_at           timestamptz NOT NULL,
    closes_at          timestamptz NOT NULL,
    shows_feedback     boolean     NOT NULL,
    created_at         timestamptz NOT NULL,
    -- Set once, when its questions are pinned.
    opened_at          timestamptz,
    -- Why the last attempt to open it failed (the catalogue could not fulfil it); cleared by an edit.
    open_failure       text,
    row_version        bigint      NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK (question_ids IS NULL OR cardinality(question_ids) = question_count)
);
CREATE INDEX assessments_by_owner ON assessment (owner_id, created_at DESC);
CREATE INDEX assessments_due_to_open ON assessment (opens_at) WHERE opened_at IS NULL AND open_failure IS NULL;

CREATE TABLE assessment_question (
    assessment_id      uuid    NOT NULL REFERENCES assessment (id),
    position           integer NOT NULL CHECK (position >= 1),
    question_id        text    NOT NULL,
    question_version   integer NOT NULL,
    prompt             text    NOT NULL,
    time_limit_seconds integer NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE assessment_invitation (
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    candidate_id  text        NOT NULL,
    invited_at    timestamptz NOT NULL,
    PRIMARY KEY (assessment_id, candidate_id)
);
CREATE INDEX invitations_by_candidate ON assessment_invitation (candidate_id);

-- Every session so far was a candidate's own practice, which only they (and admins, on record) may read.
ALTER TABLE interview_session ADD COLUMN kind text NOT NULL DEFAULT 'PRACTICE'
    CHECK (kind IN ('PRACTICE', 'ASSESSMENT'));
ALTER TABLE interview_session ADD COLUMN assessment_id uuid REFERENCES assessment (id);
ALTER TABLE interview_session ADD CONSTRAINT assessment_sessions_name_their_assessment
    CHECK ((kind = 'ASSESSMENT') = (assessment_id IS NOT NULL));
-- A candidate takes an assessment at most once, whatever two racing starts try.
CREATE UNIQUE INDEX one_session_per_assessment_and_candidate ON interview_session (assessment_id, candidate_id)
    WHERE assessment_id IS NOT NULL;

-- Only practice counts toward limits.open-sessions-per-candidate.
DROP INDEX open_sessions_by_candidate;
CREATE INDEX open_sessions_by_candidate ON interview_session (candidate_id, deadline)
    WHERE status = 'IN_PROGRESS' AND kind = 'PRACTICE';
