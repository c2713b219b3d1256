SELECT accept_journal(?, ?)
