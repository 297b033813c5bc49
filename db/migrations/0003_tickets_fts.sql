-- Full-text search over ticket subjects and descriptions for the explorer. An external-content
-- FTS5 table (the text lives once, in tickets) kept in sync by triggers, so every write path
-- (seed, import, API, edits) updates it without knowing it exists. remove_diacritics lets "cafe"
-- find "café". detail = none keeps no word positions: the explorer asks only "do all these words
-- (or prefixes) occur", never for phrases or rankings, and the index builds a third faster. No
-- porter stemming either: it costs another third at build time, and lib/search.ts matches the
-- last word as a prefix instead.
CREATE VIRTUAL TABLE tickets_fts USING fts5(
  subject,
  description,
  content = 'tickets',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  detail = none,
  columnsize = 0
);
--> statement-breakpoint
CREATE TRIGGER tickets_fts_after_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.id, new.subject, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER tickets_fts_after_delete AFTER DELETE ON tickets BEGIN
  INSERT INTO tickets_fts (tickets_fts, rowid, subject, description)
  VALUES ('delete', old.id, old.subject, old.description);
END;
--> statement-breakpoint
CREATE TRIGGER tickets_fts_after_update AFTER UPDATE OF subject, description ON tickets BEGIN
  INSERT INTO tickets_fts (tickets_fts, rowid, subject, description)
  VALUES ('delete', old.id, old.subject, old.description);
  INSERT INTO tickets_fts (rowid, subject, description) VALUES (new.id, new.subject, new.description);
END;
--> statement-breakpoint
INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild');
