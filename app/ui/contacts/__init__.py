"""The contact form, the log and the dialogs of a contact (history, case, access)."""
