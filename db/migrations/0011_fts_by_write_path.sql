-- The write path (db/queries/ticket-writes.ts) now keeps the full-text index current itself, once
-- per written ticket at the end of its transaction. The insert and update triggers it replaces
-- made FTS5 flush its pending terms at every statement: an import spent most of its time there
-- (about 95 µs of every ticket's 220). The delete trigger stays: tickets are deleted only by hand.
DROP TRIGGER tickets_fts_after_insert;
--> statement-breakpoint
DROP TRIGGER tickets_fts_after_update;
