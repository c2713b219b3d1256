SELECT id FROM journal_identity
