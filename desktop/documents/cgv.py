"""The CGV as a structured document: articles, numbered sub-clauses, paragraphs, bullet lists.

The structure is derived from the verbatim seed text by ``desktop.documents.cgv_build``
and shipped as JSON in resources/cgv/. Its words are exactly the seed's (tested), so the
pack prints the CGV complete and unchanged, only laid out for reading.

Translations. The company publishes its CGV in French (`cgv-<version>.txt`, the text that
binds). A translation it publishes of a version lies beside it as `cgv-<version>.<lang>.txt`
(its verbatim text, lang `de` or `en`) with its structure `cgv-<version>.<lang>.json`
(`python -m desktop.documents.cgv_build --version <version> --lang <lang>`); a pack in that
language attaches it, before the French text, which is always attached. Without the JSON the
text is structured when it is read.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger(__name__)

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


def file_stem(version: str, lang: str = "fr") -> str:
    """The resource name of a CGV version: cgv-2023-09-01 (French), cgv-2023-09-01.de."""
    return f"cgv-{version}" if lang == "fr" else f"cgv-{version}.{lang}"


def cgv_folder() -> Path:
    from desktop.paths import resource

    return resource("cgv")


def load_translation(version: str, lang: str, folder: Path | None = None) -> CgvDocument | None:
    """The CGV `version` as published in `lang` (not French), or None when there is none.

    A file that cannot be read or is of another version is left out (and logged): the pack
    then attaches the French text only, which is the one that binds anyway."""
    if lang == "fr":
        return None
    root = folder if folder is not None else cgv_folder()
    stem = file_stem(version, lang)
    structure, text = root / f"{stem}.json", root / f"{stem}.txt"
    try:
        if structure.is_file():
            document = load_cgv(structure)
        elif text.is_file():
            from desktop.documents.cgv_build import parse_seed

            document = parse_seed(text.read_text(encoding="utf-8"), version)
        else:
            return None
    except Exception as exc:  # any damage (an empty text: StopIteration; JSON nested too deep)
        log.error("CGV translation %s unreadable, French only: %s", stem, exc)
        return None
    if document.version != version or not document.articles:
        log.error("CGV translation %s is not of version %s, French only", stem, version)
        return None
    return document
