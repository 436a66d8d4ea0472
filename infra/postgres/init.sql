-- Databases of the distributed mode (docker-compose mounts this into the PostgreSQL image's init folder).
CREATE DATABASE send_assessment;
CREATE DATABASE send_ehcp;
CREATE DATABASE send_gateway;
CREATE DATABASE send_placement;
CREATE DATABASE send_mediation;
CREATE DATABASE send_funding;
-- The key store (KEY_STORE_URL): the children's data keys, apart from every service's events.
CREATE DATABASE send_keys;
