-- Run once by the postgres image when its data volume is new (docker-entrypoint-initdb.d), as POSTGRES_USER.
-- POSTGRES_DB (otp) is the Payara server's database; WildFly gets one of its own: the two servers are two
-- separate installations here, not two nodes of one (nodes share one database AND one set of secrets).
CREATE DATABASE otp_wildfly;
