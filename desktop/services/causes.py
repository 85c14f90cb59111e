"""What an underlying error says, and lists of findings, as Messages (records.* catalogue).

`cause(exc)` is what an error the services pass on says, as a message parameter: the error's
own Message when it carries one (a MessageError), an OSError's reason in the reader's language
(desktop.os_errors), else its text as it came (an SQLite or library error, in the words that
library wrote); the sentence around it is translated either way.

`first_line(exc)` is the first line of what a database driver said (SQLAlchemy keeps it as
`orig`), the part a message quotes.

`joined(items)` is findings one after the other, separated as each language separates them
("a ; b" in French, "a; b" in German and English).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.messages import Message, msg


def cause(exc: BaseException) -> Message | str:
    """What `exc` says: its Message, an OSError's reason translated, or its text."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    if isinstance(exc, OSError) and exc.errno is not None:  # the system's refusal, translated
        from desktop.os_errors import os_reason

        return os_reason(exc)
    return str(exc).strip() or type(exc).__name__


def first_line(exc: BaseException) -> str:
    """The first line of the driver's error under `exc` (or of `exc`'s text), never empty."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def joined(items: Sequence[Message | str]) -> Message | str:
    """`items` (at least one) as one text: "first ; second ; third" in the reader's language."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return msg("records.join", first=items[0], rest=joined(items[1:]))
