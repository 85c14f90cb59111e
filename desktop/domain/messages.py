"""Messages for people as an identifier and typed parameters, rendered in a language at the edge.

The domain, db, the services, the documents and the commands never assemble a sentence: they
build a `Message` ("offer.not_editable", number="OF-2026-0001", status=OfferStatus.PRESENTED)
and raise or return it. The UI, the CLI and the pack render it in the reader's language with
`desktop.i18n`, which installs itself as this module's renderer when it is imported; until then
(a pure domain test) a message reads as its identifier and parameters.

Parameters keep their types (int, Decimal, date, an enum, another Message) so that numbers,
money, dates and labels are formatted for the language they are rendered in; the catalogue's
template says how (`{amount:money}`, `{day:date}`, `{status:in_sentence}`, see desktop.i18n).
A parameter named `count` selects the plural form ("1 ligne", "3 lignes", "3 Zeilen").

Tests assert identifiers and parameters, never a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

TYPE_CHECKING = False  # typing and dataclasses cost start-up time on the quote path
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Message", "MessageError", "install_renderer", "msg", "render"]


class Message:
    """What to say, without the words: `id` names the catalogue entry, `params` fill it.

    Immutable and compared by value (a plain class rather than a dataclass: the domain's
    import stays light, see tests/domain/test_value.py)."""

    __slots__ = ("id", "params")
    id: str
    params: Mapping[str, Any]

    def __init__(self, id: str, params: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "params", {} if params is None else params)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Message is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.id == other.id and dict(self.params) == dict(other.params)

    def __repr__(self) -> str:
        return f"Message(id={self.id!r}, params={dict(self.params)!r})"

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, Any]]]:  # pickle, copy
        return Message, (self.id, dict(self.params))

    def __str__(self) -> str:
        return render(self)

    def __hash__(self) -> int:
        return hash((self.id, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))

    def text(self, lang: str | None = None) -> str:
        """This message in `lang` (default: the current language, see desktop.i18n)."""
        return render(self, lang)


def msg(message_id: str, /, **params: Any) -> Message:
    """`Message(message_id, params)`: msg("offer.not_found", offer_id=12)."""
    return Message(message_id, params)


Renderer = Callable[[Message, "str | None"], str]
_renderer: Renderer | None = None


def install_renderer(renderer: Renderer | None) -> None:
    """Called by desktop.i18n when it is imported; None restores the bare rendering."""
    global _renderer
    _renderer = renderer


def _bare(message: Message) -> str:
    if not message.params:
        return message.id
    inner = ", ".join(f"{k}={_bare(v) if isinstance(v, Message) else v!r}" for k, v in message.params.items())
    return f"{message.id}({inner})"


def render(message: Message, lang: str | None = None) -> str:
    """`message` in `lang` (None: the current language) through the installed renderer."""
    if _renderer is None:
        return _bare(message)
    return _renderer(message, lang)


class MessageError(Exception):
    """An error whose text is a `Message`: `error.message` for tests and the edge, `str(error)`
    for a log or a reader in the current language."""

    def __init__(self, message: Message | str, *args: object) -> None:
        # a str is the text of an error not yet given an identifier (none is left in the code:
        # tests/i18n/test_sentences.py); it is shown as it is, in whatever language it was written
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return render(self.message) if isinstance(self.message, Message) else self.message
