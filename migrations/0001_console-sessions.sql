CREATE TABLE `console_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`secret_hash` text NOT NULL,
	`locale` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `console_sessions_officer` ON `console_sessions` (`officer_id`);