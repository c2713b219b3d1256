SELECT pg_notify('tessera_live', ?)
