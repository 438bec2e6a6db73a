-- First start of compose.yaml's database: the two roles the portal uses and its database, as in
-- README's "An external PostgreSQL needs two roles". The passwords come from the db service's environment.
\getenv owner_password GONGJIAN_DB_OWNER_PASSWORD
\getenv app_password GONGJIAN_DB_PASSWORD
create role gongjian_owner login password :'owner_password';
create role gongjian_app login password :'app_password';
create database gongjian owner gongjian_owner;
\c gongjian
alter schema public owner to gongjian_owner;
revoke create on schema public from public;
grant usage on schema public to gongjian_app;
