-- Authoring: every write to a question (a new draft, a publish, a retire) raises its revision, the validator behind
-- its ETag, so that a PUT naming an older revision in If-Match is refused instead of overwriting someone's work.
ALTER TABLE question ADD COLUMN revision bigint NOT NULL DEFAULT 1 CHECK (revision >= 1);
CREATE INDEX question_by_topic ON question (topic, difficulty);

-- When a version stopped being current: retired by hand, or replaced by a newer published version.
ALTER TABLE question_version ADD COLUMN retired_at timestamptz;

-- Free-text search over each version's content, ranked: the prompt weighs most (and is all a candidate may search,
-- the rest being the rubric), then why it is asked, then the model answer.
ALTER TABLE question_version ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', prompt), 'A')
        || setweight(to_tsvector('english', coalesce(rationale, '')), 'B')
        || setweight(to_tsvector('english', model_answer), 'C')) STORED;
CREATE INDEX question_version_search ON question_version USING gin (search);
