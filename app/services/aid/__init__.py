"""Trauma-recovery aid: rates, decisions and the provider register."""
