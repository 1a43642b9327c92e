-- A question: its stable identity and the attributes that place it in the catalogue.
CREATE TABLE question (
    id                 text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 80),
    role               text        NOT NULL,
    topic              text        NOT NULL,
    difficulty         text        NOT NULL CHECK (difficulty IN ('junior', 'mid', 'senior')),
    tags               text[]      NOT NULL DEFAULT '{}',
    time_limit_seconds integer     NOT NULL CHECK (time_limit_seconds BETWEEN 30 AND 3600),
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX question_by_role ON question (role, id);

-- Immutable content versions; every score names the version it used, so versions are never deleted.
CREATE TABLE question_version (
    question_id  text        NOT NULL REFERENCES question (id),
    version      integer     NOT NULL CHECK (version >= 1),
    status       text        NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
    prompt       text        NOT NULL,
    rationale    text,
    model_answer text        NOT NULL,
    key_points   jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    -- Set once question-catalogue has acknowledged the question-published event of this version.
    announced_at timestamptz,
    PRIMARY KEY (question_id, version)
);
CREATE UNIQUE INDEX one_published_version_per_question ON question_version (question_id) WHERE status = 'published';
CREATE INDEX unannounced_published_versions ON question_version (published_at)
    WHERE status = 'published' AND announced_at IS NULL;
