"""The shell: start-up, the main window, log-in, the lock, the session and drafts offered again."""
