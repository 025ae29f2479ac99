ALTER TABLE `cases` ADD `signature` text;--> statement-breakpoint
CREATE INDEX `cases_incident` ON `cases` (`incident_id`);