CREATE TABLE `case_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
-- Started at random, so that a process holding windows of another database of the same name (restored,
-- or made anew) does not take them for this one's.
INSERT INTO `case_changes` (`id`, `count`) VALUES (1, abs(random() % 1000000000000));
--> statement-breakpoint
CREATE TRIGGER `cases_candidate_changed` AFTER UPDATE ON `cases`
WHEN NEW.`school_id` IS NOT OLD.`school_id`
  OR NEW.`signature` IS NOT OLD.`signature`
  OR NEW.`incident_id` IS NOT OLD.`incident_id`
  OR NEW.`created_at` IS NOT OLD.`created_at`
  OR (NEW.`status` = 'invalid') IS NOT (OLD.`status` = 'invalid')
BEGIN
  UPDATE `case_changes` SET `count` = `count` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_candidate_deleted` AFTER DELETE ON `cases`
BEGIN
  UPDATE `case_changes` SET `count` = `count` + 1 WHERE `id` = 1;
END;
