"""Immutable value objects without the start-up cost of `dataclasses`.

`import dataclasses` pulls in `inspect` and costs a headless command about 11 ms of its
~35 ms budget (measured in `make bench`, issue 2). `Value` gives the domain what it used
from frozen dataclasses — a keyword/positional constructor from the annotated fields,
defaults, `__post_init__` validation, immutability, equality, hashing, repr and `replace` —
and type checkers see a frozen dataclass through PEP 681 `dataclass_transform`.

Fields are the annotated names of the class body, in order; a value class does not
inherit fields from another value class (none in the domain needs to).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, Self, dataclass_transform
else:

    def dataclass_transform(**_: object) -> object:
        return lambda cls: cls


_MISSING = object()


@dataclass_transform(frozen_default=True, eq_default=True)
class Value:
    __slots__ = ("__dict__",)
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # not inspect.get_annotations: importing inspect is the cost this module avoids
        annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        cls._fields = tuple(n for n, kind in annotations.items() if not str(kind).startswith("ClassVar"))
        cls._defaults = {name: cls.__dict__[name] for name in cls._fields if name in cls.__dict__}
        seen_default = False
        for name in cls._fields:
            if name in cls._defaults:
                seen_default = True
            elif seen_default:
                raise TypeError(f"{cls.__name__}.{name}: a field without default follows one with a default")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} arguments, {len(args)} given")
        values = dict(zip(fields, args, strict=False))
        for name in fields[len(args) :]:
            value = kwargs.pop(name, _MISSING)
            if value is _MISSING:
                value = self._defaults.get(name, _MISSING)
                if value is _MISSING:
                    raise TypeError(f"{type(self).__name__}() missing argument {name!r}")
            values[name] = value
        if kwargs:
            raise TypeError(f"{type(self).__name__}() got unexpected arguments {sorted(kwargs)}")
        self.__dict__.update(values)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def _astuple(self) -> tuple[Any, ...]:
        return tuple(self.__dict__[name] for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Value)
        return self._astuple() == other._astuple()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._astuple()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (validated again)."""
        values = {name: self.__dict__[name] for name in self._fields}
        values.update(changes)
        return type(self)(**values)

    def as_dict(self) -> dict[str, Any]:
        return {name: self.__dict__[name] for name in self._fields}
