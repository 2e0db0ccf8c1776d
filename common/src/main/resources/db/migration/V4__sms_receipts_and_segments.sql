-- SMS delivery receipts: when the SMSC said the message reached the handset (or never will).
ALTER TABLE ntf_message ADD COLUMN receipt_at TIMESTAMP WITH TIME ZONE;
-- Receipts name the message by the gateway's id.
CREATE INDEX ntf_message_provider ON ntf_message (provider_message_id);

-- What an SMS cost: GSM7 or UCS2, and the number of segments (each billed as one SMS).
ALTER TABLE ntf_attempt ADD COLUMN encoding VARCHAR(8);
ALTER TABLE ntf_attempt ADD COLUMN segments INTEGER;
