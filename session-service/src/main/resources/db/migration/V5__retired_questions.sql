-- question-retired: a version that was retired (by an author, or replaced by a newer one) stays retired whatever
-- order the catalogue's events arrive in, and a question whose newest version is retired is drawn no more.
ALTER TABLE catalogue_question ADD COLUMN retired boolean NOT NULL DEFAULT false;
