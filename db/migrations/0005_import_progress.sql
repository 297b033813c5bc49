CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`created_by_user_id` text,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_name_unique` ON `import_mappings` (`name`);--> statement-breakpoint
ALTER TABLE `imports` ADD `file_path` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `file_bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `encoding` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `delimiter` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `headers` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `mapping` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `error` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `heartbeat_at` integer;--> statement-breakpoint
ALTER TABLE `imports` ADD `rows_done` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `bytes_done` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `first_opened_at` integer;--> statement-breakpoint
ALTER TABLE `imports` ADD `last_opened_at` integer;--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE INDEX `products_name` ON `products` (`name`);