"""Team mode's sync between a workstation's local store (its working copy) and the team server (docs/team.md)."""
