CREATE TABLE `classification_rules` (
	`id` integer PRIMARY KEY NOT NULL,
	`field` text NOT NULL,
	`operator` text NOT NULL,
	`pattern` text NOT NULL,
	`root_cause_id` integer NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`created_by_user_id` text,
	FOREIGN KEY (`root_cause_id`) REFERENCES `root_causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
