DROP INDEX `tickets_opened`;--> statement-breakpoint
DROP INDEX `tickets_department_opened`;--> statement-breakpoint
DROP INDEX `tickets_cause_opened`;--> statement-breakpoint
CREATE INDEX `tickets_resolution_time` ON `tickets` ((resolved_at - opened_at));--> statement-breakpoint
CREATE INDEX `tickets_handle_seconds` ON `tickets` (`handle_seconds`);--> statement-breakpoint
CREATE INDEX `tickets_opened` ON `tickets` (`opened_at`,`department_id`,`root_cause_id`,`channel`,`is_recurrence`,`resolved_at`);--> statement-breakpoint
CREATE INDEX `tickets_department_opened` ON `tickets` (`department_id`,`opened_at`,`resolved_at`,`handle_seconds`);--> statement-breakpoint
CREATE INDEX `tickets_cause_opened` ON `tickets` (`root_cause_id`,`opened_at`,`resolved_at`,`handle_seconds`);