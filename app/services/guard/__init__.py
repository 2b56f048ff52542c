"""Guarding the data: accounts and log-in, visibility, audit trail, retention, security settings."""
