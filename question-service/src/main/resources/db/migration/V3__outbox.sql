-- Transactional outbox (dev.mockinterview.outbox, whose own migration creates the table): every publish and retire
-- writes its question-published or question-retired event there in the same transaction.

-- Versions published before the outbox and not yet announced by the relay it replaces (the version row was its own
-- outbox) move into it, so none is lost in the upgrade.
INSERT INTO outbox_event (event_id, topic, message_key, payload)
SELECT e.id, 'question-catalogue', e.key,
       jsonb_build_object(
           'specversion', '1.0', 'id', e.id::text, 'source', '/question-service', 'type', 'question-published',
           'time', e.published, 'subject', e.key, 'datacontenttype', 'application/json',
           'data', jsonb_build_object(
               'questionId', e.question_id, 'version', e.version, 'role', e.role, 'topic', e.topic,
               'difficulty', e.difficulty, 'tags', to_jsonb(e.tags), 'timeLimitSeconds', e.time_limit_seconds,
               'prompt', e.prompt, 'rationale', e.rationale, 'modelAnswer', e.model_answer,
               'keyPoints', e.key_points, 'publishedAt', e.published))::text
FROM (SELECT gen_random_uuid() AS id, v.question_id || ':' || v.version AS key, v.question_id, v.version,
             q.role, q.topic, q.difficulty, q.tags, q.time_limit_seconds, v.prompt, v.rationale, v.model_answer,
             v.key_points, v.published_at,
             to_char(v.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published
      FROM question_version v JOIN question q ON q.id = v.question_id
      WHERE v.status = 'published' AND v.announced_at IS NULL) e
ORDER BY e.published_at, e.question_id;

DROP INDEX unannounced_published_versions;
ALTER TABLE question_version DROP COLUMN announced_at;
