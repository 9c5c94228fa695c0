"""What a figure counts: the noun phrase it quantifies.

The noun phrase after the figure; for a share in parentheses the category; "het
aantal X"; else the subject when the figure is the predicate ("De aanvragen van X zijn
met 25 procent gestegen tot 3.710", "X vormden 13,8 procent van …"); for money the
purpose after "voor". After "Daarvan …", a bare "het aantal" or a change, the previous
figure's subject (decided in the orchestrating module, which knows the previous figure).
"""

from __future__ import annotations

from ...patterns import statistics as P
from ..numbers import Quantity

# How far before a figure its sentence is searched for what it counts ("het aantal X
# ... 3.710", "Daarvan ..."): a bounded look-back keeps the cost per figure the same in
# an overlong sentence full of figures (the record's own sentence is cut alike).
LOOKBACK = 300
# How far after a figure (or a word) the words that follow it are read ("procent van
# de …", "miljoen euro voor …"). Every look around a figure is bounded so: a pattern
# that needs a word ("van", ":") is otherwise looked for to the end of the sentence,
# once per figure, which makes a long sentence of figures cost its length squared.
LOOKAHEAD = LOOKBACK
# How far from its start a sentence is read for the subject before its verb (at most
# eight words, however long).
OPENING = 1000


def noun_phrase_after(sentence: str, pos: int, limit: int = 4) -> str | None:
    words: list[str] = []
    while len(words) < limit:
        m = P.TOKEN.match(sentence, pos, pos + LOOKAHEAD)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if not words and low in P.NP_SKIP_FIRST:
            pos = m.end()  # "5.500 meer eerste asielaanvragen"
            continue
        if words and P.VERB_FORM.match(word):
            break  # "relocaties plaatsgevonden", "statushouders instromen"
        if low in P.NP_STOP_WORDS:
            if low in P.NP_LINK_WORDS and words and len(words) < 3:
                nxt = P.TOKEN.match(sentence, m.end(), m.end() + LOOKAHEAD)
                if nxt and nxt.group(1).lower() in P.NP_LINK_ARTICLES:
                    # "aanvragen voor een reguliere verblijfsvergunning"
                    head = P.TOKEN.match(sentence, nxt.end(), nxt.end() + LOOKAHEAD)
                    if head and head.group(1).lower() not in P.NP_STOP_WORDS:
                        words += [word, nxt.group(1)]
                        pos = nxt.end()
                        limit += 2
                        continue
                if nxt and nxt.group(1).lower() not in P.NP_STOP_WORDS:
                    words.append(word)
                    pos = m.end()
                    continue
            break
        words.append(word)
        pos = m.end()
    while words and words[-1].lower() in P.NP_LINK_WORDS:
        words.pop()
    return " ".join(words) or None


def subject(sentence: str, q: Quantity) -> str | None:
    """The subject of the clause when the figure is its predicate.

    "De aanvragen van arbeidsmigranten zijn met zo'n 25 procent gestegen tot 3.710",
    "Het budget bedroeg 40 miljoen", "Nareizigers vormden in 2019 slechts 13,8 procent
    van …": the noun phrase before the finite verb that opens the sentence. The subject
    must open with an article (or, before a share verb, be a bare plural), and a copula
    counts only with a change participle ("zijn … gestegen"), so that "Het streven is
    60%" or "This expectation is higher" name nothing.
    """
    m = P.SUBJECT_VERB.match(sentence, 0, OPENING)
    if not m or m.end() > q.start:
        return None
    verb = m.group(0).split()[-1].lower()
    share = verb in P.SHARE_VERBS
    words = m.group("np").split()
    if words[0].lower() in P.SUBJECT_DETERMINERS:
        words = words[1:]
    elif words[0].lower() in P.NP_STOP_WORDS or words[0].lower() in P.SENTENCE_ADVERBS:
        # "In 2018 vormden nareizigers nog 21,3 procent": the subject follows the verb
        return noun_phrase_after(sentence, m.end()) if share else None
    elif not (share and len(words) == 1):
        return None
    if not words or len(words) > 6 or words[0].lower() in P.COUNT_NOUNS:
        return None  # "Het aantal X": the count-of rule names X
    if verb in P.COPULAS and not P.CHANGE_PARTICIPLE.search(sentence, m.end()):
        return None
    return " ".join(words)


def what(sentence: str, q: Quantity) -> str | None:
    """What the figure ``q`` counts, from its own sentence."""
    if q.unit == "percent" and P.SHARE_VERB.match(sentence, 0, OPENING):
        subj = subject(sentence, q)  # "Nareizigers vormden 13,8 procent van …"
        if subj:
            return subj
    if q.unit == "percent":
        # "Syriërs (21 procent)": the grammar ends in "(" and white space, so it is
        # searched only where the text before the figure does
        lo = max(0, q.start - 40)
        if sentence[lo : q.start].rstrip().endswith("("):
            cat = P.PAREN_CATEGORY.search(sentence, lo, q.start)
            if cat and P.CLOSE_PAREN.match(sentence[q.end :]):
                return cat.group(1)
        of = P.PERCENT_OF.match(sentence, q.end, q.end + LOOKAHEAD)
        if of:
            return noun_phrase_after(sentence, of.end())
        noun = P.PERCENT_NOUN.match(
            sentence, q.end, q.end + LOOKAHEAD
        )  # "55 procent uitstootreductie"
        if noun and noun.group(1).lower() not in P.NP_STOP_WORDS:
            return noun.group(1)
    elif q.unit in ("count", "fte"):
        np = noun_phrase_after(sentence, q.end)
        if np is None and q.unit == "count":
            of = P.PERCENT_OF.match(
                sentence, q.end, q.end + LOOKAHEAD
            )  # "87 van de in totaal 227 taalscholen"
            np = noun_phrase_after(sentence, of.end()) if of else None
        if np is None and P.CLOSE_PAREN.match(sentence[q.end : q.end + 4]):
            cat = P.PAREN_CATEGORY.search(sentence, max(0, q.start - 40), q.start)
            np = cat.group(1) if cat else None  # "uit Syrië (12.400)"
        if np and q.unit == "count":
            return np
    count_of = None
    back = max(0, q.start - LOOKBACK)
    if P.COUNT_OF.may_match(sentence[back : q.start]):  # "aantal" stands before the figure
        for m in P.COUNT_OF.finditer(sentence, back, q.start):
            count_of = m
    if count_of:
        return noun_phrase_after(sentence, count_of.start(1) - 1, 3)
    if q.unit == "eur":
        purpose = P.MONEY_FOR.match(
            sentence, q.end, q.end + LOOKAHEAD
        )  # "40 miljoen euro voor de opvang"
        if purpose:
            return noun_phrase_after(sentence, purpose.end())
    return subject(sentence, q)


def bare_amount(sentence: str, q: Quantity) -> bool:
    """ "40 miljoen beschikbaar": a scaled figure with no noun after it, in money talk."""
    if noun_phrase_after(sentence, q.end) is not None:
        return False
    return bool(P.MONEY_CUE.search(sentence))


def refers_back(sentence: str, q: Quantity) -> bool:
    """ "Daarvan …", a bare "het aantal": the figure counts what the previous one did."""
    return bool(
        P.ANAPHOR_START.match(sentence, 0, LOOKAHEAD)
        or P.BARE_COUNT.search(sentence, max(0, q.start - LOOKBACK), q.start)
    )
