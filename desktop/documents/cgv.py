"""The CGV as a structured document: articles, numbered sub-clauses, paragraphs, bullet lists.

The structure is derived from the verbatim seed text by ``desktop.documents.cgv_build``
and shipped as JSON in resources/cgv/. Its words are exactly the seed's (tested), so the
pack prints the CGV complete and unchanged, only laid out for reading.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

BULLET = "•"

BlockKind = Literal["paragraph", "subheading", "bullets"]


@dataclass(frozen=True)
class Block:
    """One block of an article: a paragraph (maybe a numbered sub-clause), a sub-heading or a list."""

    kind: BlockKind
    text: str = ""
    number: str = ""
    items: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        if self.kind == "bullets":
            return {"kind": self.kind, "items": list(self.items)}
        out: dict[str, Any] = {"kind": self.kind}
        if self.number:
            out["number"] = self.number
        out["text"] = self.text
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        kind = data["kind"]
        if kind not in ("paragraph", "subheading", "bullets"):
            raise ValueError(f"unknown CGV block kind {kind!r}")
        return cls(
            kind=kind,
            text=str(data.get("text", "")),
            number=str(data.get("number", "")),
            items=tuple(str(i) for i in data.get("items", ())),
        )


@dataclass(frozen=True)
class Article:
    number: str
    title: str
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}"


@dataclass(frozen=True)
class CgvDocument:
    version: str  # e.g. "2023-09-01"
    title: str
    articles: tuple[Article, ...]
    omitted_lines: tuple[str, ...] = ()  # seed lines that are extraction debris, not text

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "title": self.title,
            "omitted_lines": list(self.omitted_lines),
            "articles": [
                {"number": a.number, "title": a.title, "blocks": [b.to_json() for b in a.blocks]}
                for a in self.articles
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CgvDocument:
        return cls(
            version=str(data["version"]),
            title=str(data["title"]),
            omitted_lines=tuple(str(x) for x in data.get("omitted_lines", ())),
            articles=tuple(
                Article(
                    number=str(a["number"]),
                    title=str(a["title"]),
                    blocks=tuple(Block.from_json(b) for b in a["blocks"]),
                )
                for a in data["articles"]
            ),
        )

    def lines(self) -> Iterator[str]:
        """The text as printed, one logical line per heading, paragraph or bullet item."""
        yield self.title
        for article in self.articles:
            yield article.heading
            for block in article.blocks:
                if block.kind == "bullets":
                    yield from (f"{BULLET} {item}" for item in block.items)
                elif block.number:
                    yield f"{block.number} {block.text}"
                else:
                    yield block.text

    def plain_text(self) -> str:
        return "\n".join(self.lines()) + "\n"

    def words(self) -> list[str]:
        return self.plain_text().split()

    def sha256(self) -> str:
        """Hash of the printed text (what the evidence page names as the CGV text's hash)."""
        return hashlib.sha256(self.plain_text().encode("utf-8")).hexdigest()


def load_cgv(path: Path) -> CgvDocument:
    with path.open(encoding="utf-8") as handle:
        return CgvDocument.from_json(json.load(handle))


def cgv_from_json_text(text: str) -> CgvDocument:
    return CgvDocument.from_json(json.loads(text))
