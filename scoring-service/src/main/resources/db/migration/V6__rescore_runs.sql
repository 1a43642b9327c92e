-- Every rescore, with its progress, so that any instance reports it (GET /api/v1/scoring/rescore) and a run outlives
-- the instance that started it in the record. The batch that rescores sessions updates its run's row in its own
-- transaction, so the figures are always those of committed work.
CREATE TABLE rescore_run (
    id             uuid PRIMARY KEY,
    status         text        NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    -- Sessions with answers when the run started.
    sessions       bigint      NOT NULL CHECK (sessions >= 0),
    processed      bigint      NOT NULL DEFAULT 0 CHECK (processed >= 0),
    rescored       bigint      NOT NULL DEFAULT 0 CHECK (rescored >= 0),
    scorer_version text        NOT NULL,
    -- The subject of the admin's token.
    started_by     text        NOT NULL,
    started_at     timestamptz NOT NULL DEFAULT now(),
    -- Written with each batch: a RUNNING run whose row has not changed for scoring.rescore.abandoned-after lost its
    -- instance and is reported FAILED.
    updated_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz
);

-- At most one run at a time across every instance: a second start finds the running one instead.
CREATE UNIQUE INDEX rescore_run_one_running ON rescore_run ((true)) WHERE status = 'RUNNING';
CREATE INDEX rescore_run_latest ON rescore_run (started_at DESC);
