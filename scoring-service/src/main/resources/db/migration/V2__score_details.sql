-- What the scorer found besides the number: the band, one finding per key point (status, similarity, evidence)
-- and the flags that keep an answer from being praised.
ALTER TABLE answer_score
    ADD COLUMN band       text  NOT NULL DEFAULT 'WEAK' CHECK (band IN ('WEAK', 'FAIR', 'GOOD', 'STRONG')),
    ADD COLUMN key_points jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN flags      jsonb NOT NULL DEFAULT '[]';
UPDATE answer_score SET band = CASE WHEN score >= 80 THEN 'STRONG' WHEN score >= 60 THEN 'GOOD'
                                    WHEN score >= 40 THEN 'FAIR' ELSE 'WEAK' END;
ALTER TABLE answer_score
    ALTER COLUMN band DROP DEFAULT,
    ALTER COLUMN key_points DROP DEFAULT,
    ALTER COLUMN flags DROP DEFAULT;
