-- The embeddings of a question version's prompt and key points, computed once by the rubric scorer when the version
-- is replicated, so that scoring an answer embeds only the answer. Null for versions replicated before it: those
-- are embedded afresh for each answer.
ALTER TABLE question_version ADD COLUMN rubric_embeddings jsonb;
