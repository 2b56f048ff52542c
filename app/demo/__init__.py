"""Demo data: users and realistic contacts, for trying the program and for screenshots."""
