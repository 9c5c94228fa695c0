"""Find and parse citations in a string: tokenizer (anchors) + per-kind parsers.

Like eyecite: a citation starts at an *anchor* (a word only a citation uses:
"Kamerstukken", "Stb.", a court name followed by a date, "ECLI", a URL …); the
parser for that kind then reads on from the anchor with short patterns matched at
a position, collecting fields until nothing more fits. Every pattern is a named
entry with worked examples in ``patterns/citations.py`` or ``patterns/courts.py``;
this module only combines them. Dates are read by ``extractors/dates.py``. The
records are :class:`Found` (position + the typed fields of ``model``), turned into
``model.Citation`` by ``extractors/citations.py``.

Nothing is invented: a field that cannot be read stays absent, and broken text
(garbled dates, cut-off ECLIs) yields a record with ``problems`` and
``malformed=True`` instead of being dropped or repaired by guessing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal, cast

import regex

from .. import digits
from ..model import (
    AanhangselFields,
    CaseLawFields,
    CitationFields,
    CitationKind,
    EuLegislationFields,
    HandelingenFields,
    KamerstukFields,
    OfficialJournalFields,
    OtherFields,
    ProvidedInfoFields,
    UrlFields,
)
from ..patterns import citations as P
from ..patterns import courts as C
from ..patterns.dates import YEAR_CENTURIES as _YEAR_CENTURIES
from ..patterns.grammar import Pattern, Prefilter
from . import dates

EuForm = Literal[
    "verordening", "richtlijn", "besluit", "uitvoeringsverordening", "uitvoeringsbesluit"
]
# The forms of EU legislation as typed in ``model.EuLegislationFields``, by name and
# by CELEX document-type letter (a CELEX number does not tell an implementing act).
_EU_FORM: dict[str, EuForm] = {
    "verordening": "verordening",
    "richtlijn": "richtlijn",
    "besluit": "besluit",
    "uitvoeringsverordening": "uitvoeringsverordening",
    "uitvoeringsbesluit": "uitvoeringsbesluit",
}
_CELEX_FORM: dict[str, EuForm] = {"R": "verordening", "L": "richtlijn", "D": "besluit"}


@dataclass
class Found:
    """One citation found in a string: where, what kind, and the parsed fields."""

    kind: CitationKind
    start: int
    end: int
    raw: str
    fields: CitationFields = field(default_factory=OtherFields)
    canonical: str | None = None
    url: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def malformed(self) -> bool:
        return bool(self.problems)


def is_ibid(text: str) -> bool:
    """True when a footnote only points back to the previous source ("Ibid.", "Idem", "Aldaar")."""
    m = P.IBID.match(text)
    if not m:
        return False
    rest = text[m.end() :].strip(" ,.;")
    # "Ibid., p. 5" still repeats the source; "Ibid. Zie ook Kamerstukken …" adds one.
    return len(rest) <= 20


# ---------------------------------------------------------------- helpers
def _session(m: regex.Match[str]) -> str:
    y1, y2 = m.group("y1"), m.group("y2")
    if len(y2) == 2:  # "2018/19"; "1999/00" runs into the next century
        y2 = str(int(y1[:2] + y2) + (100 if (y1[2:], y2) == ("99", "00") else 0))
    return f"{y1}-{y2}"


def parse_date(text: str) -> tuple[str | None, list[str]]:
    """ISO date from "05-06-2019" / "5 juni 2019"; (None, [problem]) when garbled.

    The value is read by the project's date grammar (``extractors.dates``); what this
    adds is saying what is wrong with a date that cannot be read.
    """
    long = P.LONG_DATE.fullmatch(text.strip())
    told, day = _long_day(long) if long else _numeric_day(text)
    if not told:
        # "5 juni. 2019": a stray full stop after the month does not hide the date
        read = dates.parse_date(f"{long['d']} {long['m']} {long['y']}" if long else text)
        day = read[0] if read is not None and read[1] == "day" else None
    if day is not None:
        return day, []
    if long:
        return None, [f"date: '{text}' is not a calendar date"]
    compact = _unspaced(text)
    parts = P.DATE_SEPARATOR.regex.split(compact)
    if len(parts) == 3 and all(digits.is_digits(p) for p in parts):
        if len(parts[2]) != 4:
            return None, [f"date: year in '{compact}' is not four digits"]
        if not 1900 <= int(parts[2]) <= 2099:
            return None, [f"date: year in '{compact}' is not between 1900 and 2099"]
        return None, [f"date: '{compact}' is not a calendar date"]
    return None, [
        f"date: '{compact}' is not a valid dd-mm-yyyy date (separator missing or misplaced)"
    ]


# How :func:`.dates.parse_date` reads a numeric date: these separators as "-".
_NUMERIC_SEPARATORS = str.maketrans("./", "--")


def _numeric_day(text: str) -> tuple[bool, str | None]:
    """(True, the ISO date or None) where :func:`.dates.parse_date` of ``text`` is told
    without the date grammar: a text of three runs of digits and separators ("05-06-2019",
    "3.12.2019", "28-02- 2020"), which it reads as a day, month and year with the
    grammar's numeric date (a day 1-31, a month 1-12, a year of the grammar's centuries,
    a date of the calendar) or not at all; (False, None) for any other text."""
    parts = "".join(text.split()).translate(_NUMERIC_SEPARATORS).split("-")
    if len(parts) != 3:
        return False, None
    day, month, year = (digits.to_int(p) for p in parts)
    if day is None or month is None or year is None:
        return False, None
    return True, _calendar_day(year, month, day)


def _long_day(long: regex.Match[str]) -> tuple[bool, str | None]:
    """:func:`_numeric_day` of a LONG_DATE match ("5 juni 2019", "12 Sept. 2019"), whose
    day and year :func:`.dates.parse_date` reads as the grammar's day of a month and its
    year; (False, None) for a month written in other than ASCII letters, whose case the
    grammar may equate with another letter's."""
    month = long["m"]
    number = P.MONTHS.get(month.lower()) if month.isascii() else None
    if number is None:
        return False, None
    return True, _calendar_day(int(long["y"]), number, int(long["d"]))


def _calendar_day(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day, month and year in the ranges the date grammar reads."""
    written = str(year)
    if not (1 <= day <= 31 and 1 <= month <= 12) or len(written) != 4:
        return None
    if written[:2] not in _YEAR_CENTURIES:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_ecli(text: str) -> tuple[str | None, list[str]]:
    """The normalised ECLI, or (None, problems) saying what is wrong with a broken one."""
    compact = _unspaced(text).rstrip(".").upper()
    if C.ECLI_VALID.fullmatch(compact):
        return compact, []
    problems = []
    body = compact[4:]
    if body.startswith("-") or body.startswith(":-"):
        problems.append("ecli: stray '-' after 'ECLI'")
    parts = [p for p in C.ECLI_PART_SEPARATOR.regex.split(body) if p]
    names = ["country", "court", "year", "number"]
    if not parts:
        problems.append("ecli: cut off after 'ECLI'")
    else:
        if len(parts) < 4:
            problems.append(
                f"ecli: missing {names[len(parts)]}"
                + ("" if len(parts) == 3 else " and later parts")
            )
        if len(parts) >= 1 and not C.ECLI_COUNTRY.fullmatch(parts[0]):
            problems.append(f"ecli: country code '{parts[0]}' is not two letters")
        if len(parts) >= 3 and not C.ECLI_YEAR.fullmatch(parts[2]):
            problems.append(f"ecli: year '{parts[2]}' is not four digits")
        if len(parts) > 4:
            problems.append("ecli: too many parts")
        if not problems:
            problems.append("ecli: not in the form ECLI:CC:COURT:YYYY:NUMBER")
    return None, problems


def ecli_link(ecli: str) -> str | None:
    if ecli.startswith("ECLI:NL:"):
        return P.RECHTSPRAAK_URL.format(ecli=ecli)
    if ecli.startswith("ECLI:EU:"):
        return P.EURLEX_ECLI_URL.format(ecli=ecli)
    return None


def _spaced(text: str) -> str:
    """``text`` with each run of white space one space (SPACE): the text itself when its
    only white space is single spaces (every white space character but the space is
    one ``str.isprintable`` refuses), without a substitution."""
    if "  " not in text and text.isprintable():
        return text
    return P.SPACE.sub(" ", text)


def _unspaced(text: str) -> str:
    """``text`` without white space (SPACE): the text itself when it holds none (see
    :func:`_spaced`), without a substitution."""
    if " " not in text and text.isprintable():
        return text
    return P.SPACE.sub("", text)


def _raw(text: str, start: int, end: int) -> str:
    return text[start:end].strip().rstrip(",;:").strip()


# ---------------------------------------------------------------- parliamentary papers
def _parse_parliamentary(text: str, m: regex.Match[str], kind: CitationKind) -> list[Found]:
    read: dict[str, Any] = {}  # what has been read so far
    groups = m.groupdict()
    chamber = (
        groups.get("chamber")
        or groups.get("chamber_only")
        or groups.get("chamber2")
        or groups.get("chamber3")
        or groups.get("chamber_word")
    )
    read["chamber"] = P.CHAMBERS.get(_spaced(chamber)) if chamber else None
    problems: list[str] = []
    pos = end = m.end()
    x: regex.Match[str] | _Span | None = None
    for _ in range(10):
        s = P.SEP.match(text, pos)
        assert s is not None  # SEP also matches the empty string
        p = s.end()
        if read["chamber"] is None and "session" not in read and (c := P.CHAMBER.match(text, p)):
            read["chamber"] = P.CHAMBERS[_spaced(c.group("chamber"))]
            x = c
        elif "session" not in read and (x := P.SESSION.match(text, p)):
            read["session"] = _session(x)
        elif (
            "session" not in read
            and "dossier" not in read
            and (x := P.GARBLED_SESSION.match(text, p))
        ):
            read["session"] = None  # "2020/2": cut short, not invented
            problems.append(f"session: garbled ({_unspaced(x.group(0))})")
        elif (
            kind != "aanhangsel"
            and "dossier" not in read
            and "number" not in read
            and (x := P.DOSSIER.match(text, p))
        ):
            read["dossier"] = x.group("dossier").replace(" ", "")
            read["subdossier"] = x.group("sub") or x.group("sub2")
            extra: list[str] = []
            q = x.end()
            while len(extra) < 5 and (y := P.EXTRA_DOSSIER.match(text, q)):
                extra.append(y.group("dossier").replace(" ", ""))
                q = y.end()
            read["extra_dossiers"] = extra
            x = _Span(q)
        elif (
            kind == "kamerstuk"
            and "dossier" not in read
            and (x := P.AANHANGSEL_WORD.match(text, p))
        ):
            kind = "aanhangsel"  # "Kamerstukken II 2021/22, Aanhangsel, nr. 1694"
        elif "number" not in read and (x := P.DOC_NUMBER.match(text, p)):
            number = x.group("number")
            read["number"] = number.upper() if len(number) <= 2 else number
            more: list[str] = []
            while len(more) < 10 and (y := P.MORE_NUMBERS.match(text, x.end())):
                more.append(y.group("more"))
                x = y
            read["more_numbers"] = more
        elif (
            "number" not in read
            and ("dossier" in read or (kind != "kamerstuk" and "session" in read))
            and (x := P.BARE_DOC_NUMBER.match(text, p))
        ):
            read["number"] = x.group("number")
        elif kind == "handelingen" and "item" not in read and (x := P.ITEM.match(text, p)):
            read["item"] = x.group("item")
        elif "page" not in read and (x := P.PAGE.match(text, p)):
            read["page"] = _unspaced(x.group("page"))
        elif "number" in read and "doc_type" not in read and (x := P.DOC_TYPE.match(text, p)):
            read["doc_type"] = x.group(0)[1:-1]
        else:
            break
        if x is None or x.end() <= pos:
            break  # every part read moves on: nothing is read twice
        pos = end = x.end()
    read["problems"] = problems
    first = _finish_parliamentary(text, m.start(), end, kind, read)
    if first is None or not read.get("more_numbers"):
        return [first] if first else []
    out = [first]
    for number in read["more_numbers"]:  # one record per document: "nrs. 431 en 437"
        # never None: the first record had what these need (a dossier, a number)
        more_found = _finish_parliamentary(text, m.start(), end, kind, dict(read, number=number))
        if more_found is not None:
            out.append(more_found)
    return out


class _Span:
    """A stand-in match that carries an end position (and optionally the text)."""

    def __init__(self, end: int, text: str = "") -> None:
        self._end = end
        self._text = text

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text


def _finish_parliamentary(
    text: str, start: int, end: int, kind: CitationKind, read: dict[str, Any]
) -> Found | None:
    chamber = read.get("chamber")
    session = read.get("session")
    number = read.get("number")
    if kind == "kamerstuk":
        if "dossier" not in read:
            return None  # "de Kamerstukken" in prose: no citation
        kst = KamerstukFields._made(
            chamber=chamber,
            session=session,
            dossier=read["dossier"],
            extra_dossiers=read.get("extra_dossiers", []),
            subdossier=read.get("subdossier"),
            number=number,
            page=read.get("page"),
        )
        canonical = None
        if number:
            sub = f"-{kst.subdossier}" if kst.subdossier else ""
            canonical = f"kst-{kst.dossier}{sub}-{number}"
        return _found(
            text, start, end, kind, kst, canonical, problems=list(read.get("problems", []))
        )
    if not (session or number):
        return None
    code = P.CHAMBER_CODE.get(chamber) if chamber else None
    compact = session.replace("-", "") if session else None
    if kind == "handelingen":
        hand = HandelingenFields._made(chamber=chamber, session=session, number=number,
                                 item=read.get("item"), page=read.get("page"),
                                 dossier=read.get("dossier") or None)  # fmt: skip
        canonical = None
        if code and compact and number and hand.item:
            canonical = f"h-{code}-{compact}-{number}-{hand.item}"
        return _found(text, start, end, kind, hand, canonical)
    ah = AanhangselFields._made(chamber=chamber, session=session, number=number)
    canonical = f"ah-{code}-{compact}-{number}" if code and compact and number else None
    return _found(text, start, end, kind, ah, canonical)


def _found(
    text: str,
    start: int,
    end: int,
    kind: CitationKind,
    fields: CitationFields,
    canonical: str | None,
    url: str | None = None,
    problems: list[str] | None = None,
) -> Found:
    if canonical and url is None and kind in ("kamerstuk", "handelingen", "aanhangsel", "staatscourant",
                                              "staatsblad", "tractatenblad"):  # fmt: skip
        url = P.OB_URL.format(canonical=canonical)
    # the span is exactly the raw text: spacing and separators trimmed from both
    raw = _raw(text, start, end)
    at = text.find(raw, start, end) if raw else -1
    if at >= 0:
        start, end = at, at + len(raw)
    return Found(kind, start, end, raw, fields, canonical, url, problems or [])


def _parse_gazette(text: str, m: regex.Match[str]) -> Found | None:
    kind, prefix = P.GAZETTES[m.group("gazette").lower()]
    b = P.GAZETTE_BODY.match(text, m.end())
    if not b:
        return None  # "gepubliceerd in de Staatscourant": no year and number, no citation
    fields = OfficialJournalFields._made(year=b.group("year"), number=b.group("number"))
    return _found(text, m.start(), b.end(), kind, fields, f"{prefix}-{fields.year}-{fields.number}")


# ---------------------------------------------------------------- case law
def _court_name(m: regex.Match[str]) -> str:
    for i, (_, name) in enumerate(C.COURTS):
        g = m.group(f"court{i}")
        if g is not None:
            if name in ("Rb.", "Hof"):
                place = C.COURT_PLACE_PREFIX.sub("", g)
                place = C.COURT_SEAT.sub("", place)  # the seat is not part of the court
                return f"{name} {place}" if name == "Hof" else f"Rb. {place}"
            return name
    return m.group(0)


def _parse_case(text: str, m: regex.Match[str]) -> Found:
    """Court, then in any order: date, case number(s), ECLI, name ("(Gnandi)", "‘Kittel’")."""
    fields = CaseLawFields._made(court=_court_name(m))
    problems: list[str] = []
    pos = end = m.end()
    x: regex.Match[str] | _Span | None
    for _ in range(12):
        skip = C.CASE_SKIP.match(text, pos)
        assert skip is not None  # CASE_SKIP also matches the empty string
        p = skip.end()
        paren = text.startswith("(", p)
        if (x := C.CASE_ASIDE.match(text, p)) is not None:
            pass
        elif (
            fields.date is None
            and not problems
            and (x := P.NUMERIC_DATE.match(text, p) or P.LONG_DATE.match(text, p))
        ):
            iso, probs = parse_date(x.group(0))
            fields.date = iso
            if probs:
                fields.date_text = x.group(0)
            problems += probs
        elif fields.case_number is None and (n := _case_numbers(text, p + paren, fields)):
            x = _Span(_close_paren(text, n, paren))
        elif (
            fields.ecli is None
            and fields.ecli_text is None
            and (x := C.ECLI.match(text, p + paren))
        ):
            written = x.group(0).rstrip(".")
            ecli, probs = parse_ecli(written)
            fields.ecli = ecli
            if probs:
                fields.ecli_text = written
            problems += probs
            x = _Span(_close_paren(text, x.start() + len(written), paren))
        elif fields.name is None and (
            x := C.NAME_PAREN.match(text, p) or C.NAME_QUOTED.match(text, p)
        ):
            fields.name = x.group("name").strip()
        elif (
            fields.name is None and fields.ecli is None and (x := C.NAME_BEFORE_ECLI.match(text, p))
        ):
            fields.name = x.group("name").strip()
        elif (
            fields.name is None
            and ";" not in text[pos:p]
            and (x := C.NAME_INLINE.match(text, p)) is not None
        ):
            fields.name = x.group("name").strip()
        else:
            break
        pos = end = x.end()
    canonical = fields.ecli
    return _found(text, m.start(), end, "case_law", fields, canonical,
                  ecli_link(canonical) if canonical else None, problems)  # fmt: skip


def _close_paren(text: str, end: int, paren: bool) -> int:
    """Past the ")" that closes a parenthesised case number or ECLI."""
    if paren and text.startswith(")", end):
        return end + 1
    return end


def _case_numbers(text: str, p: int, fields: CaseLawFields) -> int | None:
    """Case number and joined ones ("C-924/19 PPU en C-925/19 PPU") into ``fields``; the end."""
    x = _case_number(text, p, in_chain=True)
    if not x:
        return None
    numbers = [x[0]]
    joined: list[str] = []
    while (
        len(joined) < 10
        and (j := C.CASE_JOIN.match(text, x[1]))
        and (y := _case_number(text, j.end(), True))
    ):
        joined.append(y[0])
        x = y
    if joined:
        fields.joined_case_numbers = joined
    fields.case_number = ", ".join(numbers + joined)  # joined cases: every number, in order
    return x[1]


def _case_number(
    text: str, p: int, in_list: bool = False, in_chain: bool = False
) -> tuple[str, int] | None:
    """A case number at ``p``.

    Bare "19/1234" forms count after "nr.", in a list after one, or right after a court
    and date (``in_chain``: "HR 29 mei 2015, 13/04993"); old Hoge Raad numbers
    ("nr. 37 984", "nr. 43.219") only after "nr.".
    """
    prefix = C.CASE_PREFIX.match(text, p)
    if prefix and (x := C.HR_OLD_CASE.match(text, prefix.end())):
        return x.group(0), x.end()
    pre = prefix or in_list or in_chain
    q = pre.end() if pre and pre is not True else p
    if x := C.EU_CASE.match(text, q):
        return _eu_case(x), x.end()
    if x := C.RVS_CASE.match(text, q):
        return x.group("rvs"), x.end()
    x = C.NL_CASE_BARE.match(text, q) or (C.NL_CASE.match(text, q) if pre else None)
    if x is None:
        return None
    if suffix := C.CASE_SUFFIX.match(text, x.end()):  # "18/4567 AOW": the subject code stays
        return x.group(0) + suffix.group(0), suffix.end()
    return x.group(0), x.end()


def _eu_case(x: regex.Match[str]) -> str:
    out = f"{x.group('case')}-{x.group('cnum')}/{x.group('cyear')}"
    return out + (" PPU" if x.group("ppu") else "")


def _parse_bare_case(text: str, m: regex.Match[str]) -> Found:
    """A case number without court ("het arrest Zambrano (C- 34/09)"): court left unknown."""
    fields = CaseLawFields._made(case_number=_eu_case(m))
    start, end = m.start(), m.end()
    window = max(0, m.start() - 80)
    before = C.NAME_BEFORE.search(text[window : m.start()])
    if before:
        fields.name = before.group("name")
        start = window + before.start("name")  # "Ruiz Zambrano (C- 34/09)"
        end = _close_paren(text, end, True)
    # the court, when the sentence names it ("… heeft het Hof van Justitie bepaald")
    cuts = [c.end() for c in C.SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    stop = C.SENTENCE_BREAK.search(text, end)
    sentence = text[cuts[-1] if cuts else max(0, start - 300) : stop.start() if stop else None]
    if (m.group("case") == "C") and C.EU_COURT_NAMED.search(sentence):
        fields.court = "HvJ EU"
    return _found(text, start, end, "case_law", fields, None)


def _parse_bare_ecli(text: str, m: regex.Match[str], prefix: str = "") -> Found:
    """An ECLI without a court before it; the court is not read from the ECLI's code (only
    a printed court name fills ``court``). ``prefix`` completes one printed without "ECLI:"."""
    written = m.group(0).rstrip(".")
    ecli, problems = parse_ecli(prefix + written)
    fields = CaseLawFields._made(ecli=ecli, ecli_text=written if problems else None)
    end = m.start() + len(written)
    return _found(
        text, m.start(), end, "case_law", fields, ecli, ecli_link(ecli) if ecli else None, problems
    )


# ---------------------------------------------------------------- EU legislation
def _year(s: str) -> str | None:
    """The year a number of an EU act stands for: "2013", or "68" -> "1968" (older acts)."""
    if len(s) == 4 and 1950 <= int(s) <= 2099:
        return s
    if len(s) == 2 and int(s) >= 50:  # two-digit years were used until 1998
        return "19" + s
    return None


def _year_and_number(form: EuForm, n1: str, n2: str) -> tuple[str | None, str | None]:
    """(year, number) of an act written "n1/n2": regulations put the year second until 2015."""
    y1, y2 = _year(n1), _year(n2)
    if form in ("verordening", "uitvoeringsverordening"):
        if y1 and (len(n1) == 4 and int(n1) >= 2015 or not y2):
            return y1, n2
        return (y2, n1) if y2 else (None, None)
    return (y1, n2) if y1 else (None, None)


def _eu_act(
    text: str, start: int, end: int, form: EuForm, inst: str | None, n1: str, n2: str
) -> Found:
    year, num = _year_and_number(form, n1, n2)
    celex = f"3{year}{P.CELEX_TYPE[form]}{int(num):04d}" if year and num else None
    fields = EuLegislationFields._made(
        form=form, institution=inst, number=f"{n1}/{n2}", celex=celex
    )
    url = P.EURLEX_CELEX_URL.format(celex=celex) if celex else None
    return _found(text, start, end, "eu_legislation", fields, celex, url)


def _eu_form(word: str) -> EuForm:
    return _EU_FORM[P.EU_FORMS[_spaced(word.lower())]]


def _parse_eu(text: str, m: regex.Match[str]) -> list[Found]:
    """An EU act; a plural form ("Richtlijnen 2013/32/EU en 2013/33/EU") gives one per number."""
    word = m.group("form")
    form = _eu_form(word)
    inst = m.group("inst") or m.group("inst2")
    out = [_eu_act(text, m.start(), m.end(), form, inst, m.group("n1"), m.group("n2"))]
    plural = word.lower().endswith(("en", "s"))  # Verordeningen, Richtlijnen, Directives
    pos = m.end()
    while len(out) < 10 and (x := P.EU_MORE.match(text, pos)):
        # after a singular form only an act that names its institution ("Richtlijn
        # 2013/32/EU en 2013/33/EU"), so "Richtlijn 2013/32/EU en 2019/20" stays one act
        if not (plural or x.group("inst") or x.group("inst2")):
            break
        more_inst = x.group("inst") or x.group("inst2") or inst
        n1, n2 = x.group("n1"), x.group("n2")
        out.append(_eu_act(text, x.start("act"), x.end(), form, more_inst, n1, n2))
        pos = x.end()
    return out


def _parse_eu_bare(text: str, m: regex.Match[str]) -> list[Found]:
    """ "(EU) 2016/679" after a form word in the same clause ("de Verordening … (EU) 2016/679")."""
    if not (m.group("inst") or m.group("inst2")):
        return []  # "2019/20": no institution, no act
    before = P.EU_FORM_BEFORE.search(text[max(0, m.start() - 100) : m.start()])
    if not before:
        return []  # no form word: not known to be an act
    form = _eu_form(before.group("form"))
    inst = m.group("inst") or m.group("inst2")
    return [_eu_act(text, m.start(), m.end(), form, inst, m.group("n1"), m.group("n2"))]


def _eu_from_celex(text: str, m: regex.Match[str]) -> Found:
    celex = m.group("celex").upper()
    letters = P.CELEX_TYPE_LETTERS.match(celex)
    assert letters is not None  # the CELEX anchor has the same shape
    kind_letter = letters.group("type")
    form = _CELEX_FORM.get(kind_letter)
    year, num = celex[1:5], str(int(P.NON_DIGITS.sub("", celex[5 + len(kind_letter) :])[:4]))
    number = None
    if form == "verordening":
        number = f"{year}/{num}" if int(year) >= 2015 else f"{num}/{year}"
    elif form:
        number = f"{year}/{num}"
    fields = EuLegislationFields._made(form=form, number=number, celex=celex)
    return _found(
        text,
        m.start(),
        m.end(),
        "eu_legislation",
        fields,
        celex,
        P.EURLEX_CELEX_URL.format(celex=celex),
    )


# ---------------------------------------------------------------- other numbered documents
def _parse_eu_document(text: str, m: regex.Match[str]) -> Found:
    """ "COM(2020) 609 final": kind ``other`` with type, year, number and an EUR-Lex link."""
    kind, year, number = m.group("type").upper(), m.group("year"), m.group("number")
    fields = OtherFields._made(
        document_type=kind,
        year=year,
        number=number,
        identifier=f"{kind.lower()}-{year}-{number}",
    )
    url = P.EU_DOCUMENT_URL.format(type=kind, year=year, number=number)
    return _found(text, m.start(), m.end(), "other", fields, None, url)


def _parse_tk_number(text: str, m: regex.Match[str]) -> Found:
    """A Tweede Kamer zaak ("2022Z24775") or document ("2022D12345") number: kind ``other``."""
    ident = m.group(0)
    fields = OtherFields._made(
        document_type=P.TK_TYPES[m.group("type")],
        year=m.group("year"),
        number=m.group("number"),
        identifier=f"tk-{ident}",
    )
    # a zaak has a page of its own on tweedekamer.nl; a document number alone does not
    url = P.TK_ZAAK_URL.format(id=ident) if m.group("type") == "Z" else None
    return _found(text, m.start(), m.end(), "other", fields, None, url)


# ---------------------------------------------------------------- web sources
def _url_end(text: str, start: int) -> tuple[str, int]:
    """The URL starting at ``start`` (stray spaces inside it removed) and where it ends."""
    pieces = []
    pos = start
    while True:
        run = P.URL_RUN.match(text, pos)
        if not run:
            break
        pieces.append(run.group(0))
        pos = run.end()
        if len(pieces) > 8 or pos + 1 >= len(text) or text[pos] != " ":
            break
        tok = P.URL_RUN.match(text, pos + 1)
        bare_host = P.URL_BARE_HOST.fullmatch("".join(pieces))
        if not tok or not (bare_host or _continues_url(pieces[-1][-1], tok.group(0))):
            break
        pos += 1
    url = "".join(pieces)
    stripped = url.rstrip(".,;:!?'\"’”")
    while stripped.endswith(")") and stripped.count(")") > stripped.count("("):
        stripped = stripped[:-1].rstrip(".,;:")
    return stripped, pos - (len(url) - len(stripped))


def _continues_url(last: str, tok: str) -> bool:
    word = tok.rstrip(".,;:)").lower()
    if word in P.URL_STOP_WORDS or not tok[:1].isalnum():
        return False
    if last == ".":
        return bool(P.URL_TAIL.match(tok.rstrip(".,;:)")))
    if last in "-/_=&?%":
        return bool(P.URL_PATH_CHAR.search(tok[1:]))
    return False


def _parse_url(text: str, m: regex.Match[str], segment_start: int) -> Found:
    url, end = _url_end(text, m.start())
    accessed = accessed_text = None
    problems: list[str] = []
    acc = P.ACCESSED.match(text, end)
    if acc:
        d = P.NUMERIC_DATE.match(text, acc.end()) or P.LONG_DATE.match(text, acc.end())
        if d:
            accessed, problems = parse_date(d.group(0))
            if problems:
                accessed_text = d.group(0)
            end = d.end()
        else:
            problems.append("accessed: no date after 'geraadpleegd op'")
            end = acc.end()
    prefix = text[segment_start : m.start()]
    publisher, title, date_text = _publisher_title(prefix)
    # the fields are made once, read: no check of each value as it is set
    fields = UrlFields._made(url=url, accessed=accessed, publisher=publisher, title=title,
                       accessed_text=accessed_text, date_text=date_text)  # fmt: skip
    # the citation starts where its publisher (or quoted title) does, not at the URL
    lead = len(prefix)
    if title and "‘" in prefix:
        lead = prefix.rindex("‘")
    if publisher:
        at = prefix.rfind(publisher.split()[0], 0, lead)
        lead = at if at >= 0 else lead
    start = segment_start + lead
    link = (
        url if "://" in url else "http://" + url
    )  # "www.x.nl" as printed; the link needs a scheme
    return _found(text, start, end, "url", fields, url, link, problems)


def _unseen(text: str) -> str:
    """``text`` without a leading "zie: " or "te vinden op: " (SEE), which holds a colon:
    a text without one is not searched."""
    return P.SEE.sub("", text) if ":" in text else text


def _publisher_title(prefix: str) -> tuple[str | None, str | None, str | None]:
    """Publisher, quoted title and a date written as title from the text before a URL
    ("Rijksoverheid, ‘Titel’, https://…")."""
    title = None
    titles = list(P.TITLE.finditer(prefix))
    if titles:
        t = titles[-1]
        title, head = t.group("title"), prefix[: t.start()]
    elif "‘" in prefix:  # opening quote never closed: the title runs up to the URL
        i = prefix.rindex("‘")
        title, head = prefix[i + 1 :].strip().rstrip(",:").strip(), prefix[:i]
    else:
        cuts = list(P.SENTENCE_END.finditer(prefix))
        head = prefix[cuts[-1].end() :] if cuts else prefix
        # "Voor meer informatie, zie: X, …" -> only what follows "zie:"
        head = _unseen(head.strip() + " ").strip().rstrip(":").strip()
        if ", " in head.strip():
            head, _, rest = head.strip().partition(", ")
            rest = rest.strip().rstrip(":,").strip()
            title = rest or None
        else:
            head = head if head.strip().endswith((":", ",")) and len(head) < 120 else ""
    cuts = list(P.SENTENCE_END.finditer(head))
    if cuts:
        head = head[cuts[-1].end() :]
    head = _unseen(head)
    head = P.LEAD_WORD.sub("", head.strip()).strip().rstrip(",:;").strip()
    publisher = None
    if head and len(head) <= 160 and head[:1].isupper():
        publisher = _spaced(head)
    date_text = None
    if title and P.DATE_LIKE.fullmatch(title):
        date_text, title = title, None
    return publisher, _spaced(title) if title else None, date_text


def _parse_provided(text: str, m: regex.Match[str]) -> Found:
    provider = m.group("provider").strip()  # as printed, article included ("de IND")
    fields = ProvidedInfoFields._made(provider=provider)
    problems: list[str] = []
    end = m.end()
    d = P.NUMERIC_DATE.match(text, m.end()) or P.LONG_DATE.match(text, m.end())
    if d:
        fields.date, problems = parse_date(d.group(0))
        end = d.end()
    else:
        problems.append("provided_info: no date after 'op'")
    return _found(text, m.start(), end, "provided_info", fields, None, None, problems)


# ---------------------------------------------------------------- the tokenizer
_ANCHORS: list[tuple[str, Pattern]] = [
    ("url", P.URL_START),
    ("kamerstuk", P.KAMERSTUK),
    ("aanhangsel", P.AANHANGSEL),
    ("handelingen", P.HANDELINGEN),
    ("gazette", P.GAZETTE),
    ("court", C.COURT),
    ("eu_legislation", P.EU_LEGISLATION),
    ("provided_info", P.PROVIDED_INFO),
    ("ecli", C.ECLI),
    ("ecli_bare", C.ECLI_BARE),
    ("eu_bare", P.EU_BARE),
    ("eu_document", P.EU_DOCUMENT),
    ("tk_number", P.TK_NUMBER),
    ("eu_case", C.EU_CASE),
]
# Anchors still read inside an earlier citation's text (an ECLI inside a URL is a citation too).
_INSIDE_URL_OK = {"ecli"}


# An anchor pattern is run only on a text that holds one of its literal anchors
# (``Pattern.anchors``); most texts hold the anchors of a few kinds only. After the
# anchor patterns come the three parse_citations asks of every text (CELEX numbers, a
# titled publication, a page title), so their anchors are looked for in the same pass.
_CELEX, _PUBLICATION, _PAGE_TITLE = range(len(_ANCHORS), len(_ANCHORS) + 3)
_PREFILTER = Prefilter([rx for _, rx in _ANCHORS] + [P.CELEX, P.PUBLICATION, P.PAGE_TITLE])


_START_ORDER = itemgetter(0, 1)


def tokenize(text: str, folded: str | None = None) -> list[tuple[int, int, str, regex.Match[str]]]:
    """Every anchor in ``text`` as (start, order, kind, match), in text order (``folded``:
    ``grammar.fold(text)`` when the caller has it)."""
    return _tokens(text, _PREFILTER.candidates(text, folded))


def _tokens(text: str, candidates: list[int]) -> list[tuple[int, int, str, regex.Match[str]]]:
    out = []
    for order in candidates:
        if order >= _CELEX:
            break  # not an anchor
        kind, rx = _ANCHORS[order]
        for m in rx.finditer(text):
            out.append((m.start(), order, kind, m))
    out.sort(key=_START_ORDER)
    return out


def citation_candidates(texts: Sequence[str]) -> list[list[int]]:
    """What :func:`parse_citations` looks for in each of ``texts`` (the grammars whose
    anchors it holds), found in one pass over them all."""
    return _PREFILTER.candidates_of(texts)


def body_candidates(candidates: list[int]) -> list[int]:
    """Of ``candidates`` (:func:`citation_candidates`), those whose citations can count in
    body text: all but the titled publication and the page title, read only from a text
    that cites nothing else and giving a record of kind ``other`` without a document
    type (see ``extractors.citations``)."""
    return [c for c in candidates if c != _PUBLICATION and c != _PAGE_TITLE]


def parse_citations(text: str, candidates: list[int] | None = None) -> list[Found]:
    """All citations in ``text`` (a footnote or any string), in text order.

    "Ibid."-style back references are not resolved here (see ``citation_resolve``):
    a lone "Ibid." yields nothing. ``candidates``: those of ``text`` by
    :func:`citation_candidates`, when the caller read many texts at once.
    """
    found: list[Found] = []
    consumed = 0
    url_spans: list[tuple[int, int]] = []
    seg_start = 0
    if candidates is None:
        candidates = _PREFILTER.candidates(text)
    if not candidates:
        return found  # no grammar of this module may match: nothing to read
    for start, _order, kind, m in _tokens(text, candidates):
        inside_url = any(a <= start < b for a, b in url_spans)
        if start < consumed and not (inside_url and kind in _INSIDE_URL_OK):
            continue
        rec: Found | None
        if kind == "url":
            semi = text.rfind(";", seg_start, start)
            rec = _parse_url(text, m, max(seg_start, semi + 1))
            url = rec.canonical or ""  # a web source's canonical id is its URL
            url_spans.append((rec.start, rec.start + len(m.group(0)) + len(url)))
        elif kind in ("kamerstuk", "handelingen", "aanhangsel"):
            # anchor kinds are strings; these three are citation kinds of the same name
            recs = _parse_parliamentary(text, m, cast(CitationKind, kind))
            if not recs:
                continue
            found.extend(recs[:-1])
            rec = recs[-1]
        elif kind == "gazette":
            rec = _parse_gazette(text, m)
        elif kind == "court":
            rec = _parse_case(text, m)
        elif kind in ("eu_legislation", "eu_bare"):
            recs = _parse_eu(text, m) if kind == "eu_legislation" else _parse_eu_bare(text, m)
            if not recs:
                continue
            found.extend(recs[:-1])
            rec = recs[-1]
        elif kind == "provided_info":
            rec = _parse_provided(text, m)
        elif kind == "ecli":
            rec = _parse_bare_ecli(text, m)
        elif kind == "ecli_bare":
            rec = _parse_bare_ecli(text, m, prefix="ECLI:")
        elif kind == "eu_document":
            rec = _parse_eu_document(text, m)
        elif kind == "tk_number":
            rec = _parse_tk_number(text, m)
        else:
            rec = _parse_bare_case(text, m)
        if rec is None:
            continue
        found.append(rec)
        if not (inside_url and kind in _INSIDE_URL_OK):
            consumed = max(consumed, rec.end)
            if kind not in ("eu_legislation", "eu_bare"):  # acts are often named in a title
                seg_start = rec.end
    if _CELEX in candidates:
        _attach_celex(text, found)
    titled = _PUBLICATION in candidates or _PAGE_TITLE in candidates
    if not found and titled and not is_ibid(text):
        pub = P.PUBLICATION.match(text.strip()) if _PUBLICATION in candidates else None
        page = None
        if not pub and _PAGE_TITLE in candidates:
            page = P.PAGE_TITLE.match(text.strip())
        if pub or page:
            if pub:
                publisher, title = pub.group("publisher"), pub.group("title")
            else:
                assert page is not None
                publisher, title = page.group("site"), page.group("title")
            fields = OtherFields._made(publisher=publisher.strip(), title=title.strip())
            off = text.index(text.strip()[:1]) if text.strip() else 0
            raw = text.strip().rstrip(".").rstrip()
            found.append(Found("other", off, off + len(raw), raw, fields))
    found.sort(key=lambda f: f.start)
    return found


def _attach_celex(text: str, found: list[Found]) -> None:
    """CELEX numbers (eur-lex URLs) confirm an EU act cited in the same text, or add one."""
    known = {f.fields.celex for f in found if isinstance(f.fields, EuLegislationFields)}
    for m in P.CELEX.finditer(text):
        celex = m.group("celex").upper()
        if celex in known:
            continue
        found.append(_eu_from_celex(text, m))
        known.add(celex)
