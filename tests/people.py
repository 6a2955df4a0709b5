"""Who talks to the bot in its tests, in-process and end-to-end: the chats allowed, a stranger, an admin."""

ALLOWED = 1001
ALLOWED_2 = 1002
STRANGER = 6666
GROUP = -100200300
ADMIN = 4242
