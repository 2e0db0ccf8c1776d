-- How many wrong codes each holder has on record in auth_wrong_code (owner: auth-module), kept with the row that
-- is locked while its codes are checked: never fewer than its rows there (the housekeeping's deletions of expired
-- ones leave it higher), so that a holder below its budget is known to be without counting its window.
ALTER TABLE auth_user ADD COLUMN wrong_codes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE auth_send_gate ADD COLUMN wrong_codes INTEGER DEFAULT 0 NOT NULL;
UPDATE auth_user SET wrong_codes =
    (SELECT COUNT(*) FROM auth_wrong_code WHERE auth_wrong_code.holder_key = 'user:' || auth_user.user_id);
UPDATE auth_send_gate SET wrong_codes =
    (SELECT COUNT(*) FROM auth_wrong_code WHERE auth_wrong_code.holder_key = 'phone:' || auth_send_gate.destination_hash);
