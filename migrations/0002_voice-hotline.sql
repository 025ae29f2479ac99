CREATE TABLE `voice_calls` (
	`call_sid` text PRIMARY KEY NOT NULL,
	`language` text NOT NULL,
	`school_id` text,
	`school_attempts` integer DEFAULT 0 NOT NULL,
	`empty_recordings` integer DEFAULT 0 NOT NULL,
	`status_attempts` integer DEFAULT 0 NOT NULL,
	`status_ref` text,
	`case_id` text,
	`pin_box` text,
	`recording_sid` text,
	`recording_box` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
