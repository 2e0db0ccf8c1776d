-- The partner webhooks' tables take the name of their owner, notification-module's outbox (its webhook channel);
-- V7 named them when config-module sent the notifications. Rows, keys and constraints stay as they are.
ALTER TABLE cfg_partner_notification RENAME TO ntf_webhook;
ALTER TABLE cfg_notification_attempt RENAME TO ntf_webhook_attempt;
ALTER INDEX cfg_partner_notification_due RENAME TO ntf_webhook_due;
ALTER INDEX cfg_partner_notification_updated RENAME TO ntf_webhook_updated;
ALTER INDEX cfg_notification_attempt_of RENAME TO ntf_webhook_attempt_of;
