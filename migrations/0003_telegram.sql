CREATE TABLE `conversations` (
	`contact_id` text PRIMARY KEY NOT NULL,
	`step` text,
	`school_id` text,
	`new_report` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `message_batches` (
	`provider` text NOT NULL,
	`batch_key` text NOT NULL,
	`case_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`provider`, `batch_key`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `officer_link_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `media` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `buttons` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `address_box` text;