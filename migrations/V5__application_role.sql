-- The role the Lambda functions connect as: it reads and writes data and changes no schema. Only
-- the migrations run as the database's owner (the RDS master user, through its RDS-managed secret).
-- Roles belong to the whole server, so this creates it once and grants per database; on RDS the
-- role logs in with IAM tokens only (rds_iam), elsewhere (the embedded PostgreSQL, tests) as the
-- server's authentication allows.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cinesync_app') THEN
        CREATE ROLE cinesync_app LOGIN;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rds_iam') THEN
        GRANT rds_iam TO cinesync_app;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO cinesync_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cinesync_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cinesync_app;
-- the migrations' own bookkeeping is the owner's alone
REVOKE ALL ON flyway_schema_history FROM cinesync_app;
-- tables and sequences that later migrations create get the same grants
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cinesync_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO cinesync_app;
