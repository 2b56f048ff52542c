"""The store below the services: opening it (encrypted), its key, its backups and its word-search index."""
