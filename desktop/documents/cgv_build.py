"""Derive the structured CGV (JSON) from the verbatim seed text extracted from the CGV PDF.

Never retype the CGV: this script reads the seed and only restores its structure.

    .venv/bin/python -m desktop.documents.cgv_build            # rewrites resources/cgv/*.json
    .venv/bin/python -m desktop.documents.cgv_build --check    # exit 1 if the JSON is stale

Rules, in the order they are tried on each non-blank line of the seed:
- a line ``N. TITLE`` where N is the next article number, after a blank line, opens article N;
- a line ``N.k text`` (N the current article) opens a numbered sub-clause;
- a line ``• text`` opens a bullet item (consecutive items form one list);
- a line that only holds a URL already present earlier in the text is PDF extraction debris
  (a page footer that slipped into art. 23.1): it is dropped and recorded in ``omitted_lines``;
- a short line (< 40 characters) after a blank line, right above text, closing nothing open,
  is a sub-heading (art. 19: « Résiliation par cegecom s.a. », « Résiliation par le Client »);
- otherwise the line continues the open paragraph or item — also across blank lines when the
  text so far does not end a sentence (page breaks in mid-sentence: art. 6, 13.4, 18, 23.1,
  23.2, bullets of art. 17 and 19) — or, after a blank line that follows the end of a
  sentence, starts a new paragraph;
- a short line (< 55 characters) ending with a full stop and directly followed by more text
  is a hard line break in the original: the paragraph ends there (art. 2, art. 24).
Hard line wraps are re-joined with one space, or with none after a word broken at a hyphen
(« non-|exécution », « dommages-|intérêts »).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.documents.cgv import Article, Block, CgvDocument, file_stem

_URL_LINE = re.compile(r"^https?://\S+$")
_TERMINAL = (".", ";", ":", "!", "?")
SUBHEADING_MAX = 40
HARD_BREAK_MAX = 55


@dataclass
class _Unit:
    kind: str  # "paragraph" | "bullet"
    number: str = ""
    text: str = ""

    def add(self, line: str) -> None:
        if not self.text:
            self.text = line
        elif self.text.endswith("-") and len(self.text) > 1 and self.text[-2].isalpha():
            self.text += line
        else:
            self.text += " " + line


@dataclass
class _ArticleBuilder:
    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)

    def close_list(self) -> None:
        if self.bullets:
            self.blocks.append(Block(kind="bullets", items=tuple(self.bullets)))
            self.bullets = []

    def add_unit(self, unit: _Unit) -> None:
        if unit.kind == "bullet":
            self.bullets.append(unit.text)
            return
        self.close_list()
        self.blocks.append(Block(kind="paragraph", number=unit.number, text=unit.text))

    def add_subheading(self, text: str) -> None:
        self.close_list()
        self.blocks.append(Block(kind="subheading", text=text))

    def build(self) -> Article:
        self.close_list()
        return Article(number=self.number, title=self.title, blocks=tuple(self.blocks))


def _clean(line: str) -> str:
    return " ".join(line.split())


def parse_seed(text: str, version: str) -> CgvDocument:
    raw = text.splitlines()
    lines = [_clean(line) for line in raw]
    start = next(i for i, line in enumerate(lines) if line)
    title = lines[start]
    articles: list[Article] = []
    current: _ArticleBuilder | None = None
    unit: _Unit | None = None
    omitted: list[str] = []
    seen_text: list[str] = [title]
    gap = False

    def flush() -> None:
        nonlocal unit
        if unit is not None and current is not None:
            current.add_unit(unit)
        unit = None

    for i in range(start + 1, len(lines)):
        line = lines[i]
        if not line:
            gap = True
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if _URL_LINE.match(line) and any(line in earlier for earlier in seen_text):
            omitted.append(line)
            continue
        seen_text.append(line)
        heading = re.match(rf"^{len(articles) + (current is not None) + 1}\.\s+(\S.*)$", line)
        if heading and (gap or current is None):
            flush()
            if current is not None:
                articles.append(current.build())
            current = _ArticleBuilder(number=str(len(articles) + 1), title=heading.group(1))
            gap = False
            continue
        if current is None:
            raise ValueError(f"seed line {i + 1}: text before the first article: {line!r}")
        clause = re.match(rf"^({re.escape(current.number)}\.\d+)\s+(.*)$", line)
        ended = unit is None or unit.text.endswith(_TERMINAL)
        if clause:
            flush()
            unit = _Unit("paragraph", number=clause.group(1))
            unit.add(clause.group(2))
        elif line.startswith("•"):
            flush()
            unit = _Unit("bullet")
            unit.add(line[1:].strip())
        elif (
            gap
            and ended
            and len(line) < SUBHEADING_MAX
            and line[0].isupper()
            and following
            and not following.startswith("•")
        ):
            flush()
            current.add_subheading(line)
        elif unit is not None and (not gap or not ended):
            unit.add(line)
        else:
            flush()
            unit = _Unit("paragraph")
            unit.add(line)
        gap = False
        if (
            unit is not None
            and unit.kind == "paragraph"
            and len(line) < HARD_BREAK_MAX
            and line.endswith(".")
            and following
        ):
            flush()
    flush()
    if current is not None:
        articles.append(current.build())
    return CgvDocument(version=version, title=title, articles=tuple(articles), omitted_lines=tuple(omitted))


def seed_path(version: str, lang: str = "fr") -> Path:
    """cgv-<version>.txt, the French original; cgv-<version>.<lang>.txt, a translation."""
    from desktop.paths import resource

    return resource("cgv", f"{file_stem(version, lang)}.txt")


def json_path(version: str, lang: str = "fr") -> Path:
    from desktop.paths import resource

    return resource("cgv", f"{file_stem(version, lang)}.json")


def render_json(doc: CgvDocument) -> str:
    return json.dumps(doc.to_json(), ensure_ascii=False, indent=1) + "\n"


def build(version: str, lang: str = "fr") -> str:
    return render_json(parse_seed(seed_path(version, lang).read_text(encoding="utf-8"), version))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Structure a CGV seed text into JSON.")
    parser.add_argument("--version", default="2023-09-01", help="CGV version (file name part)")
    parser.add_argument("--lang", default="fr", help="language of the text (fr: the original)")
    parser.add_argument("--check", action="store_true", help="only check the JSON is up to date")
    args = parser.parse_args(argv)
    text = build(args.version, args.lang)
    target = json_path(args.version, args.lang)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date; run python -m desktop.documents.cgv_build", file=sys.stderr)
            return 1
        return 0
    from desktop.documents.files import write_atomic

    write_atomic(target, text.encode("utf-8"))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
