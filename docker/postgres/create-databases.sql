-- Run once by the postgres image when its data volume is new (docker-entrypoint-initdb.d), as POSTGRES_USER.
-- POSTGRES_DB (otp) is the Payara Server installation's database (both of its nodes, payara and payara-2);
-- WildFly and Payara Micro get one each: the three servers are three separate installations here.
CREATE DATABASE otp_wildfly;
CREATE DATABASE otp_micro;
