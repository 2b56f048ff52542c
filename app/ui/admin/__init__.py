"""Administration: users, lists kept in three languages, security, backups, the audit trail."""
