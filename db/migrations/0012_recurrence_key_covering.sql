DROP INDEX `tickets_recurrence_key`;--> statement-breakpoint
CREATE INDEX `tickets_recurrence_key` ON `tickets` (`customer_id`,`root_cause_id`,`opened_at`,`resolved_at`,`product_id`,`is_recurrence`);