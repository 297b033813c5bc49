CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `accounts_user` ON `accounts` (`user_id`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`scope` text NOT NULL,
	`created_by_user_id` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`field` text,
	`from_value` text,
	`to_value` text,
	`reason` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_entity` ON `audit_events` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_events_at` ON `audit_events` (`at`);--> statement-breakpoint
CREATE TABLE `cause_stats` (
	`period_kind` text NOT NULL,
	`period` integer NOT NULL,
	`department_key` integer NOT NULL,
	`cause_key` integer NOT NULL,
	`tickets` integer DEFAULT 0 NOT NULL,
	`classified` integer DEFAULT 0 NOT NULL,
	`recurrences` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolved_one_contact` integer DEFAULT 0 NOT NULL,
	`contacts` integer DEFAULT 0 NOT NULL,
	`handle_seconds` integer DEFAULT 0 NOT NULL,
	`fix_cost_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`period_kind`, `period`, `department_key`, `cause_key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `cause_stats_cause` ON `cause_stats` (`cause_key`,`period_kind`,`period`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY NOT NULL,
	`ticket_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`channel` text NOT NULL,
	`agent` text DEFAULT '' NOT NULL,
	`handle_seconds` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_ticket` ON `contacts` (`ticket_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `corrective_actions` (
	`id` integer PRIMARY KEY NOT NULL,
	`root_cause_id` integer NOT NULL,
	`owner_department_id` integer NOT NULL,
	`owner_user_id` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`opened_at` integer NOT NULL,
	`due_at` integer,
	`done_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`root_cause_id`) REFERENCES `root_causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `corrective_actions_cause` ON `corrective_actions` (`root_cause_id`);--> statement-breakpoint
CREATE INDEX `corrective_actions_department` ON `corrective_actions` (`owner_department_id`,`status`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`external_ref` text,
	`name` text NOT NULL,
	`segment` text DEFAULT 'standard' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_external_ref_unique` ON `customers` (`external_ref`);--> statement-breakpoint
CREATE TABLE `department_stats` (
	`period_kind` text NOT NULL,
	`period` integer NOT NULL,
	`department_key` integer NOT NULL,
	`tickets` integer DEFAULT 0 NOT NULL,
	`classified` integer DEFAULT 0 NOT NULL,
	`recurrences` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolved_one_contact` integer DEFAULT 0 NOT NULL,
	`contacts` integer DEFAULT 0 NOT NULL,
	`handle_seconds` integer DEFAULT 0 NOT NULL,
	`fix_cost_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`period_kind`, `period`, `department_key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`is_upstream` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_slug_unique` ON `departments` (`slug`);--> statement-breakpoint
CREATE TABLE `import_rejects` (
	`id` integer PRIMARY KEY NOT NULL,
	`import_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`raw_line` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_rejects_import` ON `import_rejects` (`import_id`,`row_number`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`source_system` text NOT NULL,
	`file_name` text,
	`status` text DEFAULT 'running' NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`rows_total` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`created_by_user_id` text,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`family` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `resolution_histogram` (
	`period_kind` text NOT NULL,
	`period` integer NOT NULL,
	`department_key` integer NOT NULL,
	`cause_key` integer NOT NULL,
	`counts` blob NOT NULL,
	PRIMARY KEY(`period_kind`, `period`, `department_key`, `cause_key`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `root_causes` (
	`id` integer PRIMARY KEY NOT NULL,
	`department_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`retired_at` integer,
	`merged_into_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `root_causes_department_name` ON `root_causes` (`department_id`,`name`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`impersonated_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_unique` ON `sessions` (`token`);--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY NOT NULL,
	`source_system` text NOT NULL,
	`external_id` text NOT NULL,
	`opened_at` integer NOT NULL,
	`resolved_at` integer,
	`channel` text NOT NULL,
	`customer_id` integer NOT NULL,
	`product_id` integer,
	`order_ref` text,
	`root_cause_id` integer,
	`department_id` integer,
	`severity` text DEFAULT 'medium' NOT NULL,
	`csat` integer,
	`fix_cost_cents` integer DEFAULT 0 NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`handle_seconds` integer DEFAULT 0 NOT NULL,
	`contact_count` integer DEFAULT 0 NOT NULL,
	`is_recurrence` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`root_cause_id`) REFERENCES `root_causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_source_external` ON `tickets` (`source_system`,`external_id`);--> statement-breakpoint
CREATE INDEX `tickets_opened` ON `tickets` (`opened_at`);--> statement-breakpoint
CREATE INDEX `tickets_recurrence_key` ON `tickets` (`customer_id`,`root_cause_id`,`opened_at`,`resolved_at`);--> statement-breakpoint
CREATE INDEX `tickets_department_opened` ON `tickets` (`department_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `tickets_cause_opened` ON `tickets` (`root_cause_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `tickets_product_opened` ON `tickets` (`product_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `tickets_open_backlog` ON `tickets` (`opened_at`) WHERE resolved_at IS NULL;--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`role` text DEFAULT 'analyst' NOT NULL,
	`department_id` integer,
	`banned` integer DEFAULT false,
	`ban_reason` text,
	`ban_expires` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
