package dev.otpserver.common.persistence;

/** Fired once the schema is up to date at deployment: the moment startup work may touch the database. */
public record SchemaMigrated(String schemaVersion) {}
