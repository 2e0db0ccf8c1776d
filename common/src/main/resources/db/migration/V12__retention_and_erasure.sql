-- Retention: final messages and partner notifications are purged in batches, oldest first, after their retention.
CREATE INDEX ntf_message_finished ON ntf_message (finished_at);
CREATE INDEX cfg_partner_notification_updated ON cfg_partner_notification (updated_at);

-- Erasure: a message still queued when its end user is erased keeps its destination until it is final, then drops it.
ALTER TABLE ntf_message ADD COLUMN erase_destination BOOLEAN DEFAULT FALSE NOT NULL;
