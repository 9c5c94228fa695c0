"""The section tree of a PDF report: numbered headings and unnumbered parts.

A numbered line is a heading only when its number continues the tree sanely (the
next section, a first subsection, a new chapter seen through its first section, or a
chapter whose line shows it opens one: ``SectionTree.jumps``) and its level keeps the
type its level was first seen in.

Unnumbered parts (Samenvatting, Voorwoord, Bijlage A, Literatuurlijst) are chapter
openings no number could be given to, and subheadings on their own line whose title is
a part title of ``patterns.layout`` (front titles only before the first numbered heading)
with running text below them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..document import Para, part_id
from ..model import Section
from ..patterns import layout as L
from .lines import Line, union_bbox


class SectionTree:
    """The numbered section tree: accepts only numbers that continue it sanely."""

    def __init__(self) -> None:
        self.path: list[int] = []  # current numbers, e.g. [4, 3, 2]
        self.styles: dict[int, tuple[float, bool]] = {}  # level -> (size, bold) seen first

    def fits(
        self,
        parts: list[int],
        style: tuple[float, bool] | None = None,
        opens: bool = False,
        display: bool = False,
    ) -> bool:
        """Does the numbered heading ``parts`` (in type ``style``) continue the tree?

        A heading goes on from the current one: the next number of its level or of a level
        above, a first subsection, or a new chapter seen through its first section ("5.1"
        after "4.3"), skipping at most one number; its level keeps the type it was first
        seen in. :meth:`jumps` states when a chapter number may jump further.
        """
        level = len(parts)
        if display and self.jumps(parts):
            return True  # the chapter type is that of its own level: no type to compare
        known = self.styles.get(level)
        if style is not None and known is not None:
            if abs(known[0] - style[0]) > 0.3 or known[1] != style[1]:
                return False  # headings of one level share their type
        if level == 1:
            if opens and self.jumps(parts):
                return True
            if not self.path:
                return 1 <= parts[0] <= 3
            return self.path[0] < parts[0] <= self.path[0] + 2
        if len(self.path) < level - 1:
            if level == 2 and not self.path:
                return parts[1] <= 2  # first numbered section, chapter unseen
            return False
        if parts[:-1] != self.path[: level - 1]:
            # a new chapter seen only through its first section ("5.1" after "4.3")
            if level == 2 and self.path and self.path[0] < parts[0] <= self.path[0] + 2:
                return parts[1] <= 2
            return False
        prev = self.path[level - 1] if len(self.path) >= level else 0
        return prev < parts[-1] <= prev + 2

    def jumps(self, parts: list[int]) -> bool:
        """A chapter number that may jump: open the tree above 3 or skip numbers, as an
        excerpt starting at chapter 5 or a report printing a selection of its chapters
        does, but only upwards (the first chapter, or above the current one).

        It jumps only where its line shows that it opens a chapter, which :meth:`fits` is
        told by its reader: ``opens``, its own first subsection (N.1) is the next numbered
        heading line (the type of the chapters seen so far still applies); or ``display``,
        it is set in the chapter type at the top of its page.
        """
        return len(parts) == 1 and (not self.path or parts[0] > self.path[0])

    def take(self, parts: list[int], style: tuple[float, bool] | None = None) -> None:
        self.path = list(parts)
        if style is not None:
            self.styles.setdefault(len(parts), style)


def chapter_of(number: str, opening: dict[str, Any]) -> Section:
    """The chapter (level 1) that a chapter opening (title, page, bbox) starts."""
    return Section(
        number=number,
        title=opening["title"],
        level=1,
        parent=None,
        page=opening["page"],
        bbox=opening["bbox"],
    )


def number_openings(openings: list[dict[str, Any]], sections: list[Section]) -> None:
    """Number the unnumbered chapter openings that sit between two known chapters.

    ``openings`` are the chapter openings in document order (``number`` None when
    unknown; ``title``, ``page``, ``bbox``, ``index`` in ``sections`` and ``paras``
    under it); an opening right before chapter N (after chapter N-2) is chapter N-1,
    inserted into ``sections`` and given to its paragraphs.
    """
    for i, op in enumerate(openings):
        if op.get("number") is not None or "paras" not in op:
            continue
        nxt = openings[i + 1]["number"] if i + 1 < len(openings) else None
        before = [o["number"] for o in openings[:i] if o.get("number") is not None]
        prev_n = before[-1] if before else 0
        if nxt is not None and nxt - 1 == prev_n + 1 and nxt - 1 >= 1:
            number = str(nxt - 1)
            op["number"] = nxt - 1
            sec = chapter_of(number, op)
            sections.insert(op["index"], sec)
            for later in openings[i + 1 :]:
                if "index" in later:
                    later["index"] += 1
            for p in op["paras"]:
                p.section = number


# ---- unnumbered parts (Samenvatting, Bijlage A, Literatuurlijst) ----------------------


def part_title(text: str, front_allowed: bool) -> bool:
    """``text`` names an unnumbered part: a front title (only where ``front_allowed``: no
    numbered heading yet, no chapter opening around), a back title or an annex label."""
    text = " ".join(text.split())
    if front_allowed and L.PART_FRONT.fullmatch(text):
        return True
    return bool(L.PART_BACK.fullmatch(text) or L.PART_ANNEX.match(text))


def title_run(body: list[Line], idx: int) -> list[Line]:
    """The heading line ``body[idx]`` and the lines its title wraps onto (same type, close)."""
    ln = body[idx]
    run = [ln]
    for nxt in body[idx + 1 : idx + 3]:
        if (
            nxt.bold == ln.bold
            and abs(nxt.size - ln.size) < 0.2
            and nxt.top > run[-1].bottom - 0.2 * ln.size
            and nxt.baseline - run[-1].baseline < 1.6 * ln.size
            and not L.SENTENCE_END.search(run[-1].text)
            and nxt.role == "body"
        ):
            run.append(nxt)
        else:
            break
    return run


def text_follows(
    body: list[Line], run: list[Line], body_size: float, page_lines: Sequence[Line] = ()
) -> bool:
    """Running text stands below a title: nothing stands beside the title (as in a table
    of contents), and the next line is under it, in body type and not a contents entry.
    A title that ends its page's column is taken to be followed by the next page."""
    last = run[-1]
    if any(
        all(o is not t for t in run)
        and abs(o.baseline - t.baseline) < 0.3 * t.size
        and max(o.x0 - t.x1, t.x0 - o.x1) < 3 * t.size  # close beside, not a side column
        for o in [*body, *page_lines]
        for t in run
    ):
        return False  # an entry of a table of contents, its page title beside it
    idx = next(i for i, ln in enumerate(body) if ln is last)
    if idx + 1 >= len(body):
        return True
    nxt = body[idx + 1]
    return (
        nxt.top > last.bottom - 0.2 * last.size
        and not nxt.bold
        and abs(nxt.size - body_size) < 0.6
        and not L.DOT_LEADERS.search(nxt.text)
    )


def part_section(title: str, run: list[Line], taken: set[str]) -> Section:
    """The Section record of an unnumbered part whose title is printed on ``run``."""
    return Section(
        id=part_id(title, taken),
        number=None,
        title=title,
        level=1,
        parent=None,
        page=run[0].page,
        bbox=union_bbox(run),
    )


def stacked(a: Sequence[float], b: Sequence[float]) -> bool:
    """Box ``b`` stands under box ``a`` in the same column (their x-ranges overlap), not
    beside it as the title of another column. Boxes are (x0, top, x1, bottom)."""
    return min(a[2], b[2]) > max(a[0], b[0])


def merge_title_openings(openings: list[dict[str, Any]]) -> None:
    """A title and subtitle (or a title wrapped apart) in the biggest type on one page are
    one part: an unnumbered opening with no text under it joins the next one under it on
    its page (not one beside it, which opens another column)."""
    for op, nxt in zip(openings, openings[1:], strict=False):
        if (
            op.get("number") is None
            and nxt.get("number") is None
            and "key" in op
            and "key" in nxt
            and not op["paras"]
            and op["page"] == nxt["page"]
            and op["index"] == nxt["index"]
            and stacked(op["bbox"], nxt["bbox"])
        ):
            nxt["title"] = f"{op['title']} {nxt['title']}"
            x0, top, x1, bottom = op["bbox"]
            a0, atop, a1, abottom = nxt["bbox"]
            nxt["bbox"] = (min(x0, a0), min(top, atop), max(x1, a1), max(bottom, abottom))
            nxt["page"] = op["page"]
            op["merged_into"] = nxt
    for op in openings:  # a chain of three: point every one at the last
        while "merged_into" in op.get("merged_into", {}):
            op["merged_into"] = op["merged_into"]["merged_into"]


def resolve_openings(
    openings: list[dict[str, Any]], sections: list[Section], paras: list[Para], taken: set[str]
) -> None:
    """Chapter openings left without a number become unnumbered parts.

    Each opening's paragraphs carry its provisional id (``op["key"]``) as ``section_id``;
    afterwards they carry the chapter number (numbered openings) or the part's id.
    """
    final: dict[str, tuple[str | None, str]] = {}  # provisional key -> (number, id)
    merge_title_openings(openings)
    for op in reversed([o for o in openings if "key" in o and "merged_into" not in o]):
        if op.get("number") is not None:
            final[op["key"]] = (str(op["number"]), str(op["number"]))
            continue
        sec = Section(
            id="",
            number=None,
            title=op["title"],
            level=1,
            parent=None,
            page=op["page"],
            bbox=op["bbox"],
        )
        sections.insert(op["index"], sec)
        final[op["key"]] = (None, "")
        op["section"] = sec
    # ids in document order, so a recurring title's first part keeps the plain slug
    for op in (o for o in openings if "section" in o):
        op["section"].id = part_id(op["title"], taken)
        final[op["key"]] = (None, op["section"].id)
    for op in openings:
        if "merged_into" in op:
            final[op["key"]] = final[op["merged_into"]["key"]]
    for p in paras:
        if p.section_id in final:
            p.section, p.section_id = final[p.section_id]
