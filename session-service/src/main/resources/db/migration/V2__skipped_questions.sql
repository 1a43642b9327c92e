-- A candidate may skip the current question; a skipped question counts as missed and is never answered later.
ALTER TABLE session_question ADD COLUMN skipped_at timestamptz;
