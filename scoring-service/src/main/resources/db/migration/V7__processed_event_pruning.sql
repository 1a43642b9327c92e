-- Records of applied events are deleted once past their retention (ProcessedEventPruning), oldest first, in batches:
-- the index finds them without reading the whole table.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
