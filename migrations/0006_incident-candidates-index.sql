DROP INDEX `cases_school_created`;--> statement-breakpoint
CREATE INDEX `cases_school_created` ON `cases` (`school_id`,`created_at`,`status`,`incident_id`,`id`);