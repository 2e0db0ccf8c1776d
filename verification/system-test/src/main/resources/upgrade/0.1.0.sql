-- The database of release 0.1.0 with data in it, made by ReleaseDump (system-test) with the EAR of main at commit 42b653f: docs/upgrades.md.
--
-- PostgreSQL database dump
--

\restrict rONgjSAha8C32EsQgiZGmpDRXTJ15QK4aphGX0ZY4U38b9l20eKpcyuCJDzjpH5

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


--
-- Name: SCHEMA public; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA public IS '';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: auth_challenge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_challenge (
    challenge_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    request_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    token_hash character varying(64) NOT NULL,
    channel character varying(8) NOT NULL,
    code_hash character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    failed_attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone
);


--
-- Name: auth_client_traffic; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_client_traffic (
    client_id character varying(64) NOT NULL,
    window_start timestamp with time zone NOT NULL,
    request_count integer NOT NULL
);


--
-- Name: auth_gsp_association; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_gsp_association (
    client_id character varying(64) NOT NULL,
    association_id character varying(100) NOT NULL,
    user_id character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_gsp_exchange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_gsp_exchange (
    client_id character varying(64) NOT NULL,
    method character varying(16) NOT NULL,
    request_id character varying(100) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    answer character varying(2000) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_gsp_otp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_gsp_otp (
    otp_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    request_id character varying(100) NOT NULL,
    destination_hash character varying(64) NOT NULL,
    user_id character varying(64),
    code_hash character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    failed_attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone
);


--
-- Name: auth_init_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_init_request (
    client_id character varying(64) NOT NULL,
    request_id character varying(64) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    result_code character varying(64) NOT NULL,
    result_message character varying(256) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_send_gate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_send_gate (
    destination_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_threeds_challenge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_threeds_challenge (
    challenge_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    request_id character varying(64) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    partner_client_id character varying(64) NOT NULL,
    delivery character varying(8) NOT NULL,
    code_hash character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    failed_attempts integer NOT NULL,
    max_attempts integer NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    verified_at timestamp with time zone,
    phone_hash character varying(64)
);


--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user (
    user_id character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    email character varying(254),
    phone character varying(16),
    locale character varying(35) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_wallet_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_wallet_token (
    token_hash character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    client_id character varying(64) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: auth_wrong_code; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_wrong_code (
    holder_key character varying(80) NOT NULL,
    failed_at timestamp with time zone NOT NULL
);


--
-- Name: bench_baseline_call; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bench_baseline_call (
    call_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    called_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_access_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_access_token (
    token_hash character varying(64) NOT NULL,
    client_id character varying(64) NOT NULL,
    customer_id character varying(64) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_client (
    client_id character varying(64) NOT NULL,
    name character varying(128) NOT NULL,
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_client_jose_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_client_jose_key (
    client_id character varying(64) NOT NULL,
    key_id character varying(128) NOT NULL,
    key_use character varying(3) NOT NULL,
    jwk character varying(4000) NOT NULL,
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_client_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_client_key (
    client_id character varying(64) NOT NULL,
    key_version integer NOT NULL,
    public_key character varying(4096) NOT NULL,
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_customer_contract; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_customer_contract (
    client_id character varying(64) NOT NULL,
    customer_id character varying(64) NOT NULL,
    authorization_type character varying(16) NOT NULL,
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_notification_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_notification_attempt (
    attempt_id character varying(36) NOT NULL,
    notification_id character varying(36) NOT NULL,
    attempt_no integer NOT NULL,
    attempted_at timestamp with time zone NOT NULL,
    http_status integer,
    outcome character varying(16) NOT NULL,
    detail character varying(256),
    latency_ms bigint NOT NULL
);


--
-- Name: cfg_notify_endpoint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_notify_endpoint (
    client_id character varying(64) NOT NULL,
    notify_url character varying(2048) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_otp_preference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_otp_preference (
    client_id character varying(64) NOT NULL,
    customer_id character varying(64) NOT NULL,
    preference character varying(3) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: cfg_partner_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cfg_partner_notification (
    notification_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    customer_id character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    sealed_body character varying(4096),
    challenge_expires_at timestamp with time zone NOT NULL,
    round_attempts integer NOT NULL,
    schedule_start timestamp with time zone,
    next_attempt_at timestamp with time zone NOT NULL,
    claim_token character varying(36),
    last_outcome character varying(256),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: gw_seen_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gw_seen_request (
    digest character varying(64) NOT NULL,
    client_id character varying(64) NOT NULL,
    kept_until timestamp with time zone NOT NULL
);


--
-- Name: ntf_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ntf_attempt (
    attempt_id character varying(36) NOT NULL,
    message_id character varying(36) NOT NULL,
    gateway character varying(32) NOT NULL,
    outcome character varying(16) NOT NULL,
    provider_message_id character varying(128),
    latency_ms bigint NOT NULL,
    detail character varying(256),
    attempted_at timestamp with time zone NOT NULL,
    encoding character varying(8),
    segments integer
);


--
-- Name: ntf_message; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ntf_message (
    message_id character varying(36) NOT NULL,
    client_id character varying(64) NOT NULL,
    channel character varying(8) NOT NULL,
    destination character varying(254) NOT NULL,
    locale character varying(35) NOT NULL,
    kind character varying(32) NOT NULL,
    sealed_values character varying(4096),
    status character varying(16) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    provider_message_id character varying(128),
    last_error character varying(256),
    receipt_at timestamp with time zone,
    erase_destination boolean DEFAULT false NOT NULL
);


--
-- Name: srv_secret_fingerprint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.srv_secret_fingerprint (
    secret_name character varying(40) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Data for Name: auth_challenge; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_challenge (challenge_id, client_id, request_id, user_id, token_hash, channel, code_hash, status, failed_attempts, max_attempts, expires_at, created_at, verified_at) FROM stdin;
531a9cce-8c7e-4a6c-9b0f-cc7698272b11	IT_0871773F865A4F4187EB	auth_b0daeb70-8bd6-41ea-8f0f-7e6206bc2b9b	it-cd4d1508-f37f-4c8f-b737-182a7a576ff9	759cf744b66727afe299e5f555c0dfad7ec9413c8633d84f3fa95d863c1eb5d0	SMS	3ff4fe69d2e3869b3ae0303db50c4e85de81f2f6e8453d3a843c36b58aef6ad1	PENDING	0	5	2026-12-07 04:06:25.70718+00	2026-12-07 04:01:25.70718+00	\N
081ebbf1-6221-488a-9030-3b0e17335f58	IT_0871773F865A4F4187EB	auth_68fd0034-91ec-4100-a461-aa73dd454e74	it-4c9711fe-9e34-4a2f-ae48-d6b86dc199ac	e8f5918e67166da059bf64f66b455a2e023782904c1202e3ebd0523f4faa9dae	EMAIL	3f7a109d0f5e112f1e77224e688b45b47f78edf8b004c0397a8b4a8da5795d7f	PENDING	0	5	2026-12-07 04:06:29.251483+00	2026-12-07 04:01:29.251483+00	\N
\.


--
-- Data for Name: auth_client_traffic; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_client_traffic (client_id, window_start, request_count) FROM stdin;
IT_0871773F865A4F4187EB	2026-12-07 04:01:00+00	60
\.


--
-- Data for Name: auth_gsp_association; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_gsp_association (client_id, association_id, user_id, created_at) FROM stdin;
\.


--
-- Data for Name: auth_gsp_exchange; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_gsp_exchange (client_id, method, request_id, fingerprint, answer, created_at) FROM stdin;
\.


--
-- Data for Name: auth_gsp_otp; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_gsp_otp (otp_id, client_id, request_id, destination_hash, user_id, code_hash, status, failed_attempts, max_attempts, expires_at, created_at, verified_at) FROM stdin;
\.


--
-- Data for Name: auth_init_request; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_init_request (client_id, request_id, fingerprint, result_code, result_message, created_at) FROM stdin;
IT_0871773F865A4F4187EB	auth_b0daeb70-8bd6-41ea-8f0f-7e6206bc2b9b	46a69934551102fff17def94f52f1d90a77d3c5e60c513d19738b2373806eb33	SUCCESS	success	2026-12-07 04:01:25.70718+00
IT_0871773F865A4F4187EB	auth_68fd0034-91ec-4100-a461-aa73dd454e74	852377fbdf3d0a41841961c167bdbbd6afaced843809836b5685ad7c15b1f03e	SUCCESS	success	2026-12-07 04:01:29.251483+00
\.


--
-- Data for Name: auth_send_gate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_send_gate (destination_hash, created_at) FROM stdin;
\.


--
-- Data for Name: auth_threeds_challenge; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_threeds_challenge (challenge_id, client_id, request_id, fingerprint, partner_client_id, delivery, code_hash, status, failed_attempts, max_attempts, expires_at, created_at, verified_at, phone_hash) FROM stdin;
dd0c1edb-4fd3-4b85-846b-55fbbcadbb54	IT_0C292773028147D8AFA1	3ds-bdfbdcdf-a0eb-482a-9afe-da4fae6d912e	6461dc49be1491ac9522a45e04252d557af8da729d4ab5b17eeacb669b70b792	IT_50B978B1F5414A5D9818	PARTNER	cdb83727fcdc0e08ab6c9a3eab5083ff39b134fbfe10391d740f9d7bfa0cb17b	PENDING	0	5	2026-12-07 04:06:32.117404+00	2026-12-07 04:01:32.117404+00	\N	03d5a9b4ceec6f956be40c66e09202bb3bab16c723bf27f4027fb40cb6ea4842
\.


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user (user_id, status, email, phone, locale, created_at) FROM stdin;
it-cd4d1508-f37f-4c8f-b737-182a7a576ff9	NORMAL	user-180e8de2-0e7@example.com	+15557339662	en	2026-12-07 04:01:15.898383+00
it-4c9711fe-9e34-4a2f-ae48-d6b86dc199ac	NORMAL	user-9d310c8e-b28@example.com	\N	en	2026-12-07 04:01:28.915656+00
\.


--
-- Data for Name: auth_wallet_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_wallet_token (token_hash, user_id, client_id, expires_at, revoked_at, created_at) FROM stdin;
759cf744b66727afe299e5f555c0dfad7ec9413c8633d84f3fa95d863c1eb5d0	it-cd4d1508-f37f-4c8f-b737-182a7a576ff9	IT_0871773F865A4F4187EB	2027-01-06 04:01:18.614916+00	\N	2026-12-07 04:01:18.614916+00
e8f5918e67166da059bf64f66b455a2e023782904c1202e3ebd0523f4faa9dae	it-4c9711fe-9e34-4a2f-ae48-d6b86dc199ac	IT_0871773F865A4F4187EB	2027-01-06 04:01:29.117447+00	\N	2026-12-07 04:01:29.117447+00
\.


--
-- Data for Name: auth_wrong_code; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_wrong_code (holder_key, failed_at) FROM stdin;
\.


--
-- Data for Name: bench_baseline_call; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bench_baseline_call (call_id, client_id, called_at) FROM stdin;
\.


--
-- Data for Name: cfg_access_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_access_token (token_hash, client_id, customer_id, expires_at, revoked_at, created_at) FROM stdin;
\.


--
-- Data for Name: cfg_client; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_client (client_id, name, status, created_at) FROM stdin;
IT_0871773F865A4F4187EB	System test partner	ACTIVE	2026-12-07 04:01:07.001817+00
IT_50B978B1F5414A5D9818	System test partner	ACTIVE	2026-12-07 04:01:08.230999+00
IT_0C292773028147D8AFA1	System test partner	ACTIVE	2026-12-07 04:01:09.958981+00
\.


--
-- Data for Name: cfg_client_jose_key; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_client_jose_key (client_id, key_id, key_use, jwk, status, created_at) FROM stdin;
\.


--
-- Data for Name: cfg_client_key; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_client_key (client_id, key_version, public_key, status, created_at) FROM stdin;
IT_0871773F865A4F4187EB	1	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmLGZ4+CfxO37D/XoyINb\nPX07BPIY6CrCF5iOD5Rjv/z085ve7y4gNnamHKyEWncwyHxfdWdc3DU5tJ+2tajM\nD6jLfIsGglKkVB4sWpiBOlMwe+auCgzhDrOcX0MA3MzS5M9or4evja8iiSADZp5U\nmttAgrcxgqKxwzHRxgtKs3xZQ1RGlIlEKptOqGTuweWqjwKlzRRH1cmPBWBTHY5o\n5Ilpi4WInwHZNOiKJMWfhyygHsdxH1wq7PUEsbNWBp6wOLQlaMyXFCx7p5X2RlAO\nvXWRMS6AydwgaT8XhGC8QZI6KYR30e3V/1dQUyCKeTGQHItAdrNw/oesR4dr2eXy\nqQIDAQAB\n-----END PUBLIC KEY-----\n	ACTIVE	2026-12-07 04:01:07.168845+00
IT_50B978B1F5414A5D9818	1	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAspfM7Kt/ZDa5bi7IZ7DS\n+qo0KnQybYziGjyGZwgK/edYGO17M73cCVIOzb31EJoxca0K9QJkiSGGInZobPAp\n65CwL3efLf+YGvX2AnN5BhG9yFzf3ybuXF9TzJ0LhTQfjhnbDaEgDs+q+Qu054qv\nX1YS9LNYujI7Y9rOSndTBl8QeRunehE2daU6LTCnqtTvaRg6VeoTjRQny71FsOBj\nh/x5/RhNDzog4Mng3AXa2IKHSael95QMLhQiO8H1ixWZ93A5KzvEVXWyp1JHqjkb\nikTkOQsJyjo7TKiEM3yKMa1aWu0zQOK7X5rJE/Cd790nE9xHXsGM8cAjSzBbBCux\nzwIDAQAB\n-----END PUBLIC KEY-----\n	ACTIVE	2026-12-07 04:01:08.350552+00
IT_0C292773028147D8AFA1	1	-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu4Lds8iT9zdP3DGrbH/0\nl8WFxYbnpsQgqlmBdDQt41Qi+FD2W2iLJW8KHtPSZQ/k5tfyqM3HzD3amVExveeq\nMvoaXTvbJEgTNypaq3Jba4BY37OrMOlxPLYkBcsUwP+D2MfMq39CaWvGlRRJHBkf\nhRpD/YB/JR8t0E8yHKoVoNQdYMFvsQP/eDlvormnUGwf7qLzyokmBk3RUE7fkOJ3\nEt58+fSXAzidwZ3adpXcURgK/YcbGs304Hxeksc+p0qmgkDIcMKshAR+d4A5eJ+m\nnV7SuYZA5PmS5bW7YV14s1zaP8vcaSEVeuNap7BGLEOEOQHwFWKO1Myu67TwlY7w\nDQIDAQAB\n-----END PUBLIC KEY-----\n	ACTIVE	2026-12-07 04:01:10.074132+00
\.


--
-- Data for Name: cfg_customer_contract; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_customer_contract (client_id, customer_id, authorization_type, status, created_at) FROM stdin;
\.


--
-- Data for Name: cfg_notification_attempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_notification_attempt (attempt_id, notification_id, attempt_no, attempted_at, http_status, outcome, detail, latency_ms) FROM stdin;
74e261f4-970f-4695-9a86-efaaeed3bcb2	f78ae861-fa1b-40ea-a303-67ebb0dc6ac0	1	2026-12-07 04:01:33.763207+00	\N	RETRY	IOException: HTTP/1.1 header parser received no bytes	3961
199b7516-c781-4f2e-875c-6a9600dc0841	f78ae861-fa1b-40ea-a303-67ebb0dc6ac0	2	2026-12-07 04:01:40.011574+00	\N	RETRY	ConnectException	291
4b70b479-6c9f-45cf-b89b-0218f1f7ab7c	f78ae861-fa1b-40ea-a303-67ebb0dc6ac0	3	2026-12-07 04:01:41.271444+00	\N	RETRY	ConnectException	149
\.


--
-- Data for Name: cfg_notify_endpoint; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_notify_endpoint (client_id, notify_url, updated_at) FROM stdin;
IT_50B978B1F5414A5D9818	http://127.0.0.1:39833/partner/9c8eab92-2780-4191-9c92-f66d2f8fddb0/notify/otp	2026-12-07 04:01:29.659637+00
\.


--
-- Data for Name: cfg_otp_preference; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_otp_preference (client_id, customer_id, preference, updated_at) FROM stdin;
IT_50B978B1F5414A5D9818		ON	2026-12-07 04:01:30.9493+00
\.


--
-- Data for Name: cfg_partner_notification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cfg_partner_notification (notification_id, client_id, customer_id, status, sealed_body, challenge_expires_at, round_attempts, schedule_start, next_attempt_at, claim_token, last_outcome, created_at, updated_at) FROM stdin;
f78ae861-fa1b-40ea-a303-67ebb0dc6ac0	IT_50B978B1F5414A5D9818		PENDING	qbq6gJK+qWDDHXp7JbRd4ThE3rjrkPhTPi3PFWI04nS/5uVmGMusNQ5rwTYBaDaDCTaTa4Tx9OhiA/LgxW4ICbSnaC03sftE9xiQ1hKVxaNf3ljB0pbHFmu9pEci6JJncS0JTmQmLz2DatV9P1WZKmwuW0kvKPm+oWB5xFln3FStRfewv7+quEAK3j7d8huu/bJbTAhbCF1d2wOWhKqs/1O4Y0A59wpb+kdtI60Lovrmg09Nboe9EzZY1/OnGLnRPFf0iiBNDuXILxqy9kiSBmhTyOOsaP8B9cMbQF6KyzLmxR2dmDcVqu8w6FuHrOnbNwgrqCZKP64IhUSZ2eooex6kVnQOWLaPjHD5	2026-12-07 04:06:32.117404+00	3	2026-12-07 04:01:33.370569+00	2026-12-07 04:01:34.690569+00	\N	ConnectException	2026-12-07 04:01:32.439914+00	2026-12-07 04:01:41.481525+00
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	partner clients	SQL	V1__partner_clients.sql	-666298237	postgres	2026-12-07 04:00:44.065379	209	t
2	2	wallet authentication	SQL	V2__wallet_authentication.sql	2070016885	postgres	2026-12-07 04:00:44.497994	147	t
3	3	notification outbox	SQL	V3__notification_outbox.sql	1188131542	postgres	2026-12-07 04:00:44.806749	216	t
4	4	sms receipts and segments	SQL	V4__sms_receipts_and_segments.sql	946994476	postgres	2026-12-07 04:00:45.143535	59	t
5	5	partner accounts	SQL	V5__partner_accounts.sql	-198058145	postgres	2026-12-07 04:00:45.273532	17	t
6	6	threeds challenges	SQL	V6__threeds_challenges.sql	719161396	postgres	2026-12-07 04:00:45.421083	52	t
7	7	partner notifications	SQL	V7__partner_notifications.sql	-2055217165	postgres	2026-12-07 04:00:45.612161	147	t
8	8	payment integrator	SQL	V8__payment_integrator.sql	-2116640096	postgres	2026-12-07 04:00:45.852403	100	t
9	9	benchmark baseline	SQL	V9__benchmark_baseline.sql	515553921	postgres	2026-12-07 04:00:46.003758	22	t
10	10	replayed requests	SQL	V10__replayed_requests.sql	-522460104	postgres	2026-12-07 04:00:46.143561	47	t
11	11	wrong code budget	SQL	V11__wrong_code_budget.sql	-1646682264	postgres	2026-12-07 04:00:46.270796	29	t
12	12	retention and erasure	SQL	V12__retention_and_erasure.sql	130962412	postgres	2026-12-07 04:00:46.390276	61	t
13	13	secret fingerprints	SQL	V13__secret_fingerprints.sql	-1014764392	postgres	2026-12-07 04:00:46.514172	52	t
\.


--
-- Data for Name: gw_seen_request; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.gw_seen_request (digest, client_id, kept_until) FROM stdin;
056228dc1db103e770adaaa324be3aa8f0f13ea4daa7cf0f2c3aca6f90f967b1	IT_50B978B1F5414A5D9818	2026-12-07 04:11:29.897+00
\.


--
-- Data for Name: ntf_attempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ntf_attempt (attempt_id, message_id, gateway, outcome, provider_message_id, latency_ms, detail, attempted_at, encoding, segments) FROM stdin;
479fe883-4904-4f53-91e2-7274d80dd2e8	0d529b42-6696-49bb-9804-ee317a07bc84	smpp	FAILOVER	\N	75	Cannot bind to the SMSC at 127.0.0.1:12775: Connection refused	2026-12-07 04:01:28.266569+00	GSM7	1
73b8d9a5-e86a-4c28-b695-88a458e81dcc	0d529b42-6696-49bb-9804-ee317a07bc84	sink	SENT	sink-0d529b42-6696-49bb-9804-ee317a07bc84	16	\N	2026-12-07 04:01:28.341569+00	GSM7	1
0c9dff3b-f823-4d55-abbd-a2db72c2ac5d	a9725e69-33f7-47cd-866d-70d87bfebaa7	smtp	RETRY	\N	4769	The mail server did not take the message: MailConnectException	2026-12-07 04:01:29.389788+00	\N	\N
630ec6b0-573d-4028-8e41-f079f08d68f9	a9725e69-33f7-47cd-866d-70d87bfebaa7	smtp	RETRY	\N	187	The mail server did not take the message: MailConnectException	2026-12-07 04:01:40.883768+00	\N	\N
\.


--
-- Data for Name: ntf_message; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ntf_message (message_id, client_id, channel, destination, locale, kind, sealed_values, status, attempts, next_attempt_at, created_at, finished_at, provider_message_id, last_error, receipt_at, erase_destination) FROM stdin;
0d529b42-6696-49bb-9804-ee317a07bc84	IT_0871773F865A4F4187EB	SMS	+15557339662	en	OTP_CODE	\N	SENT	1	2026-12-07 04:01:27.925888+00	2026-12-07 04:01:27.925888+00	2026-12-07 04:01:28.558339+00	sink-0d529b42-6696-49bb-9804-ee317a07bc84	\N	\N	f
a9725e69-33f7-47cd-866d-70d87bfebaa7	IT_0871773F865A4F4187EB	EMAIL	user-9d310c8e-b28@example.com	en	OTP_CODE	b6tvH5Dzowru+OiVnF+EJfHdtIomD3+6tFDtcoPccxg6PBljp+u3O8U/ANX9o7sho8WVLSMm7ylKE+JGGZEEt/4c+IMI9MASxOiIB9JGMdxu3ZOmYSBIRK5TUbL7qEl8bjOUWcPA	QUEUED	2	2026-12-07 04:01:51.07154+00	2026-12-07 04:01:29.326839+00	\N	\N	smtp: The mail server did not take the message: MailConnectException	\N	f
\.


--
-- Data for Name: srv_secret_fingerprint; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.srv_secret_fingerprint (secret_name, fingerprint, recorded_at) FROM stdin;
pepper	568f8f20ad383662b24d2a729633d08e598ffc92ac670e8232a83863d68a9ccd	2026-12-07 04:00:47.110658+00
sealing-key	83c8dface6ad01c3ff8d2bf11deeadb42397e57508d8784aaad0db539bc2cb74	2026-12-07 04:00:47.123502+00
\.


--
-- Name: auth_challenge auth_challenge_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_challenge
    ADD CONSTRAINT auth_challenge_pkey PRIMARY KEY (challenge_id);


--
-- Name: auth_challenge auth_challenge_request; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_challenge
    ADD CONSTRAINT auth_challenge_request UNIQUE (client_id, request_id);


--
-- Name: auth_client_traffic auth_client_traffic_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_client_traffic
    ADD CONSTRAINT auth_client_traffic_pkey PRIMARY KEY (client_id, window_start);


--
-- Name: auth_gsp_association auth_gsp_association_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_gsp_association
    ADD CONSTRAINT auth_gsp_association_pkey PRIMARY KEY (client_id, association_id);


--
-- Name: auth_gsp_exchange auth_gsp_exchange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_gsp_exchange
    ADD CONSTRAINT auth_gsp_exchange_pkey PRIMARY KEY (client_id, method, request_id);


--
-- Name: auth_gsp_otp auth_gsp_otp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_gsp_otp
    ADD CONSTRAINT auth_gsp_otp_pkey PRIMARY KEY (otp_id);


--
-- Name: auth_gsp_otp auth_gsp_otp_request; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_gsp_otp
    ADD CONSTRAINT auth_gsp_otp_request UNIQUE (client_id, request_id);


--
-- Name: auth_init_request auth_init_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_init_request
    ADD CONSTRAINT auth_init_request_pkey PRIMARY KEY (client_id, request_id);


--
-- Name: auth_send_gate auth_send_gate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_send_gate
    ADD CONSTRAINT auth_send_gate_pkey PRIMARY KEY (destination_hash);


--
-- Name: auth_threeds_challenge auth_threeds_challenge_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_threeds_challenge
    ADD CONSTRAINT auth_threeds_challenge_pkey PRIMARY KEY (challenge_id);


--
-- Name: auth_threeds_challenge auth_threeds_challenge_request; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_threeds_challenge
    ADD CONSTRAINT auth_threeds_challenge_request UNIQUE (client_id, request_id);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (user_id);


--
-- Name: auth_wallet_token auth_wallet_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_wallet_token
    ADD CONSTRAINT auth_wallet_token_pkey PRIMARY KEY (token_hash);


--
-- Name: bench_baseline_call bench_baseline_call_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bench_baseline_call
    ADD CONSTRAINT bench_baseline_call_pkey PRIMARY KEY (call_id);


--
-- Name: cfg_access_token cfg_access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_access_token
    ADD CONSTRAINT cfg_access_token_pkey PRIMARY KEY (token_hash);


--
-- Name: cfg_client_jose_key cfg_client_jose_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_client_jose_key
    ADD CONSTRAINT cfg_client_jose_key_pkey PRIMARY KEY (client_id, key_id);


--
-- Name: cfg_client_key cfg_client_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_client_key
    ADD CONSTRAINT cfg_client_key_pkey PRIMARY KEY (client_id, key_version);


--
-- Name: cfg_client cfg_client_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_client
    ADD CONSTRAINT cfg_client_pkey PRIMARY KEY (client_id);


--
-- Name: cfg_customer_contract cfg_customer_contract_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_customer_contract
    ADD CONSTRAINT cfg_customer_contract_pkey PRIMARY KEY (client_id, customer_id);


--
-- Name: cfg_notification_attempt cfg_notification_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_notification_attempt
    ADD CONSTRAINT cfg_notification_attempt_pkey PRIMARY KEY (attempt_id);


--
-- Name: cfg_notify_endpoint cfg_notify_endpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_notify_endpoint
    ADD CONSTRAINT cfg_notify_endpoint_pkey PRIMARY KEY (client_id);


--
-- Name: cfg_otp_preference cfg_otp_preference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_otp_preference
    ADD CONSTRAINT cfg_otp_preference_pkey PRIMARY KEY (client_id, customer_id);


--
-- Name: cfg_partner_notification cfg_partner_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_partner_notification
    ADD CONSTRAINT cfg_partner_notification_pkey PRIMARY KEY (notification_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: gw_seen_request gw_seen_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gw_seen_request
    ADD CONSTRAINT gw_seen_request_pkey PRIMARY KEY (digest);


--
-- Name: ntf_attempt ntf_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ntf_attempt
    ADD CONSTRAINT ntf_attempt_pkey PRIMARY KEY (attempt_id);


--
-- Name: ntf_message ntf_message_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ntf_message
    ADD CONSTRAINT ntf_message_pkey PRIMARY KEY (message_id);


--
-- Name: srv_secret_fingerprint srv_secret_fingerprint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.srv_secret_fingerprint
    ADD CONSTRAINT srv_secret_fingerprint_pkey PRIMARY KEY (secret_name);


--
-- Name: auth_challenge_user_sent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_challenge_user_sent ON public.auth_challenge USING btree (user_id, channel, created_at);


--
-- Name: auth_gsp_otp_destination; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_gsp_otp_destination ON public.auth_gsp_otp USING btree (destination_hash, created_at);


--
-- Name: auth_wrong_code_holder; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_wrong_code_holder ON public.auth_wrong_code USING btree (holder_key, failed_at);


--
-- Name: cfg_notification_attempt_of; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cfg_notification_attempt_of ON public.cfg_notification_attempt USING btree (notification_id, attempted_at);


--
-- Name: cfg_partner_notification_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cfg_partner_notification_due ON public.cfg_partner_notification USING btree (status, next_attempt_at);


--
-- Name: cfg_partner_notification_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cfg_partner_notification_updated ON public.cfg_partner_notification USING btree (updated_at);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: ntf_attempt_message; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ntf_attempt_message ON public.ntf_attempt USING btree (message_id);


--
-- Name: ntf_message_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ntf_message_due ON public.ntf_message USING btree (status, next_attempt_at);


--
-- Name: ntf_message_finished; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ntf_message_finished ON public.ntf_message USING btree (finished_at);


--
-- Name: ntf_message_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ntf_message_provider ON public.ntf_message USING btree (provider_message_id);


--
-- Name: auth_challenge auth_challenge_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_challenge
    ADD CONSTRAINT auth_challenge_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.auth_user(user_id);


--
-- Name: auth_gsp_association auth_gsp_association_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_gsp_association
    ADD CONSTRAINT auth_gsp_association_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.auth_user(user_id);


--
-- Name: auth_wallet_token auth_wallet_token_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_wallet_token
    ADD CONSTRAINT auth_wallet_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.auth_user(user_id);


--
-- Name: cfg_access_token cfg_access_token_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_access_token
    ADD CONSTRAINT cfg_access_token_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: cfg_client_jose_key cfg_client_jose_key_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_client_jose_key
    ADD CONSTRAINT cfg_client_jose_key_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: cfg_client_key cfg_client_key_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_client_key
    ADD CONSTRAINT cfg_client_key_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: cfg_customer_contract cfg_customer_contract_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_customer_contract
    ADD CONSTRAINT cfg_customer_contract_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: cfg_notification_attempt cfg_notification_attempt_notification_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_notification_attempt
    ADD CONSTRAINT cfg_notification_attempt_notification_id_fkey FOREIGN KEY (notification_id) REFERENCES public.cfg_partner_notification(notification_id);


--
-- Name: cfg_notify_endpoint cfg_notify_endpoint_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_notify_endpoint
    ADD CONSTRAINT cfg_notify_endpoint_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: cfg_otp_preference cfg_otp_preference_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cfg_otp_preference
    ADD CONSTRAINT cfg_otp_preference_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.cfg_client(client_id);


--
-- Name: ntf_attempt ntf_attempt_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ntf_attempt
    ADD CONSTRAINT ntf_attempt_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.ntf_message(message_id);


--
-- PostgreSQL database dump complete
--

\unrestrict rONgjSAha8C32EsQgiZGmpDRXTJ15QK4aphGX0ZY4U38b9l20eKpcyuCJDzjpH5

