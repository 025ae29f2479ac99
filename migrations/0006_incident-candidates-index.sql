DROP INDEX `cases_school_created`;--> statement-breakpoint
CREATE INDEX `cases_incident_candidates` ON `cases` (`school_id`,("signature" is not null),`created_at`,`status`,`incident_id`,`id`);