"""The generic slot filler and the list readers, after the phrase rules of :mod:`amity.claims.extract`.

Each figure of a clause that no phrase rule read is given slots from small closed vocabularies, whatever the word
order (``slot_claims``): the measure (a world share, a share of a supplier's exports, a share of a recipient's imports,
a change of a total or of a pair's deliveries) from the words of its object and its verb; the state(s) from the
gazetteer (demonyms included), pronouns from the sentence before or the title; the period as
:mod:`amity.claims.figures` finds it (the clause, the sentence, the document, the SIPRI release the document
retells). A claim is pre-filled only when every slot has exactly one candidate; a region or group, money, a figure of
countries or a clause that names states the slots cannot place leave the figure to a person.

Lists and rankings are read here too: elliptic lists of changes ("Singapore by 146% and Malaysia by 722%",
``change_list``), bracketed changes, multiples ("N times more"), rankings of the world's exporters and importers and
a ranking that goes on in the next sentence, "respectively", states paired with their shares of a third state's flow,
a share after a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from amity.claims.brief import YEAR, YEAR_RE
from amity.claims.figures import (
    ARMS_WORDS,
    FIG_RE,
    MONEY_RE,
    NOT_A_PARTY,
    NUMW,
    ODD_TIME,
    PART_WORDS,
    PERIOD,
    PERIOD_PHRASE,
    PREVIOUS,
    QUALS,
    REGION_NAMES,
    SHARE_INDICATORS,
    WORLD,
    WORLD_SHARE_INDICATORS,
    WORLD_WORDS,
    DocCtx,
    Fig,
    adjective,
    antecedent,
    change_claim,
    client_claim,
    dependence_claim,
    distinct_states,
    fig_rx,
    one_state_dyad,
    period_of,
    period_spans,
    periods_of_change,
    read_fig,
    relative_subject,
    sentence_periods,
    share_claim,
    single_period,
    subject_of,
    total_change_claim,
    two_periods,
    with_governing_qualifiers,
    world_flow_going_on,
    world_share_claim,
)
from amity.claims.lexicon import CHANGE_DOWN as _CHANGE_DOWN
from amity.claims.lexicon import CHANGE_UP as _CHANGE_UP
from amity.claims.lexicon import PERIOD_WORDS as _PERIOD_WORDS
from amity.claims.lexicon import RE
from amity.claims.lexicon import REGION as _REGION
from amity.claims.lexicon import STATE_ALT as _ST_ALT
from amity.claims.lexicon import state_code as _code
from amity.claims.lexicon import state_group as _st
from amity.claims.lexicon import states_at as _states_at

_SLOT_BREAK = re.compile(r";|:\s|\s[—–-]\s|\b(?:while|whereas|although|though)\b|,\s+but\b|,\s+and\s+(?=\w+\s+"
                         r"(?:has|have|is|was|were)\b)", re.I)
_EXP_FLOW = re.compile(r"\b(?:exports?|exported|sales|sold|supplies|outflows|deliveries|business)\b", re.I)
_IMP_FLOW = re.compile(r"\b(?:imports?|imported|purchases|bought|acquisitions|procurement)\b", re.I)
_SELLER_WORDS = re.compile(r"\b(?:export(?:er|ers|ing|s|ed)?|sell(?:er|ers|s|ing)?|sold|supplier|suppliers|"
                           r"supplying|supplies|providing|provider)\b", re.I)
_BUYER_WORDS = re.compile(r"\b(?:import(?:er|ers|ing|s|ed)?|buyer|buyers|buying|bought|purchas\w*|recipient)\b", re.I)
#: verbs (and prepositions) that tie a subject to the figure of its share: "accounting for", "has a", "buying up"
_SHARE_VERB = re.compile(
    r"(?:\b(?:accounts?|accounted|accounting)\s+for|\b(?:made|makes?|making)\s+up|\bconstitut\w+|\brepresent\w*|"
    r"\bcompris(?:e|es|ed|ing)|\bamount(?:s|ed|ing)?\s+to|\bresponsible\s+for|\b(?:captur|command|controll?|secur|absorb)\w*|"
    r"\b(?:took|takes?|taking)(?:\s+up)?|\b(?:buy|buys|buying|bought|purchases?|purchased|purchasing|imports?|imported|"
    r"importing|gets|got|receives?|received|receiving|sources?|sourced)(?:\s+up)?|\b(?:sells?|sold|selling|"
    r"exports?|exported|exporting|supplies|supplied|supplying)|\b(?:has|had|have|holds?|held|with|having)(?:\s+(?:a|an))?|"
    r"\b(?:met|meets?|meeting|covered|covers?|covering|satisfied|satisfies|fulfill?ed|fulfils)|"
    r"\bwith|\bat)\s+(?:(?:only|just|some|the\s+highest|a\s+further)\s+)?$", re.I)
_NEEDS = re.compile(r"\b(?:demand|needs|requirements)\s+(?:for|of)\s+(?:(?:major|conventional)\s+)?(?:arms|weapons)\b",
                    re.I)
_BUY_VERB = re.compile(r"\b(?:buy|buys|buying|bought|purchases?|purchased|purchasing|imports?|imported|importing|gets|"
                       r"got|receives?|received|receiving|sources?|sourced)\b", re.I)
_SELL_VERB = re.compile(r"\b(?:sells?|sold|selling|exports?|exported|exporting|supplies|supplied|supplying)\b", re.I)
_NOT_SUBJECT = re.compile(r"(?:\bafter|\bahead\s+of|\bbehind|\bthan|\blike|\bincluding|\bsuch\s+as|\bfollowed\s+by|"
                          r"\bexcept|\bunlike|\bto|\bfrom|\bof|\bby|\bwith|\bfor|\bover|\bagainst|\bbeyond)\s+(?:the\s+)?$",
                          re.I)
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+|[a-z]+-[a-z]+\s+)?(?:country|kingdom|nation)(?:['’]s)?\b|"
                          r"\b[Tt]he\s+Kingdom\b")  # "the country", "the Asian nation", "the oil-rich country"
_IT = re.compile(r"\b(?:it|its|It|Its)\b")


def slot_clauses(s: str) -> list[tuple[int, int]]:
    """Clauses for the slot filler: split at ";", ": ", a dash between spaces, "while", "whereas", "(al)though",
    ", but"; a sentence that opens with a subordinate clause ("Though the US remains ..., Chinese exports ...") is
    cut at its first comma."""
    cuts = {0, len(s)} | {m.start() for m in _SLOT_BREAK.finditer(s)}
    for m in RE.finditer(r"(?:^|(?<=[;:]\s))(?:Though|Although|While|Whereas|As|Since|Because|If)\b[^,]{0,160},", s):
        cuts.add(m.end())
    cuts_l = sorted(cuts)
    return [(a, b) for a, b in zip(cuts_l, cuts_l[1:]) if b > a]


def _subject_states(pre: str, each: bool, skip: str | None = None) -> list[str] | None:
    """The states that are the subject of a figure's clause, from the clause's words before the figure: states not
    after "after", "than", "followed by", "to", "of" ... (unless ``each``: "Along with China, France and Germany each
    account for"), not owners of another noun ("Pakistan's arch nemesis India"). None when the clause names a state the
    slots cannot place."""
    found: list[str] = []
    for a, b, c, poss in _states_at(pre):
        if c == skip:
            continue  # the state of the clause's role ("the biggest buyers of Italy's major weapons")
        if not poss and NOT_A_PARTY.match(pre[b:]):
            continue  # "a Swedish think tank", "US officials": who says it, not whose figure it is
        if poss and not RE.match(r"\s+(?:own\s+)?(?:(?:major|total|major\s+arms|arms|weapons?|defen[cs]e)\s+)?"
                                 r"(?:imports?|exports?|share|sales|purchases)", pre[b:], re.I):
            return None  # "Italy's biggest customers", "Pakistan's arch nemesis": a state the slots cannot place
        if not each and _NOT_SUBJECT.search(pre[max(0, a - 16):a]):
            continue
        found.append(c)
    return list(dict.fromkeys(found))


def _pronoun_state(pre: str, s: str, pos: int, doc: DocCtx) -> str | None:
    """The state a pronoun subject stands for: "the country" / "the Kingdom" / "the Asian country" the title's one
    state; "it" / "its" the one state of the sentence before it, or of the previous sentence (see antecedent)."""
    if _THE_COUNTRY.search(pre):
        return doc.title_subject
    if _IT.search(pre):
        return antecedent(s, pos, doc)
    return None


def _object_of(post: str) -> str:
    """The words after "N % (share) of|in": the noun phrase of the figure, to the next comma, parenthesis or figure."""
    m = RE.match(r"\s+(?:share\s+)?(?:of|in)\s+(?P<o>[^,;:()]{0,90})", post, re.I)
    if not m:
        return ""
    # "30 % of its arms during the period 2014-2018 to the UAE": a period between the noun and its "to" / "from"
    o = RE.sub(r"\s+(?:during|in|over)\s+(?:the\s+)?(?:period\s+)?(?:of\s+)?(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d"
               r"(?=\s+(?:to|from)\s)", "", m.group("o"))
    o = RE.split(r"\s+(?:according|between|during|in\s+(?:19|20)\d\d|in\s+the\s+(?:period|years?|same)|over\s+the|"
                 r"since|compared|up\s+from|down\s+from|and\s+(?:is|was|has|had|are|were)|accounting|followed)\b|"
                 r"\s+\d", o, flags=re.I)[0]
    return o.strip().rstrip(".!?\"”’' ")


def _those_flows(flow: str, pre: str, s: str, off: int) -> list[tuple[str, str, str | None]] | None:
    """"Syria imported nearly six times more weapons ..., with Russia accounting for 72 % of those imports": the
    figure's subject (after ", with") and the state whose imports (or exports) the sentence's main clause speaks of —
    its first state, the subject of a verb of buying (selling) or the owner of imports (exports). None otherwise."""
    w = RE.search(rf",\s*with\s+(?:the\s+)?(?P<sub>{_ST_ALT})(?![\w-])\s+(?:\w+\s+)?(?:accounting\s+for|supplying|"
                  rf"providing|taking|making\s+up)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
                  pre)
    main = s[:off + w.start()] if w else ""
    head = _states_at(main)
    if not w or not head:
        return None
    owner, sub = head[0][2], _code(w.group("sub"))
    imports = flow.lower() in ("imports", "purchases")
    words = ("imported|bought|purchased|received|imports|purchases" if imports else
             "exported|sold|supplied|exports|sales")
    said = RE.match(rf"\s*(?:the\s+)?(?:{_ST_ALT})['’]?s?\s+(?:[\w-]+\s+){{0,4}}?(?:{words})\b", main[head[0][0]:],
                    re.I)
    if not said or not sub or sub == owner or len({h[2] for h in head}) != 1:
        return None
    return [("import_dependence", sub, owner)] if imports else [("share_of_supplier_exports", owner, sub)]


def _share_slots(c: str, fpos: int, fend: int, s: str, off: int, doc: DocCtx, each: bool
                 ) -> list[tuple[str, str, str | None]] | None:
    """The measure and states of a share figure at ``c[fpos:fend]`` (a clause ``c`` at offset ``off`` of ``s``):
    [(indicator, supplier, recipient)], one per subject (several only with "each"); None when a slot has no single
    candidate."""
    pre, post = c[:fpos], c[fend:]
    paren = RE.search(rf"(?<![\w-])(?:the\s+)?(?:{_ST_ALT})(?![\w-])\s*\(\s*$", pre)
    if paren and RE.match(r"\s+(?:share\s+)?(?:of|in)\s", post):
        # "... the most weapons to Japan (8.6 percent of total US arms exports)": the state the parenthesis follows
        # is the subject of its share
        pre = RE.sub(r"\s*\(\s*$", "", pre[paren.start():]) + " accounts for "
    if not _SHARE_VERB.search(pre):
        return None
    earlier = list(FIG_RE.finditer(pre))
    if earlier:
        # "India acquired 9 % of the world's imports and Russia supplied 82 % of weapons imported by India": after an
        # earlier figure, "and" with a state opens the subject of this one
        ands = list(RE.finditer(rf"(?:,\s*|\s+)and\s+(?=(?:the\s+)?(?:{_ST_ALT})(?![\w-]))", pre[earlier[-1].end():]))
        if ands:
            pre = pre[earlier[-1].end() + ands[-1].end():]
    role = _clause_role(c)
    if role is None and off and RE.match(r"\s*(?:As\s+for|As\s+regards|Among|Regarding|In\s+terms\s+of)\b", s[:off]):
        role = _clause_role(s[:off])  # "As for the key destinations of South Korean arms exports, Britain ..."
    head = s[max(0, off + paren.start() - 80):off + paren.start()] if paren else ""
    sellers = [x for x in _states_at(head) if not RE.match(r"\s*\(", head[x[1]:])]  # (not the list's other items)
    if paren and role is None and not sellers and not _states_at(post.split(")")[0]) and (
            (RE.search(r"\b(?:clients|customers|buyers|recipients|destinations)\b", head, re.I)
             and RE.search(r"\b(?:sales|exports)\b", post, re.I)) or
            (RE.search(r"\b(?:suppliers|sources|sellers)\b", head, re.I) and RE.search(r"\bimports\b", post, re.I))):
        # "The Netherland's largest clients were: Jordan (15% of all sales), ...": a buyer's share of a seller's sales
        # the rules cannot name (no state named before or in the figure's object), never its share of the world's
        return None
    obj = _object_of(post)
    lead = RE.search(r"\b(?:the\s+)?(?:largest|biggest|greatest|highest|lion['’]s)\s+share\s+of\s+"
                     r"(?P<o>[^,;:()%]{3,80}?)\s+at\s+$", pre, re.I)
    if not obj and lead and RE.match(r"\s*(?:[,;:)]|$|(?:in|for|during|between)\s+(?:the\s+)?(?:period\s+)?"
                                     r"(?:19|20)\d\d)", post):
        # "Russia still accounts for the largest share of Indian arms imports at 36 per cent for 2020-24": the object
        # said before the figure
        obj = lead.group("o")
        pre = pre[:lead.start()] + " "
    if not obj and role and RE.match(r"\s*(?:[,;:)]|$)", post) and not RE.match(r"\s*,\s*\d+(?:\.\d+)?\s*%?\s*,",
                                                                                post):
        # "Russia is the biggest exporter of arms to Nigeria accounting for 35 per cent, ...": the role's ("almost one
        # third, 9.7%, of ...", two figures for one share, is not read)
        obj = "-"
    dem = RE.fullmatch(r"(?:those|these)\s+(?:arms\s+|weapons\s+)?(?P<f>imports|purchases|exports|sales|deliveries)",
                       obj, re.I)
    if dem:  # "Syria imported ... , with Russia accounting for 72 % of those imports": the main clause's flow
        return _those_flows(dem.group("f"), pre, s, off)
    if not obj or RE.search(r"\b(?:countries|states|nations|cases|deals|orders|of\s+them|these\s+countries)\b", obj,
                            re.I):
        return None
    if RE.match(r"\s+(?:share\s+)?(?:of|in)\s+(?:the\s+)?(?:total\s+)?(?:[a-z]+\s+)?(?:spending|budget|GDP|"
                r"market\s+value|revenue|production|output)", post, re.I):
        return None
    ostates = _states_at(obj)
    subj = _subject_states(pre, each, role[1] if role else None)
    if subj is None:
        return None
    if not subj:
        p = _pronoun_state(pre, s, off + fpos, doc)
        subj = [p] if p else []
    if not subj or (len(subj) > 1 and not each):
        return None
    # "Globally, Ukraine was the largest recipient of arms in 2021–25, with 9.7 per cent of imports": a bare flow in a
    # sentence that speaks of the world
    world = bool(WORLD_WORDS.search(obj)) or (not role and bool(RE.fullmatch(r"the\s+total", obj, re.I))) or (
        not role and bool(RE.fullmatch(r"(?:all\s+)?(?:arms\s+)?(?:imports|exports)", obj, re.I)) and bool(RE.search(
            r"^\s*Globally\b|\bin\s+the\s+world\b|\bworld['’]s\s+(?:[\w-]+\s+){0,2}(?:arms\s+)?(?:importer|exporter|"
            r"recipient|supplier)", s[:off + fpos]))) or bool(
        RE.fullmatch(r"(?:all|the)\s+(?:major\s+)?(?:conventional\s+)?(?:arms\s+|weapons\s+)?(?:exports|imports|"
                     r"transfers|market|trade|sales)(?:\s+of\s+(?:major\s+)?arms)?", obj, re.I))
    # "met 72 % of Islamabad's demand for major arms": a state's demand, needs or requirements are its imports
    exp_o, imp_o = bool(_EXP_FLOW.search(obj)), bool(_IMP_FLOW.search(obj) or _NEEDS.search(obj))
    verb = pre[-30:]
    out: list[tuple[str, str, str | None]] = []
    if ostates:
        owners = list(dict.fromkeys(x[2] for x in ostates))
        if len(owners) != 1 or world:
            return None
        own, (a, _b, _c, poss) = owners[0], ostates[0]
        before = obj[:a]
        for sub in subj:
            if sub == own:
                return None
            if RE.search(r"\bfrom\s+(?:the\s+)?$", before, re.I) and not exp_o and _BUY_VERB.search(verb):
                out.append(("import_dependence", own, sub))  # "purchases 51 % of weapons from Russia"
            elif RE.search(r"\bto\s+(?:the\s+)?$", before, re.I) and _SELL_VERB.search(verb) and not imp_o and \
                    RE.search(r"\b(?:supplie[sd]|supplying)\b", verb, re.I) and not RE.search(
                        r"\b(?:its|their)\b", before, re.I) and not exp_o:
                # "the US supplied 14 per cent of arms to India": of the arms India got (its own weapons are "its")
                out.append(("import_dependence", sub, own))
            elif RE.search(r"\bto\s+(?:the\s+)?$", before, re.I) and _SELL_VERB.search(verb) and not imp_o:
                out.append(("share_of_supplier_exports", sub, own))  # "sells 27 % of its weapons to India"
            elif RE.search(r"\b(?:to|for)\s+(?:the\s+)?$", before, re.I) and not exp_o and (imp_o or RE.search(
                    r"\b(?:supplies|deliveries|transfers)\b", before, re.I)):
                out.append(("import_dependence", sub, own))  # "N % of (the) arms supplies to China"
            elif (poss or not RE.sub(r"\b(?:the|total|overall|all)\b", "", before, flags=re.I).strip() or
                  RE.search(r"\b(?:of|by)\s+(?:the\s+)?$", before, re.I)) and \
                    exp_o != imp_o and not RE.search(r"\b(?:to|from|for)\b", _NEEDS.sub("imports", obj[a:]), re.I):
                if exp_o or RE.search(r"\b(?:weapons|arms)\b", obj, re.I) and _BUY_VERB.search(verb) and not imp_o:
                    out.append(("share_of_supplier_exports", own, sub))  # "of Italy's arms exports"
                else:
                    out.append(("import_dependence", sub, own))  # "of India's arms imports"
            elif poss and not exp_o and not imp_o and RE.search(r"\b(?:weapons|arms)\b", obj[a:], re.I) and \
                    _BUY_VERB.search(verb) and not RE.search(r"\b(?:to|from|for)\b", obj, re.I):
                out.append(("share_of_supplier_exports", own, sub))  # "buying up 8 % of Italy's arms"
            elif poss and not exp_o and not imp_o and RE.search(r"\b(?:weapons|arms)\b", obj[a:], re.I) and \
                    RE.search(r"\b(?:supplied|supplies|supplying|provided|provides|providing|delivered|delivers)\s+"
                              r"(?:\w+\s+)?$", verb, re.I) and not RE.search(r"\b(?:to|from|for)\b", obj, re.I):
                out.append(("import_dependence", sub, own))  # "Russia supplied 36 % of India's arms"
            else:
                return None
        return out
    if RE.search(r"\b(?:its|their|his|her)\b", obj, re.I) and not (role and RE.search(r"\b(?:its|their)\s+(?:total\s+)?"
                                                                                   r"(?:arms\s+)?(?:exports|sales)\b",
                                                                                   obj, re.I)):
        return None
    own_flow = RE.search(r"['’]s?\s+(?:total\s+|overall\s+)?(?:(?:major\s+)?(?:arms|weapons?)\s+)?"
                         r"(?P<f>imports|exports)\s+(?:\w+\s+){0,3}$", pre, re.I)
    if world and own_flow:
        # "China's arms imports accounted for 9 per cent of the global defence sales": the subject says the flow; an
        # object that says the other one ("of global exports") leaves the figure to a person
        imports = own_flow.group("f").lower() == "imports"
        if RE.search(r"\bexports?\b" if imports else r"\bimports?\b", obj, re.I):
            return None
        return [("recipient_world_share", None, sub) if imports else ("supplier_world_share", sub, None)
                for sub in subj]  # type: ignore[misc]
    if world:
        if exp_o and not imp_o:
            imports = False
        elif imp_o and not exp_o:
            imports = True
        else:
            sel, buy = bool(_SELLER_WORDS.search(pre + " " + post)), bool(_BUYER_WORDS.search(pre + " " + post))
            if sel == buy:
                return None
            imports = buy
        return [("recipient_world_share", None, sub) if imports else ("supplier_world_share", sub, None)
                for sub in subj]  # type: ignore[misc]
    if role and not (exp_o and imp_o):
        kind, owner, _ = role
        for sub in subj:
            if sub == owner:
                return None
            if kind == "exports_of" and not imp_o:
                out.append(("share_of_supplier_exports", owner, sub))
            elif kind == "imports_of" and not exp_o:
                out.append(("import_dependence", sub, owner))
            else:
                return None
        return out
    return None


def _change_slots(c: str, fpos: int, fend: int, s: str, off: int, doc: DocCtx) -> tuple[str, str | None, str | None,
                                                                                        bool] | None:
    """The measure and states of a change figure at ``c[fpos:fend]``: (indicator, supplier, recipient, down) for "X's
    arms exports rose by N %", "X increased (its) arms imports by N %", "Chinese weapons exports increased by a
    staggering N %", "arms exports from X grew by N %", "a N % rise in X's imports", "exports to Y increased by N %";
    None when a slot has no single candidate."""
    pre, post = c[:fpos], c[fend:]
    verb = RE.search(rf"\b(?P<v>{_CHANGE_UP}|{_CHANGE_DOWN})(?P<mid>\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?)?"
                     rf"(?:\s+(?:drastically|sharply|significantly|substantially|markedly|steeply|dramatically),?)?"
                     rf"(?:\s*by)?\s+(?:(?:a|an)\s+)?(?:(?:staggering|whopping|massive|sharp|significant|further|"
                     rf"remarkable|dramatic|huge|hefty|impressive)\s+)?$", pre, re.I)
    noun = RE.match(r"\s+(?P<v>rise|increase|growth|jump|surge|fall|drop|decline|decrease|reduction|slump)\s+in\s+"
                    r"(?P<rest>[^,;:()]{0,80})", post, re.I) if RE.search(r"\b(?:a|an)\s+$", pre) else None
    if verb:
        v = verb.group("v").lower()
        subject = pre[:verb.start()]
        mid = verb.group("mid") or ""
        if mid.strip() and not RE.fullmatch(r"\s*(?:its\s+|their\s+)?(?:(?:major|conventional)\s+)?"
                                            r"(?:arms|weapons?|military|defen[cs]e)?\s*(?:exports|imports|sales|"
                                            r"purchases)\s*", mid, re.I):
            return None
        if RE.match(r"\s+(?:to|from|of|share)\b", post, re.I) or RE.search(r"\b(?:to|from)\s+$", pre, re.I):
            return None  # "rose to 43 %", "up from 35 %": a level, not the size of a change
        phrase = subject + " " + mid
    elif noun:
        v = noun.group("v").lower()
        phrase = noun.group("rest")
        subject = pre
    else:
        return None
    down = bool(RE.fullmatch(_CHANGE_DOWN, v, re.I)) or v in ("fall", "drop", "decline", "decrease", "reduction",
                                                                "slump")
    if RE.search(r"\bshare\b|\bnumber\b|\bspending\b|\bbudget\b|\bprice|\bvalue\b|\bGDP\b|\bpercentage\b", phrase,
                 re.I):
        return None
    exp_w, imp_w = bool(_EXP_FLOW.search(phrase)), bool(_IMP_FLOW.search(phrase))
    if exp_w == imp_w:
        return None
    sts = _states_at(phrase)
    if any(poss and not RE.match(r"\s+(?:own\s+)?(?:(?:total|overall|major)\s+)?"
                                 r"(?:(?:arms|weapons?|military|defen[cs]e)\s+)?(?:imports?|exports?|sales|purchases|"
                                 r"deliveries)\b", phrase[b:], re.I)
           for _a, b, _c, poss in sts):
        return None  # "exports to India's neighbour China increased by 39 %": a state the slots cannot place
    partner = [x for x in sts if RE.search(r"\b(?:to|from)\s+(?:the\s+)?$", phrase[max(0, x[0] - 8):x[0]], re.I)]
    owners = [x for x in sts if x not in partner and not RE.search(r"\b(?:by|of)\s+(?:the\s+)?$",
                                                                    phrase[max(0, x[0] - 8):x[0]], re.I)]
    by = [x for x in sts if RE.search(r"\b(?:by|of)\s+(?:the\s+)?$", phrase[max(0, x[0] - 8):x[0]], re.I)]
    owner_codes = list(dict.fromkeys(x[2] for x in owners + by))
    partner_codes = list(dict.fromkeys(x[2] for x in partner))
    if len(owner_codes) > 1 or len(partner_codes) > 1:
        return None
    owner = owner_codes[0] if owner_codes else None
    if owner and imp_w and any(x[2] == owner and not x[3] and adjective(phrase[x[0]:x[1]]) for x in owners) and \
            RE.search(r"\bimports?\s+from\b", s, re.I):
        return None  # "French arms imports increased by 709pc while imports from Israel ...": imports of French arms
    if owner is None:
        if noun:
            return None
        owner = _pronoun_state(phrase, s, off + fpos, doc)
        if owner is None and off == 0 and RE.fullmatch(r"\s*(?:(?:total|major)\s+)?(?:arms\s+|weapons\s+)?(?:imports|"
                                                       r"exports)\s*", phrase, re.I):
            # "Imports fell by 4 per cent" after a sentence on one state: that state's (see antecedent)
            owner = antecedent(s, off + fpos, doc)
        if owner is None:
            return None
    # every state of the clause must be placed: the owner, the partner, or one after "than", "after" ...
    for a, _b, code, _p in _states_at(c):
        if code in (owner, *partner_codes):
            continue
        if not _NOT_SUBJECT.search(c[max(0, a - 16):a]):
            return None
    if partner_codes:
        other = partner_codes[0]
        if other == owner:
            return None
        to = RE.search(r"\bto\s+(?:the\s+)?$", phrase[max(0, partner[0][0] - 8):partner[0][0]], re.I)
        if exp_w and to:
            return "deliveries_tiv", owner, other, down
        if imp_w and not to:
            return "deliveries_tiv", other, owner, down
        return None
    return ("supplier_total_exports", owner, None, down) if exp_w else ("recipient_total_imports", None, owner, down)


#: the wordings of where a recipient's imports came from: "came from", "were supplied by", "have come from",
#: "originate in", "originated from", "were sourced from", "coming from"
_FROM_WORDS = (r"(?:(?:(?:came|come|comes|coming|were|was|are|is|have\s+been|has\s+been|had\s+been|have|has|had)\s+)?"
               r"(?:(?:sourced|supplied|bought|purchased|imported|delivered|obtained|acquired|come|came)\s+)?"
               r"(?:from|(?<=supplied\s)by|(?<=delivered\s)by|(?<=provided\s)by|(?<=sold\s)by)|"
               r"(?:originated?|originates|originating)\s+(?:in|from))")


def change_list(c: str, off: int, end: int, first: dict[str, Any], used: list[tuple[int, int]],
                 add: Callable[[dict[str, Any]], None]) -> None:
    """"US arms exports to Pakistan declined by 92 %, and to India by 51 %", "... increased arms exports to China (by
    39 %) and Egypt (by 44 %)": the items after a change of a pair's deliveries (``first``, read from the figure ending
    at ``end``), each the change of the deliveries to (or from) another state between the same periods. Only when the
    list is one chain of such items and the clause names no other state or figure after it."""
    k = end - off
    k += len(RE.match(r"\s*\)?", c[k:]).group(0))  # type: ignore[union-attr]
    via = RE.findall(rf"\b(to|from)\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-])", c[:end - off], re.I)
    if not via:
        return
    to = via[-1].lower() == "to"
    item = re.compile(rf"\s*,?\s*(?:and\s+)?(?:(?P<prep>to|from)\s+)?{_st('w')}\s*(?:\(\s*by\s+{fig_rx('i')}\s*\)|"
                      rf"by\s+{fig_rx('j')}(?![\w-]))", re.I)
    made = []
    while True:
        it = item.match(c, k)
        if not it:
            break
        w, f = _code(it.group("w")), read_fig(it, "i") or read_fig(it, "j")
        if not w or f is None or (it.group("prep") and (it.group("prep").lower() == "to") != to):
            return
        made.append(((off + it.start(), off + it.end()), w, f))
        k = it.end()
    if not made or _states_at(c[k:]) or FIG_RE.search(c[k:]):
        return
    sup, rec = first["dyad"]
    per = (tuple(first["params"]["before"]), tuple(first["params"]["after"]))
    down = first["params"]["direction"] == "decrease"
    for span, w, _f in made:
        if w in (sup, rec) or any(x < span[1] and span[0] < y for x, y in used):
            return
    for span, w, f in made:
        dy = [sup, w] if to else [w, rec]
        add(change_claim("deliveries_tiv", dy, per, f, down,  # type: ignore[arg-type]
                          f"{dy[0]}→{dy[1]} arms deliveries {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}"))
        used.append(span)


def _source_slots(c: str, m: re.Match[str], s: str, off: int, doc: DocCtx) -> tuple[str, str] | None:
    """"About three-quarters of arms supplies to China came from Russia", "More than three quarters of these weapons
    were sourced from the US": (supplier, recipient) of a share of a recipient's imports said by where they came from;
    the recipient is the one state of the object, or the one a pronoun ("these weapons", "its imports") stands for."""
    pre = c[:m.start()]
    lead = RE.fullmatch(r"[\s:;,—–-]*Of\s+(?P<obj>[^,;:]{3,70}),\s*", pre)
    # "The vast majority of Chinese arms imports (77%) came from Russia": the figure in parentheses after its object
    most = RE.fullmatch(r"[\s:;,—–-]*(?:[Tt]he\s+)?(?:(?:vast|overwhelming|great)\s+)?"
                        r"(?:majority|bulk|lion['’]s\s+share)\s+of\s+(?P<obj>[^,;:()]{3,70}?)\s*\(\s*", pre)
    if lead or most:  # "Of Ukraine's arms imports, 45 per cent came from the USA"
        close = r"\s*\)" if most else ""
        sm = RE.match(rf"{close}\s+{_FROM_WORDS}\s+{_st('src')}(?P<tail>[^,;:]{{0,40}})",
                      c[m.end():], re.I)
        obj = (lead or most).group("obj")  # type: ignore[union-attr]
        owners = list(dict.fromkeys(x[2] for x in _states_at(obj)))
        if not sm or len(owners) != 1 or _EXP_FLOW.search(obj) or not RE.search(
                r"\b(?:imports?|supplies|arms|weapons|weaponry|purchases)\b", obj, re.I) or RE.search(
                r"\b(?:and|or)\s+(?:the\s+)?(?:" + _ST_ALT + r")\b", sm.group("tail")):
            return None
        sup = _code(sm.group("src"))
        return (sup, owners[0]) if sup and sup != owners[0] else None
    # "..., with about 80 per cent of its arms imports coming from Beijing" (the figure's own clause after "with");
    # "An analysis ... shows 49.4 per cent of India's arms imports ... were from Russia" (after a verb of reporting)
    lead_in = RE.search(r"(?:,\s*with|\b(?:shows?|showed|shown|finds|found|indicates?|indicated|reveals?|revealed|"
                        r"says|said|notes?|noted)(?:\s+that)?)\s+$", pre, re.I)
    if not lead_in and (_states_at(pre) or RE.search(r"\w", RE.sub(r"\b(?:and|but|so|yet|according\s+to\s+\w+|"
                                                                    r"in\s+total)\b", "", pre, flags=re.I))):
        return None
    sm = RE.match(rf"\s+of\s+(?P<obj>[^,;:()]{{0,70}}?)\s+{_FROM_WORDS}\s+{_st('src')}(?P<tail>[^,;:]{{0,40}})",
                  c[m.end():], re.I)
    if not sm:
        return None
    obj = sm.group("obj")
    if _EXP_FLOW.search(obj) or not RE.search(r"\b(?:imports?|supplies|arms|weapons|weaponry|purchases|deliveries)\b",
                                              obj, re.I):
        return None
    if RE.search(r"\b(?:and|or)\s+(?:the\s+)?(?:" + _ST_ALT + r")\b", sm.group("tail")):
        return None  # "... came from Russia and France": a group of suppliers
    sup = _code(sm.group("src"))
    owners = list(dict.fromkeys(x[2] for x in _states_at(obj)))
    if len(owners) > 1:
        return None
    if owners:
        rec = owners[0]
    elif RE.search(r"\b(?:these|those|its|their|the\s+country['’]s)\b", obj, re.I):
        first = _states_at(pre)
        # "Pakistan's hardware is sourced from China, with 80 per cent of its arms imports coming from Beijing": "its"
        # is the main clause's subject, its first state
        rec = first[0][2] if lead_in and lead_in.group(0).lstrip().startswith(",") and first else \
            antecedent(s, off + m.start(), doc)
    else:
        return None
    return (sup, rec) if sup and rec and sup != rec else None


#: the wordings of where a supplier's exports went: "go to", "went to", "come to", "were delivered to", "were sold to"
_TO_WORDS = (r"(?:(?:go|goes|went|gone|going|come|comes|came|coming|flow|flows|flowed|"
             r"have\s+gone|has\s+gone|had\s+gone|"
             r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:delivered|sold|destined|shipped|exported|"
             r"supplied|transferred)|ended\s+up|end\s+up)\s+to|(?:were|was|are|is)\s+(?:destined\s+)?for)")
_EXPORTS_OF = (r"(?:(?:total|overall|major)\s+)?(?:(?:major\s+)?(?:arms|weapons?)\s+)?(?:exports|sales|deliveries|"
               r"transfers)")


def _destination_slots(c: str, m: re.Match[str], s: str, off: int, doc: DocCtx) -> tuple[str, str | None, str] | None:
    """A share of a supplier's exports said by where they went: "About 41 percent of arms exports from China come to
    Pakistan", "Some 10 % of its total arms sales go to Greece" ("its": the one state of the sentence before), "US arms
    exports were about 12 % to South Korea" (the figure after the flow and a copula): (supplier, recipient). None when
    the object names no supplier or several, says imports, or the recipient is one of a group ("... went to India,
    China and Vietnam", "... went to India (38 %), ...": the figure is the group's). Returned as (indicator,
    supplier, recipient); "Some 12 per cent of global arms imports went to India" is India's world share."""
    pre, post = c[:m.start()], c[m.end():]
    copula = RE.fullmatch(rf"[\s:;,—–-]*(?:{_st('sx')}\s+)?{_EXPORTS_OF}(?:\s+(?:of|from)\s+{_st('sy')})?\s+"
                          rf"(?:were|was|are|is)\s+", pre, re.I)
    if copula:
        tm = RE.match(rf"\s+to\s+{_st('dst')}(?P<tail>[^,;:]{{0,40}})", post, re.I)
        sups = {x for x in (_code(copula.group("sx")), _code(copula.group("sy"))) if x}
        if not tm or len(sups) != 1:
            return None
        sup = sups.pop()
    else:
        # "..., with nearly a quarter of its exports going to Ukraine" (the figure's own clause after "with"; "its": the
        # main clause's first state); "... shows 61 per cent of ..." (after a verb of reporting)
        lead_in = RE.search(r"(?:,\s*with|\b(?:shows?|showed|shown|finds|found|indicates?|indicated|reveals?|revealed|"
                            r"says|said|notes?|noted)(?:\s+that)?)\s+$", pre, re.I)
        if not lead_in and (_states_at(pre) or RE.search(r"\w", RE.sub(
                r"\b(?:and|but|so|yet|according\s+to\s+\w+|in\s+total|conversely|meanwhile|moreover|however|also|"
                r"overall|similarly|likewise|in\s+turn|in\s+addition|in\s+contrast|by\s+contrast)\b", "", pre,
                flags=re.I))):
            return None
        tm = RE.match(rf"\s+of\s+(?P<obj>[^,;:()]{{0,70}}?)\s+{_TO_WORDS}\s+{_st('dst')}(?P<tail>[^,;:]{{0,40}})",
                      post, re.I)
        if not tm:
            return None
        obj = tm.group("obj")
        if WORLD_WORDS.search(obj) and RE.search(r"\b(?:imports|transfers|deliveries)\b", obj, re.I) and not \
                _states_at(obj) and not RE.search(r"\bexports?\b", obj, re.I):
            rec = _code(tm.group("dst"))  # "Some 12 per cent of global arms imports went to India": India's world share
            rest = post[tm.end("dst"):]
            if rec and not RE.match(rf"\s*(?:\(|,\s*(?:and\s+|or\s+)?(?:the\s+)?(?:{_ST_ALT})(?![\w-])|"
                                    rf"\s+(?:and|or)\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-]))", rest):
                return ("recipient_world_share", None, rec)  # type: ignore[return-value]
            return None
        if _IMP_FLOW.search(obj) or not (_EXP_FLOW.search(obj) or RE.search(r"\b(?:arms|weapons|weaponry)\b", obj,
                                                                                re.I)):
            return None
        owners = list(dict.fromkeys(x[2] for x in _states_at(obj)))
        if len(owners) > 1:
            return None
        if owners:
            sup = owners[0]
        elif RE.search(r"\b(?:its|their)\b", obj, re.I) and _EXP_FLOW.search(obj):
            first = _states_at(pre)
            sup = first[0][2] if lead_in and lead_in.group(0).lstrip().startswith(",") and first else \
                antecedent(s, off + m.start(), doc)  # type: ignore[assignment]
        else:
            return None
    tail = post[tm.end("dst"):]
    if RE.match(rf"\s*(?:\(|,\s*(?:and\s+|or\s+)?(?:the\s+)?(?:{_ST_ALT})(?![\w-])\s*(?!\(|\d)|"
                rf"\s+(?:and|or)\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-]))", tail) or RE.search(r"\btogether\b", tail, re.I):
        return None
    rec = _code(tm.group("dst"))
    return ("share_of_supplier_exports", sup, rec) if sup and rec and sup != rec else None


#: whose share: a state's name, "its", "their", "the country's"
_OWN = (rf"(?P<own>(?<![\w-])(?:the\s+)?(?:{_ST_ALT})['’]s?|\b[Ii]ts|\b[Tt]heir|\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?"
        rf"country['’]s)")
_SHARE_MOVE = re.compile(
    rf"{_OWN}\s+"
    rf"(?P<w1>(?:global|world|international|worldwide)\s+)?share\s+(?:(?:of|in)\s+(?P<obj>[^,;:%]{{0,60}}?)\s+)?"
    rf"(?:(?:has\s+|had\s+)?(?:{_CHANGE_UP}|{_CHANGE_DOWN}|increasing|decreasing|reducing|raising|climbing|fall|rise|"
    rf"drop|decline|grow|shrink|climb)\s+)?(?:by\s+{fig_rx('g')}\s+)?"
    rf"(?:from\s+{fig_rx('a')}(?:\s*,?\s*in\s+(?:the\s+(?:period|years)\s+(?:from\s+)?)?{_PERIOD_WORDS})?\s*,?\s+"
    rf"to\s+{fig_rx('b')}|to\s+{fig_rx('c')}\s+from\s+{fig_rx('d')})", re.I)


def _share_owner(s: str, m: re.Match[str], doc: DocCtx, verb_before: bool) -> str | None:
    """Whose share the match ``m`` (group ``own``: a state's name, "its", "their", "the country's") is: the state
    named; the title's state for "the country's"; for "its", the one state its own clause names before it ("France
    significantly increased its share ...", "; Moscow saw its share ... fall"; with ``verb_before``, only where a verb
    of change or "saw" comes right before "its"), else the state the pronoun stands for."""
    own = m.group("own")
    if _states_at(own):
        return _code(RE.sub(r"['’]s?$", "", own))
    if _THE_COUNTRY.search(own):
        return doc.title_subject
    head = RE.split(r"[;:]\s|\s[—–-]\s|,\s", s[:m.start()])[-1]
    subj = list(dict.fromkeys(x[2] for x in _states_at(head)))
    if len(subj) == 1 and (not verb_before or RE.search(
            r"\b(?:increased|raised|boosted|grew|expanded|lifted|saw|reduced|cut|lost|doubled)\s+$", head, re.I)):
        return subj[0]
    return antecedent(s, m.start(), doc)


def _share_moves(s: str, doc: DocCtx, pair: tuple[str, str], used: list[tuple[int, int]],
                 add: Callable[[dict[str, Any]], None]) -> None:
    """"increasing its global share from 32% to 39%", "The Asian country's share in the global arms export market
    jumped to 2.7 percent from 0.9 percent in the 2011-2015 period": a world share in two periods (the earlier figure
    first or second); the periods are the two the sentence names, or the one it names and the document's other, or
    the document's last two (or the SIPRI release's)."""
    for m in _SHARE_MOVE.finditer(s):
        if any(x < m.end() and m.start() < y for x, y in used):
            continue
        obj = m.group("obj") or ""
        # "its share of the export market": the world's market of that flow
        market = RE.fullmatch(r"(?:the\s+)?(?:arms\s+|weapons\s+)?(?:export|import)\s+market", obj, re.I)
        # "China's share fell from 6.2% to 5.9%" after a sentence of world shares of one flow: the same measure
        going_on = world_flow_going_on(doc) if not obj.strip() and not m.group("w1") else None
        if not obj.strip() and not m.group("w1") and not going_on:
            # "... in the share of global arms exports, against ... an increase in its share from 1.0 to 2.8 percent"
            named = {w[:6].lower() for w in RE.findall(
                r"\bshare\s+of\s+(?:the\s+)?(?:global|world|worldwide|international)\s+(?:arms\s+|weapons?\s+)?"
                r"(exports?|imports?)\b", s[:m.start()], re.I)}
            going_on = named.pop() if len(named) == 1 else None
        if not (m.group("w1") or WORLD_WORDS.search(obj) or market or going_on) or _states_at(obj) or \
                _REGION.search(obj):
            continue
        flows = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?)?\b", obj or s, re.I)}
        if going_on:
            flows = {going_on}
        if len(flows) != 1:
            continue
        who = _share_owner(s, m, doc, verb_before=True)
        if not who:
            continue
        early, late = (read_fig(m, "a"), read_fig(m, "b")) if m.group("av") or m.group("af") else (
            read_fig(m, "d"), read_fig(m, "c"))
        if early is None or late is None:
            continue
        tail = RE.match(r"[^,;:]*", s[m.end():])
        ps = sentence_periods(s[:m.end()] + (tail.group(0) if tail else ""))
        if len(ps) >= 2:
            pr: tuple[tuple[int, int], tuple[int, int]] | None = (min(ps[:2]), max(ps[:2]))
        elif len(ps) == 1:
            only = ps[0]
            at = s.find(str(only[0]), m.start())
            late_at = m.start("bv") if m.group("bv") else m.start("cv") if m.group("cv") else m.start()
            early_at = m.start("av") if m.group("av") else m.start("dv") if m.group("dv") else m.start()
            others = [p for p in [*doc.periods, *([doc.release] if doc.release else [])]
                      if p != only and p[1] - p[0] == only[1] - only[0]]
            if at > early_at > late_at or (early_at < at < late_at):  # the period follows the earlier figure
                later = [p for p in others if p[0] > only[1]]
                pr = (only, max(later)) if later else None
            else:
                earlier = [p for p in others if p[1] < only[0]]
                pr = (max(earlier), only) if earlier else None
        else:
            pr = doc.pair() or doc.release_pair()
        if pr is None or pr[0][1] >= pr[1][0]:
            continue
        imports = flows == {"import"}
        add(world_share_claim(who, imports, pr[0], early, pair))
        add(world_share_claim(who, imports, pr[1], late, pair))
        used.append((m.start(), m.end()))


_SHARE_REACHED = [
    # "Russia's share of global arms exports fell to 7.8%"
    re.compile(rf"{_OWN}\s+(?P<w1>(?:global|world|international|worldwide)\s+)?share\s+(?:(?:of|in)\s+"
               rf"(?P<obj>[^,;:%]{{0,60}}?)\s+)?(?:has\s+|had\s+)?(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})\s+to\s+{fig_rx('e')}"
               r"(?!\s*,?\s*(?:up\s+|down\s+)?from\b)", re.I),
    # "the US increased its share of global arms exports to 42%"
    re.compile(rf"\b(?P<verb>increased|raised|boosted|lifted|expanded|grew|reduced|cut|lowered)\s+{_OWN}\s+"
               rf"(?P<w1>(?:global|world|international|worldwide)\s+)?share\s+(?:of|in)\s+(?P<obj>[^,;:%]{{0,60}}?)\s+"
               rf"to\s+{fig_rx('e')}(?!\s*,?\s*(?:up\s+|down\s+)?from\b)", re.I),
    # "Russian arms exports dropped to 7.8% of the global market": the flow is the subject's, the world the object's
    re.compile(rf"(?P<own>(?<![\w-])(?:the\s+)?(?:{_ST_ALT})(?:['’]s?)?)\s+(?:total\s+)?(?:arms\s+|weapons?\s+)?"
               rf"(?P<fw>exports|imports)\s+(?:have\s+|has\s+|had\s+)?(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})\s+to\s+"
               rf"{fig_rx('e')}\s+of\s+(?P<obj>(?:the\s+)?(?:global|world|international|worldwide|world['’]s)\s+"
               rf"(?:arms\s+)?(?:market|exports|imports|total|trade))(?P<w1>)(?!\s*,?\s*(?:up\s+|down\s+)?from\b)",
               re.I),
]
_GLOBALLY = re.compile(r"^\s*(?:Globally|Worldwide|Across\s+the\s+world|Around\s+the\s+world),\s")


def _share_reached(s: str, doc: DocCtx, pair: tuple[str, str], used: list[tuple[int, int]],
                   add: Callable[[dict[str, Any]], None]) -> None:
    """"Russia's share of global arms exports fell to 7.8 %", "Globally, the US increased its share of arms exports
    to 42 %": a world share at the level it reached, in the period the sentence names, else the document's (or the
    SIPRI release's). The world is said in the share's object, before "share", or by a sentence that opens with
    "Globally,"; the flow (imports or exports) in the object, or, where the share names none ("while Russia's share
    dropped to 6.8 %"), the one flow the sentence speaks of; a share of a region's or a state's flow is not read."""
    for rx in _SHARE_REACHED:
        for m in rx.finditer(s):
            if any(x < m.end() and m.start() < y for x, y in used):
                continue
            obj = m.group("obj") or ""
            if _states_at(obj) or _REGION.search(obj) or _REGION.search(s[:m.start()]):
                continue
            if not (m.group("w1") or WORLD_WORDS.search(obj) or _GLOBALLY.match(s)):
                continue
            # "Russia's share dropped to 6.8 %" with no object: the one flow the sentence speaks of
            flows = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?)?\b", obj or s, re.I)}
            fw = m.groupdict().get("fw")
            if fw:  # the subject's flow; an object of the other flow is no share of it
                if flows - {fw[:6].lower()}:
                    continue
                flows = {fw[:6].lower()}
            if len(flows) != 1:
                continue
            who = _share_owner(s, m, doc, verb_before=False)
            f = read_fig(m, "e")
            if not who or f is None:
                continue
            p = single_period(s, m.start("ev") if m.group("ev") else m.end(), doc)
            if p is None:
                continue
            add(world_share_claim(who, flows == {"import"}, p, f, pair))
            used.append((m.start(), m.end()))


def world_list(head: str, inner: str, kind: str, doc: DocCtx) -> bool:
    """Whether a list of states with figures in parentheses gives world shares of ``kind`` ("imports" or "exports"):
    its head (the words before the first item) or the first figure's own words name the world ("the main global arms
    importers were ..."), or the head is a ranking of exporters or importers owned by no state ("The six biggest
    exporters in 2010–14 were ...", not "Qatar's main suppliers", "their share of its total imports"), or the list
    goes on from the previous sentence's world shares of that direction ("India is followed by ...")."""
    if WORLD_WORDS.search(head) or WORLD_WORDS.search(inner):
        return True
    flow = "importers?" if kind == "imports" else "exporters?"
    phrase = RE.split(r"[,;:]", head)[-1]  # the words just before the list
    if RE.search(rf"\b(?:top|largest|biggest|leading|main|major)\b[^.;:()]{{0,30}}\b{flow}\b", phrase, re.I) and not \
            RE.search(r"['’]s?\s|\b(?:its|their|his|her)\b|\bof\s+(?:the\s+)?(?:" + _ST_ALT + r")\b|\bsuppl",
                      phrase):
        return True
    ind = "recipient_world_share" if kind == "imports" else "supplier_world_share"
    return bool(RE.search(r"\bfollowed\s+by\b", head, re.I)) and bool(doc.last) and all(
        c["indicator"] == ind for c in doc.last)


def slot_claims(s: str, doc: DocCtx, pair: tuple[str, str], found: list[dict[str, Any]],
                 used: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Claims from the slot filler (above) for the figures of ``s`` that no phrase rule read."""
    out: list[dict[str, Any]] = []
    money = bool(MONEY_RE.search(s) and RE.search(r"\b(?:billion|million|bn)\b|\$", s, re.I))
    seen = {(c["indicator"], tuple(c["dyad"]), tuple(c["period"])) for c in found}
    figs_found = {repr(c.get("expected")) for c in found}

    def add(cl: dict[str, Any]) -> None:
        """Keep a claim unless a rule above read the same measure and period, or the same figure."""
        key = (cl["indicator"], tuple(cl["dyad"]), tuple(cl["period"]))
        if key not in seen and repr(cl.get("expected")) not in figs_found:
            seen.add(key)
            out.append(cl)

    if not money:
        _share_moves(s, doc, pair, used, add)
        _share_reached(s, doc, pair, used, add)
    for a, b in slot_clauses(s):
        c = s[a:b]
        spans = period_spans(c)
        if ODD_TIME.search(c) and not spans:
            continue  # "last year", "over the past decade": not a period the slots can ground
        if any(not any(x <= y.start() < z for x, z, _ in spans) and not RE.search(
                r"\b(?:in|since|during)\s+$", c[max(0, y.start() - 8):y.start()], re.I) for y in YEAR_RE.finditer(c)):
            continue  # "by 2020", "compared with 2019": a year the slots cannot place
        if PART_WORDS.search(c):
            continue  # "exports of Chinese drones rose by 50 %": a category's or another good's, not the total
        # "Australia, the largest arms importer in Oceania, increased its imports by 23 per cent": a region only in an
        # appositive of the subject leaves the subject's own change readable (not a share: that may be the region's)
        appos_only = bool(_REGION.search(c)) and not _REGION.search(RE.sub(
            rf",\s+(?:the|a|an)\s+[^,;]{{0,60}}?\b(?:in|of)\s+{REGION_NAMES}[^,;]{{0,20}},", ",", c))
        if (_REGION.search(c) and not appos_only) or money or RE.search(r"\brespectively\b|\bpercentage\s+points?\b",
                                                                        c, re.I):
            continue
        figs = [m for m in FIG_RE.finditer(c)]
        for m in figs:
            span = (a + m.start(), a + m.end())
            if any(x < span[1] and span[0] < y for x, y in used):
                continue
            f = read_fig(m, "x")
            if f is None:
                continue
            pre = c[:m.start()]
            each = bool(RE.search(r"\beach\s+(?:(?:accounting|accounted|accounts?|with|at|taking|took|holding|has|"
                                  r"had|have)\b[^,;]{0,12})?$", pre, re.I)) and not RE.search(r"\beach\s+other\b", pre,
                                                                                            re.I)
            ch = _change_slots(c, m.start(), m.end(), s, a, doc)
            if appos_only and not (ch and ch[0] != "deliveries_tiv"):
                continue
            if ch:
                ind, sup, rec, down = ch
                per = periods_of_change(s, span, doc)
                if per is None or per[0][1] - per[0][0] != per[1][1] - per[1][0]:
                    continue
                if ind == "deliveries_tiv":
                    assert sup and rec
                    cl = change_claim(ind, [sup, rec], per, f, down, f"{sup}→{rec} arms deliveries "
                                       f"{per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}")
                else:
                    who = sup or rec
                    assert who
                    cl = total_change_claim(who, ind == "recipient_total_imports", per, f, down, pair)
                add(cl)
                used.append(span)
                if ind == "deliveries_tiv":
                    change_list(c, a, span[1], cl, used, add)
                continue
            src = _source_slots(c, m, s, a, doc)
            if src:
                p = _clause_period(s, a, b, span[1], doc)
                if p is not None and p[1] - p[0] <= 10:
                    add(dependence_claim(src[0], src[1], p, f))
                    used.append(span)
                    _source_list(s, span[1], src, p, used, add)
                continue
            dst = _destination_slots(c, m, s, a, doc)
            if dst:
                p = _clause_period(s, a, b, span[1], doc)
                if p is not None and p[1] - p[0] <= 10:
                    d_ind, d_sup, d_rec = dst
                    add(client_claim(d_sup, d_rec, p, f) if d_sup else world_share_claim(d_rec, True, p, f, pair))
                    used.append(span)
                    _slot_list(c, a, m.end(), s, doc, pair, [(d_ind, d_sup, d_rec)], p, used, add,  # type: ignore
                               first=f)
                continue
            if RE.search(rf"\b(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+(?:to|from|at)\s+$|(?<!\bamounted\s)(?<!\bamounts\s)"
                         rf"(?<!\bamounting\s)(?<!\bamount\s)\b(?:to|from)\s+$", pre, re.I) or \
                    RE.match(r"\s+(?:rise|increase|growth|jump|fall|drop|decline|decrease)\b", c[m.end():], re.I):
                continue  # a share said with a change ("rose to 43 %", "up from 35 %"): read below, not here
            if RE.match(rf"\s+of\s+(?:[\w'’]+\s+){{0,3}}?(?:exports?|imports?|sales|deliveries|purchases)\s+"
                        rf"(?:to|from)\s+"
                        rf"(?:the\s+)?(?:{_ST_ALT})\s*\(\s*\d", c[m.end():]):
                continue  # "sold one-third of its arm exports to South Korea (15%), Israel (13%) ...": the group's
            slots = _share_slots(c, m.start(), m.end(), s, a, doc, each)
            rel, rel_who = relative_subject(pre)
            if rel and slots:  # "... to Saudi Arabia, which accounted for 12 %": a one-state figure is the pronoun's
                # state's
                slots = [x for x in slots if x[0] not in WORLD_SHARE_INDICATORS
                         or (x[1] or x[2]) == rel_who]
            if not slots:
                continue
            if PREVIOUS.search(s) and not period_spans(c):
                continue  # "..., when Russia held a 21 % share": which of two periods the sentence speaks of is unsaid
            p = _clause_period(s, a, b, span[1], doc)
            if p is None or p[1] - p[0] > 10:
                continue
            for ind, sup, rec in slots:
                if ind == "import_dependence":
                    assert sup and rec
                    cl = dependence_claim(sup, rec, p, f)
                elif ind == "share_of_supplier_exports":
                    assert sup and rec
                    cl = client_claim(sup, rec, p, f)
                else:
                    who = sup or rec
                    assert who
                    cl = world_share_claim(who, ind == "recipient_world_share", p, f, pair)
                add(cl)
                earlier = earlier_share(s, span[1], p, doc) if len(slots) == 1 else None
                if earlier:  # "..., up from 73 per cent in 2016–20": the same share in an earlier period
                    e = earlier[1]
                    add(share_claim(cl["indicator"], cl["dyad"], e, earlier[0],
                                     cl["text"].replace(f"{p[0]}–{p[1]}", f"{e[0]}–{e[1]}")))
            used.append(span)
            out += _slot_list(c, a, m.end(), s, doc, pair, slots, p, used, add, first=f)
        _prep_list(c, a, [*found, *out], used, add)
    _compared_shares(s, [*found, *out], add)
    return out


def _prep_list(c: str, off: int, claims: list[dict[str, Any]], used: list[tuple[int, int]],
               add: Callable[[dict[str, Any]], None]) -> None:
    """"bought 61 % of its weapons from France, 20 % from Germany and 9.5 % from Italy" where a rule read the first item
    only: the items after it, each with the first item's measure (another supplier of the same recipient, or with "to",
    another buyer of the same supplier). Only when the list is one chain of such items and each later item is free."""
    num = rf"(?:(?P<q>{'|'.join(map(re.escape, QUALS))})\s+)?(?P<v>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)?"
    first = re.compile(rf"{fig_rx('x')}\s+of\s+[^,;:()]{{0,50}}?\b(?P<via>from|to)\s+{_st('w')}", re.I)
    for m in first.finditer(c):
        f0, w0 = read_fig(m, "x"), _code(m.group("w"))
        via = m.group("via").lower()
        ind = "import_dependence" if via == "from" else "share_of_supplier_exports"
        base = [x for x in claims if x["indicator"] == ind and x["dyad"][0 if via == "from" else 1] == w0
                and f0 is not None and _num_same(x.get("expected"), f0.value)]
        if len(base) != 1:
            continue
        b = base[0]
        item = re.compile(rf"(?:,\s*|\s+)(?:and\s+)?{num}\s+{via}\s+{_st('w')}", re.I)
        k, made = m.end(), []
        while True:
            it = item.match(c, k)
            if not it:
                break
            w = _code(it.group("w"))
            span = (off + it.start(), off + it.end())
            if not w or w in b["dyad"] or any(x < span[1] and span[0] < y for x, y in used):
                made = []
                break
            f = Fig(float(it.group("v")), (it.group("q") or "").lower(), False,
                     len(it.group("v").split(".")[1]) if "." in it.group("v") else 0)
            p = (b["period"][0], b["period"][1])
            made.append((span, dependence_claim(w, b["dyad"][1], p, f) if via == "from"
                         else client_claim(b["dyad"][0], w, p, f)))
            k = it.end()
        if made and RE.match(r"\s*,?\s*(?:and\s+)?(?:\d|[A-Z])", c[k:]):
            continue  # the list goes on in a form not read
        for span, cl in made:
            add(cl)
            used.append(span)


def _source_list(s: str, end: int, src: tuple[str, str], p: tuple[int, int], used: list[tuple[int, int]],
                 add: Callable[[dict[str, Any]], None]) -> None:
    """"49.4 per cent of India's arms imports ... were from Russia, and 0.5 per cent were from Ukraine": the items after
    a share said by where the imports came from, each another supplier of the same recipient in the same period. Only
    when the list is one chain of such items to the end of the sentence."""
    item = re.compile(rf"\s*,?\s*(?:and\s+|while\s+|compared\s+(?:to|with)\s+)?{fig_rx('i')}\s+{_FROM_WORDS}\s+"
                      rf"{_st('i')}", re.I)
    m0 = re.compile(rf"[^,;:()]{{0,90}}?\b(?:from|by|(?<=originate\s)in|(?<=originated\s)in|(?<=originates\s)in)\s+"
                    rf"{_st('z')}", re.I).match(s, end)
    if not m0:
        return
    k, made = m0.end(), []
    while True:
        it = item.match(s, k)
        if not it:
            break
        w, f = _code(it.group("i")), read_fig(it, "i")
        if not w or f is None or w in src or any(x < it.end() and it.start() < y for x, y in used):
            return
        made.append(((it.start(), it.end()), dependence_claim(w, src[1], p, f)))
        k = it.end()
    if not RE.fullmatch(r"\s*[.!]?\s*", s[k:]):
        return
    for span, cl in made:
        add(cl)
        used.append(span)


def _num_same(expected: Any, value: float) -> bool:
    if isinstance(expected, list):
        return any(isinstance(x, int | float) and abs(x - value) < 1e-9 for x in expected)
    return isinstance(expected, int | float) and abs(expected - value) < 1e-9


def _slot_list(c: str, off: int, end: int, s: str, doc: DocCtx, pair: tuple[str, str],
               slots: list[tuple[str, str, str | None]], p: tuple[int, int], used: list[tuple[int, int]],
               add: Callable[[dict[str, Any]], None], first: Fig | None = None) -> list[dict[str, Any]]:
    """A list that goes on after a share the slots read, with the same measure: "51 % of weapons from Russia, 43 % from
    Israel and 2.8 % from Turkey" (another supplier of the same recipient), "27 percent of its weapons to India, 14 to
    China" (another buyer of the same supplier; a bare number takes the unit of the first), "accounting for 30 percent
    of the market, followed by Russia at 26 percent, Germany at 7 percent" or "... Ukraine (9.3 %)" (another subject).
    When the list goes on in a form not read, none of its items is pre-filled."""
    if len(slots) != 1:
        return []
    ind, sup, rec = slots[0]
    rest_at = end - off
    k = rest_at + len(RE.match(r"[^,;:()]*", c[rest_at:]).group(0))  # type: ignore[union-attr]
    if c[k:k + 1] == ")" and c[:rest_at].count("(") > c[:rest_at].count(")"):
        k += 1  # "Japan (8.6 percent of total US arms exports), Australia (8.4 percent)": the list goes on after it
    num = rf"(?:(?P<q>{'|'.join(map(re.escape, QUALS))})\s+)?(?P<v>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)?"
    item_from = re.compile(rf",?\s*(?:and\s+)?{num}\s+from\s+{_st('w')}", re.I)
    item_to = re.compile(rf",?\s*(?:and\s+)?{num}\s+to\s+{_st('w')}", re.I)
    item_subj = re.compile(rf",?\s*(?:and\s+)?(?:(?:followed|trailed)\s+(?:closely\s+)?by\s+|ahead\s+of\s+|then\s+|"
                           rf"by\s+)?"
                           rf"{_st('w')}\s*(?:(?:at|with)\s+{fig_rx('a')}|"
                           rf"\(\s*{fig_rx('b')}\s*\))", re.I)
    items: list[tuple[str, Fig, tuple[int, int]]] = []  # (the other state, its figure, its span)
    while True:
        w = f = None
        m = item_from.match(c, k) or item_to.match(c, k)
        if m:
            w = _code(m.group("w"))
            f = Fig(float(m.group("v")), (m.group("q") or "").lower(), False,
                     len(m.group("v").split(".")[1]) if "." in m.group("v") else 0)
            via_from = m.re is item_from
            if not (w and ((ind == "import_dependence" and via_from and w != rec) or
                           (ind == "share_of_supplier_exports" and not via_from and w != sup) or
                           (ind == "recipient_world_share" and not via_from))):
                w = None
        else:
            m = item_subj.match(c, k)
            if m:
                w = _code(m.group("w"))
                f = read_fig(m, "a") or read_fig(m, "b")
                if ind == "import_dependence" and w == rec or ind == "share_of_supplier_exports" and w == sup or \
                        ind not in ("import_dependence", "share_of_supplier_exports", "supplier_world_share",
                                    "recipient_world_share"):
                    w = None
        if m is None or w is None or f is None:
            break
        items.append((w, f, (off + m.start(), off + m.end())))
        k = m.end()
    if items and RE.match(r"\s*,?\s*(?:and\s+)?(?:\d|[A-Z])", c[k:]):
        return []  # the list goes on in a form not read: leave the whole list to a person
    # "were about 12 % to A, 10 % to B": a qualifier in the predicate governs the list; "Some 35 % of ... go to A, 20 %
    # to B": one in the subject governs its own figure only
    if first is not None and RE.match(r"\s+(?:share\s+)?of\b", c[end - off:], re.I):
        first = None
    figs = with_governing_qualifiers([first, *(f for _, f, _ in items)])[1:] if first else [f for _, f, _ in items]  # type: ignore
    if figs is None:
        return []  # which qualifier governs which figure is not said
    for (w, _, span), f in zip(items, figs):
        if ind in WORLD_SHARE_INDICATORS:
            add(world_share_claim(w, ind == "recipient_world_share", p, f, pair))
        elif ind == "import_dependence":
            add(dependence_claim(w, rec, p, f))  # type: ignore[arg-type]
        else:
            add(client_claim(sup, w, p, f))  # type: ignore[arg-type]
        used.append(span)
    return []


_NOUN_UP = r"jumps?|increases?|rises?|growth|surges?|hikes?"
_NOUN_DOWN = r"falls?|drops?|declines?|decreases?|reductions?|cuts?"


def bracketed_changes(s: str, doc: DocCtx, pair: tuple[str, str], free: Any, used: list[tuple[int, int]]
                       ) -> list[dict[str, Any]]:
    """Changes of several states' total arms imports (or exports), each figure in brackets after its state: "Arms
    imports by Israel (354 per cent), Qatar (225 per cent) and Iraq (139 per cent) also rose between 2009–13 and
    2014–18", "jumps in arms imports by Indonesia (84 per cent), Singapore (146 per cent) and Malaysia (722 per
    cent)". The direction is the verb's (or the noun's); the periods are the change's (``periods_of_change``)."""
    out: list[dict[str, Any]] = []
    item = rf"(?:the\s+)?{_st('k')}\s*\(\s*(?:by\s+)?{fig_rx('k')}\s*\)"
    bare = RE.sub(r"\(\?P<\w+>", "(?:", item)
    items = rf"(?P<items>{bare}(?:\s*,\s*(?:and\s+)?{bare}|,?\s+and\s+{bare})*)"
    flow = r"(?:major\s+)?(?:arms\s+|weapons?\s+)?(?P<flow>imports|exports)(?:\s+of\s+(?:major\s+)?(?:arms|weapons))?"
    rxs = [re.compile(rf"\b{flow}\s+(?:by|of|from)\s+{items}\s+(?:(?:have|has|had)\s+)?(?:also\s+|all\s+)?"
                      rf"(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})\b", re.I),
           re.compile(rf"\b(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\s+in\s+{flow}\s+(?:by|of|from)\s+{items}", re.I)]
    for rx in rxs:
        for m in rx.finditer(s):
            if not free(m):
                continue
            word = (m.group("verb") if "verb" in rx.groupindex else m.group("noun")).lower()
            down = bool(RE.fullmatch(_CHANGE_DOWN if "verb" in rx.groupindex else _NOUN_DOWN, word))
            if word in ("up", "down"):
                continue
            per = periods_of_change(s, (m.start(), m.end()), doc)
            if per is None:
                continue
            imp = m.group("flow").lower() == "imports"
            for it in re.compile(item, re.I).finditer(m.group("items")):
                who, f = _code(it.group("k")), read_fig(it, "k")
                if not who or f is None:
                    continue
                out.append(total_change_claim(who, imp, per, f, down, pair))
            used.append((m.start(), m.end()))
    return out


_TIMES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}


def multiples(s: str, doc: DocCtx, pair: tuple[str, str], free: Any, used: list[tuple[int, int]]
               ) -> list[dict[str, Any]]:
    """Changes written as multiples: "Qatar's arms imports more than doubled", "Imports of major arms by Qatar
    tripled", "Poland's arms imports were 4.5 times higher than in 2015–19": a rise of (N − 1)·100 % ("doubled"
    100 % ± 10 %, "more than doubled" [100, ∞], "nearly tripled" [170, 200]; docs/claims.md, "Rounded figures"),
    of the state's total imports or exports, or of one supplier's deliveries to one recipient ("from"/"to")."""
    out: list[dict[str, Any]] = []
    if not (doc.armsy or ARMS_WORDS.search(s)):
        return out
    q = r"(?P<q>more\s+than|nearly|almost|about|roughly|over)?\s*"
    flow = (rf"(?:(?:{_st('x')}|(?P<xpro>\b(?:its|their)))\s+(?:own\s+)?(?:arms\s+|weapons\s+)?"
            rf"(?P<flow>imports|exports)(?:\s+of\s+(?:major\s+)?(?:arms|weapons))?|(?P<flow2>imports|exports)\s+of\s+(?:major\s+)?(?:arms|weapons)"
            rf"\s+by\s+{_st('w')})(?:\s+(?P<prep>from|to)\s+{_st('z')})?")
    rxs = [re.compile(rf"{flow}(?:\s+(?:have|has|had))?\s+{q}(?P<v>doubled|tripled|trebled|quadrupled)\b", re.I),
           re.compile(rf"{flow}(?:\s+(?:in|during)\s+(?:the\s+)?{PERIOD})?\s+(?:were|was)\s+{q}(?P<n>\d+(?:\.\d+)?|"
                      rf"two|three|four|five|six|seven|eight|nine|ten)\s+times\s+(?:higher|greater|larger|as\s+high)\s+"
                      rf"(?:than|as)\b", re.I),
           # "Morocco's arms imports increased by more than 10 times", "... rose five-fold"
           re.compile(rf"{flow}(?:\s+(?:have|has|had))?\s+(?:increased|rose|grew|jumped|surged|multiplied)\s+"
                      rf"(?:by\s+)?{q}(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
                      rf"(?:\s+times|[- ]?fold)\b", re.I),
           # "Syria imported nearly six times more weapons in 2007-2011 than in the previous five-year period"
           re.compile(rf"{_st('x')}\s+(?:has\s+|had\s+)?(?P<vb>imported|exported|bought|sold|purchased|received|"
                      rf"supplied)\s+"
                      rf"{q}(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times\s+(?:more|as\s+many|"
                      rf"as\s+much)\s+(?:major\s+)?(?:arms|weapons|military\s+equipment)\b(?P<z>)(?P<flow>)(?P<flow2>)"
                      rf"(?P<w>)(?P<xpro>)(?P<prep>)", re.I)]
    for rx in rxs:
        for m in rx.finditer(s):
            if not free(m):
                continue
            x = _code(m.group("x") or m.group("w")) or (antecedent(s, m.start(), doc) if m.group("xpro") else None)
            z = _code(m.group("z"))
            fl = (m.group("flow") or m.group("flow2") or "").lower() or (
                "imports" if m.group("vb").lower() in ("imported", "bought", "purchased", "received") else "exports")
            if not x or x == z:
                continue
            if RE.match(rf"\s+(?:those|that)\s+of\b|\s+(?:the\s+)?(?:{_ST_ALT})(?![\w-])|\s+(?:as|than)\s+(?:(?:those|"
                        rf"that)\s+of\s+)?(?:the\s+)?(?:{_ST_ALT})(?![\w-])", s[m.end():]):
                continue  # "India's imports were three times larger than those of China", "the Saudis received four
                # times as many arms as Israel did", "exported 7.3 times more arms than Russia": two states, no change
            n = float(_TIMES[m.group("v").lower()]) if "v" in rx.groupindex else \
                float(NUMW.get(m.group("n").lower()) or m.group("n"))
            per = periods_of_change(s, (m.start(), m.end()), doc)
            if per is None:
                continue
            fold: tuple[float, str] | None = (n, RE.sub(r"\s+", " ", (m.group("q") or "").lower()))
            pct: Fig | None = None
            exact = RE.match(r"\s*\(\s*\+\s*(?P<v>\d+(?:\.\d+)?)\s*%\s*\)", s[m.end():])
            if exact:  # "more than 10 times (+1164%)": the percentage the text gives is the size of the change
                fold, pct = None, Fig(float(exact.group("v")), "", False, len((exact.group("v") + ".").split(".")[1]))
            if z and (m.group("prep").lower() == "from") == (fl == "imports"):
                sup, rec = (z, x) if fl == "imports" else (x, z)
                out.append(change_claim("deliveries_tiv", [sup, rec], per, None if fold else pct, False,
                                         f"{sup}→{rec} arms deliveries {per[0][0]}–{per[0][1]} to {per[1][0]}–"
                                         f"{per[1][1]}", fold))
            elif not z:
                imp = fl == "imports"
                out.append(change_claim("recipient_total_imports" if imp else "supplier_total_exports",
                                         one_state_dyad(x, imp, pair), per, None if fold else pct, False,
                                         f"{x}'s arms {fl} {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}", fold))
            else:
                continue
            used.append((m.start(), m.end()))
    return out


def more_shares(s: str, doc: DocCtx, pair: tuple[str, str], found: list[dict[str, Any]], free: Any,
                 used: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Shares whose measure the clause says in other words than the forms above:

    * "China was the world's sixth largest importer ... after Saudi Arabia, ..., accounting for just over 4 % of global
      imports"; "Islamabad was ... the largest buyer of Chinese arms ..., accounting for 35% of the arms exports from
      Beijing": a participle belongs to the subject of the main clause (other states only after "after", "than" ...);
    * "France's share increased from 7.1% to 11%", "France, whose share increased from 7.1% to 11%": a world share when
      the sentence speaks of the world and of one flow (exports or imports);
    * "the U.S. — which dominates global arms exports at 40%";
    * "While Russia accounted for 22% of global arms sales in 2013-17, that figure dropped to 16% in 2018-22": the
      sentence's one share, in another period."""
    out: list[dict[str, Any]] = []

    def taken(m: re.Match[str]) -> bool:
        return not free(m)

    flows = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?)?\b", s, re.I)}
    one_flow = next(iter(flows)) if len(flows) == 1 else None
    worldly = bool(WORLD_WORDS.search(s))
    rx = re.compile(rf"^(?:[^,;]{{0,60}},\s+)?{_st('sub')}\s+(?:has\s+been\s+|had\s+been\s+)?(?:was|is|became|remained|"
                    rf"remains|has\s+become|ranked|ranks)\b(?P<body>[^;]{{0,200}}?),\s+(?:accounting\s+for|taking|"
                    rf"receiving|absorbing)\s+{fig_rx('a')}\s+of\s+"
                    rf"(?:(?P<world>{WORLD})\s+(?:arms\s+)?(?P<wflow>imports|exports)|(?:the\s+)?(?:total\s+)?"
                    rf"(?:arms\s+|weapons\s+)?exports\s+(?:from|of)\s+{_st('sup')}|{_st('sup2')}\s+(?:total\s+)?"
                    rf"(?:arms\s+)?exports)", re.I)
    for m in rx.finditer(s):
        sub, fa = _code(m.group("sub")), read_fig(m, "a")
        sup = _code(m.group("sup") or m.group("sup2"))
        body = RE.split(r"\b(?:after|ahead\s+of|behind|followed\s+by|than|next\s+to)\b", m.group("body"))[0]
        if not sub or fa is None or taken(m) or set(distinct_states(body)) - {sub, sup}:
            continue
        p = single_period(s, m.end(), doc)
        if p is None:
            continue
        if m.group("wflow"):
            out.append(world_share_claim(sub, m.group("wflow").lower() == "imports", p, fa, pair))
        elif sup and sup != sub:
            out.append(client_claim(sup, sub, p, fa))
        else:
            continue
        used.append((m.start("body"), m.end()))
    rx = re.compile(rf"{_st('w')}(?:['’]s?|,\s+whose)?\s+share\s+(?:(?:of|in)\s+{WORLD}\s+(?:arms\s+)?"
                    rf"(?P<fl>exports|imports)\s+)?"
                    rf"(?:(?:has\s+|had\s+)?(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})\s+)?(?:slightly\s+)?from\s+"
                    rf"{fig_rx('a')}\s+to\s+{fig_rx('b')}", re.I)
    for m in rx.finditer(s):
        who, fa, fb = _code(m.group("w")), read_fig(m, "a"), read_fig(m, "b")
        flow = (m.group("fl") or "")[:6].lower() or (one_flow if worldly else None)
        if not who or fa is None or fb is None or not flow or taken(m):
            continue
        if not m.group("verb") and not (RE.search(r",\s*$", s[:m.start()]) and found + out):
            continue  # "..., France's share from 7.1% to 11%": without a verb only as the next item of a list
        pr = two_periods(sentence_periods(s), doc)
        if pr is None:
            continue
        for f, p in ((fa, pr[0]), (fb, pr[1])):
            out.append(world_share_claim(who, flow == "import", p, f, pair))
        used.append((m.start(), m.end()))
    rx = re.compile(rf"{_st('w')}\s*(?:[—–]|,)\s*which\s+(?:dominates|leads|holds|has|accounts\s+for)\s+{WORLD}\s+"
                    rf"(?:arms\s+)?(?P<fl>exports|imports|trade|sales)\s+(?:at|with)\s+{fig_rx('a')}", re.I)
    for m in rx.finditer(s):
        who, fa = _code(m.group("w")), read_fig(m, "a")
        flow = m.group("fl").lower()
        flow = "import" if flow == "imports" else "export" if flow == "exports" else one_flow
        p = single_period(s, m.end(), doc)
        if not who or fa is None or not flow or taken(m) or p is None:
            continue
        out.append(world_share_claim(who, flow == "import", p, fa, pair))
        used.append((m.start(), m.end()))
    # "the Russian Federation increased arms exports to China (by 39%) and Egypt (by 44%)": changes of one supplier's
    # deliveries to each recipient listed with its figure
    mx = RE.search(rf"{_st('sup')}(?:\s+Federation)?\s+(?:has\s+|had\s+)?(?:also\s+)?(?P<v>increased|raised|boosted|"
                   rf"reduced|cut|decreased|lowered)\s+(?:its\s+)?(?:arms\s+|weapons\s+)?(?:exports|deliveries|supplies)\s+"
                   rf"to\s+", s, re.I)
    if mx and _code(mx.group("sup")) and free(mx):
        sup, down = _code(mx.group("sup")), mx.group("v").lower() in ("reduced", "cut", "decreased", "lowered")
        pos, got = mx.end(), []
        while True:
            mi = RE.match(rf"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)?(?:to\s+)?{_st('r')}\s*"
                          rf"(?:\(\s*by\s+{fig_rx('a')}\s*\)|"
                          rf"\s+by\s+{fig_rx('b')})", s[pos:], re.I)
            if not mi:
                break
            got.append((_code(mi.group("r")), read_fig(mi, "a") or read_fig(mi, "b")))
            pos += mi.end()
        per = periods_of_change(s, (mx.start(), pos), doc) if got else None
        goes_on = RE.match(r"[^.;]*", s[pos:]).group(0)  # type: ignore[union-attr]
        if per and all(r and f and r != sup for r, f in got) and not (_states_at(goes_on) or FIG_RE.search(goes_on)):
            for r, f in got:
                text = f"{sup}→{r} arms deliveries {per[0][0]}–{per[0][1]} to {per[1][0]}–{per[1][1]}"
                out.append(change_claim("deliveries_tiv", [sup, r], per, f, down, text))  # type: ignore[list-item]
            used.append((mx.start(), pos))
    mf = RE.search(rf"\b(?:that|this|the)\s+(?:figure|share|proportion|percentage)\s+(?:has\s+|had\s+)?(?:{_CHANGE_UP}|"
                   rf"{_CHANGE_DOWN}|was|stood\s+at)\s+(?:slightly\s+)?(?:to\s+)?{fig_rx('f')}\s+(?:in|during|by)\s+"
                   rf"(?:the\s+)?(?:period\s+)?(?P<py0>(?:19|20)\d\d)\s*[–—-]\s*(?P<py1>(?:19|20)?\d\d)(?![\d%])", s,
                   re.I)
    shares = {(c["indicator"], tuple(c["dyad"]), tuple(c["period"])) for c in found + out if c["test"] == "share"}
    if mf and len(shares) == 1 and not taken(mf):
        ind, dyad, period = shares.pop()
        base = next(c for c in found + out if c["test"] == "share")
        p2, f = period_of((mf.group("py0"), mf.group("py1"))), read_fig(mf, "f")
        if p2 and f and p2 != period:
            out.append(share_claim(ind, list(dyad), p2, f, RE.sub(r"\d{4}–\d{4}$", f"{p2[0]}–{p2[1]}", base["text"]),
                                    **{k: v for k, v in base["params"].items() if k != "aggregate"}))
            used.append((mf.start(), mf.end()))
    return out


def earlier_share(s: str, end: int, p: tuple[int, int], doc: DocCtx) -> tuple[Fig, tuple[int, int]] | None:
    """"..., a sharp increase from 4.9 percent from 2009 to 2013", "..., up from 30 percent in 2009–13": the same
    share in an earlier period, named there (or the one the document named before ``p``)."""
    if p[1] - p[0] == 4:
        # "..., compared to 30 percent in the previous five years": the five years before the share's own
        m5 = RE.match(rf"[^.;%]{{0,40}}?,?\s+(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:just\s+|only\s+)?"
                      rf"{fig_rx('u')}\s+{_PREVIOUS_FIVE}", s[end:], re.I)
        f5 = read_fig(m5, "u") if m5 else None
        if m5 and f5:
            return f5, (p[0] - 5, p[1] - 5)
    m = RE.match(rf"[^.;%]{{0,40}}?,?\s+(?:(?:an?\s+)?(?:(?:sharp|slight|significant|steep|marked)\s+)?"
                 rf"(?:increase|rise|jump|decrease|fall|drop|decline)\s+|up\s+|down\s+)from\s+{fig_rx('u')}(?:\s+(?:in|during|from|between)\s+"
                 rf"(?:the\s+)?(?:period\s+)?{_PERIOD_WORDS}(?:\s+period)?)?", s[end:], re.I)
    if m is None:  # "..., compared with just 0.1 per cent in 2016–20": only with the earlier period written
        m = RE.match(rf"[^.;%]{{0,40}}?,?\s+compared\s+(?:with|to)\s+(?:just\s+|only\s+)?{fig_rx('u')}\s+"
                     rf"(?:in|during)\s+"
                     rf"(?:the\s+)?(?:period\s+)?{_PERIOD_WORDS}(?![\w%])", s[end:], re.I)
    f = read_fig(m, "u") if m else None
    if m is None or f is None:
        return None
    pu = [q for q in sentence_periods(m.group(0)) if q != p]
    pr = doc.pair()
    p2 = pu[-1] if pu else (pr[0] if pr and pr[1] == p else None)
    return (f, p2) if p2 and p2[1] < p[0] else None


#: "in the previous five years", "in the preceding five-year period": the five years before a period of five
_PREVIOUS_FIVE = (r"(?:in|for|during|over)\s+the\s+(?:previous|preceding|prior)\s+(?:five|5)(?:[- ]year\s+period|"
                  r"\s+years)\b")
_THAN_IN = re.compile(rf"\b(?:than|that)\s+(?:in|during)\s+(?:the\s+)?(?:period\s+)?(?P<p>{_PERIOD_WORDS})\s*"
                      rf"\(\s*{fig_rx('a')}\s*\)", re.I)


def _compared_shares(s: str, claims: list[dict[str, Any]], add: Callable[[dict[str, Any]], None]) -> None:
    """"Russia accounted for 40 per cent of Indian arms imports, a smaller share than in 2016-20 (51 per cent) and
    almost half that in 2011-15 (70 per cent)": the one share the sentence reads, in each period it is compared with
    (the figure in brackets after the period)."""
    shares = [c for c in claims if c["indicator"] in SHARE_INDICATORS]
    if len(shares) != 1:
        return
    c = shares[0]
    for m in _THAN_IN.finditer(s):
        p, f = sentence_periods(m.group("p")), read_fig(m, "a")
        if f is None or len(p) != 1 or p[0][1] >= c["period"][0] or \
                p[0][1] - p[0][0] != c["period"][1] - c["period"][0]:
            continue
        add(share_claim(c["indicator"], list(c["dyad"]), p[0], f, c["text"].replace(
            f"{c['period'][0]}–{c['period'][1]}", f"{p[0][0]}–{p[0][1]}")))


#: the words of a flow a share is of ("of Algerian arms imports", "of its sales"), and of the goods before them
_FLOW_IMPORTS = r"(?:imports|purchases|acquisitions|supplies|procurement)"
_FLOW_EXPORTS = r"(?:exports|sales|deliveries)"
_FLOW_GOODS = (r"(?:total\s+)?(?:conventional\s+)?(?:major\s+)?"
               r"(?:arms|weapons?|military|defen[cs]e|weapons?\s+systems)?\s*(?:equipment\s+)?")


def respectively(s: str, doc: DocCtx, pair: tuple[str, str], free: Any, used: list[tuple[int, int]]
                  ) -> list[dict[str, Any]]:
    """"Israeli, South Korean and Turkish arms exports increased ..., 60 percent, 94 percent and 170 percent,
    respectively"; "Top five importers are Saudi Arabia, ... and Algeria – generating 12 percent, ... of total imports
    respectively": as many states as figures, paired in order. Pre-filled only when the sentence names exactly as
    many states as the run of figures before "respectively", the measure is a world share (the sentence, or the one
    before, says world/global/total) or a change of a state's total exports or imports (a verb of change before the
    figures), and the flow (exports or imports) is one."""
    mr = RE.search(r"\brespectively\b", s, re.I)
    if not mr:
        return []
    figs = [f for f in FIG_RE.finditer(s, 0, mr.start())]
    run: list[re.Match[str]] = []
    for f in reversed(figs):
        gap = s[f.end():run[0].start()] if run else s[f.end():mr.start()]
        if run and not RE.fullmatch(r"\s*(?:,|,?\s*and)\s*", gap):
            break
        if not run and not RE.fullmatch(r"[^.;%\d]{0,30}", gap):
            break
        run.insert(0, f)
    if len(run) < 2 or not all(free(f) for f in run):
        return []
    states = distinct_states(s[:run[0].start()])
    role = _clause_role(s[:run[0].start()])
    tail = s[run[-1].end():mr.start()]
    if role and len(states) == len(run) + 1 and role[1] in states and not (set(distinct_states(s)) - set(states)):
        # "The Philippines and Indonesia are the two biggest buyers of South Korean weapons, accounting for 16 percent
        # and 14 percent of its sales, respectively": the listed states' shares of the role's state's exports (imports)
        kind, owner, _ = role
        whose = r"(?:its|their|the|(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)"
        flow = _FLOW_EXPORTS if kind == "exports_of" else _FLOW_IMPORTS
        mt = RE.fullmatch(rf"\s*of\s+(?:{whose}\s+)?{_FLOW_GOODS}{flow}\s*,?\s*", tail)
        if not mt or (_code_in(tail) not in (None, owner)) or any(not free(f) for f in run):
            return []
        p = single_period(s, run[-1].end(), doc)
        read = [read_fig(f, "x") for f in run]
        figs = with_governing_qualifiers(read) if all(f is not None for f in read) else None  # type: ignore[arg-type]
        if p is None or figs is None:
            return []
        others = [c for c in states if c != owner]
        used.extend((f.start(), f.end()) for f in run)
        return [dependence_claim(c, owner, p, f) if kind == "imports_of" else client_claim(owner, c, p, f)  # type: ignore[arg-type]
                for c, f in zip(others, figs)]
    if len(states) != len(run):
        return []
    read = [read_fig(f, "x") for f in run]
    run_figs = with_governing_qualifiers(read) if all(f is not None for f in read) else None  # type: ignore[arg-type]
    if run_figs is None:
        return []
    if set(distinct_states(s)) - set(states):
        # "China and Egypt ... increase purchases, at 39% and 44% respectively, and become Russia's ... importers": a
        # third state in the sentence may be the other side of a dyadic measure; not read as the states' totals
        return []
    between = s[s.rfind(next(x for x in RE.finditer(rf"(?<![\w-])(?:{_ST_ALT})(?![\w-])", s[:run[0].start()])
                             if _code(x.group(0)) == states[-1]).group(0), 0, run[0].start()):run[0].start()]
    flows = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?)?\b", s, re.I)}
    # "... holding 5.8% and 5.6% of the market respectively" after a sentence of world shares of exports (imports): the
    # ranking goes on with that measure
    going_on = world_flow_going_on(doc) if not flows and RE.fullmatch(
        r"\s*of\s+(?:the\s+)?(?:(?:global|world|total)\s+)?(?:market|share|total)\s*,?\s*", tail, re.I) else None
    if going_on:
        flows = {going_on}
    if len(flows) != 1:
        return []
    imports = flows == {"import"}
    verb = RE.search(rf"\b(?P<v>{_CHANGE_UP}|{_CHANGE_DOWN})\b", between, re.I)
    share = going_on or RE.search(r"\bshares?\b|\bof\s+(?:the\s+)?(?:total|global|world)", tail + " " + between, re.I)
    out: list[dict[str, Any]] = []
    if share and not verb or share and RE.search(r"\bshares?\b|\bof\s+(?:the\s+)?total", tail, re.I):
        if not going_on and not RE.search(WORLD_WORDS.pattern + r"|\bof\s+(?:the\s+)?total\b",
                                          s + " " + doc.recent, re.I):
            return []
        p = single_period(s, run[-1].end(), doc)
        if p is None:
            return []
        for c, fig in zip(states, run_figs):
            out.append(world_share_claim(c, imports, p, fig, pair))
    elif verb and not share:
        per = periods_of_change(s, (run[0].start(), run[-1].end()), doc)
        if per is None:
            return []
        down = bool(RE.fullmatch(_CHANGE_DOWN, verb.group("v").lower()))
        for c, fig in zip(states, run_figs):
            out.append(total_change_claim(c, imports, per, fig, down, pair))
    used.extend((f.start(), f.end()) for f in run)
    return out


_PAIRED_VERB = re.compile(r"\s+(?:(?:together\s+)?(?P<joint>together|jointly|combined)\s+)?"
                          r"(?P<v>accounted\s+for|accounts?\s+for|supplied|supplies|supply|provided|provides|provide|"
                          r"made\s+up|makes?\s+up|represented|represents?|delivered|received|receives?|took|takes?|"
                          r"bought|buys?|purchased)\s+", re.I)


def paired_shares(s: str, doc: DocCtx, used: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """"China and Germany account for 13% and 11% of Algerian arms imports, respectively"; "France and Israel supplied
    29 per cent and 15 per cent of India's imports"; "India and China took 30 % and 12 % of Russia's arms exports":
    as many states as figures, coordinated before one verb and paired in order, each a share of one flow of a third
    state the figures' object names (its imports: import dependence; its exports or sales: a client's share of the
    supplier's exports). Pre-filled only when the object is whole ("of OWNER's [total] [arms] imports", "of arms imports
    by OWNER"), the sentence names no other state, no word says the states' shares are one joint figure ("together"),
    and the verb fits the flow (a supplier "supplied" imports; a client "took" exports)."""
    out: list[dict[str, Any]] = []
    st = rf"(?:the\s+)?(?:{_ST_ALT})(?![\w-])"
    for mv in _PAIRED_VERB.finditer(s):
        ms = RE.search(rf"(?<![\w-])(?P<list>{st}(?:\s*,\s*{st})*\s*,?\s+and\s+{st})\s*$", s[:mv.start()])
        if not ms or mv.group("joint"):
            continue
        states = distinct_states(ms.group("list"))
        figs, k = [], mv.end()
        while (mf := RE.match(rf"(?:{fig_rx('x')})(?![\w-])", s[k:], re.I)) is not None:
            figs.append((mf, k))
            k += mf.end()
            sep = RE.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)", s[k:])
            if not sep:
                break
            k += sep.end()
        if len(figs) < 2 or len(figs) != len(states):
            continue
        k = figs[-1][0].end() + figs[-1][1]
        whose = r"(?:the\s+)?(?P<own>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)"
        mo = (RE.match(rf"\s+of\s+(?:all\s+)?{whose}\s+{_FLOW_GOODS}(?P<flow>{_FLOW_IMPORTS}|{_FLOW_EXPORTS})\b",
                       s[k:])
              or RE.match(rf"\s+of\s+(?:all\s+|the\s+)?{_FLOW_GOODS}(?P<flow>{_FLOW_IMPORTS}|{_FLOW_EXPORTS})\s+"
                          rf"(?:by|of|to|from)\s+(?:the\s+)?(?P<own>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)", s[k:]))
        if not mo:
            continue
        owner = _code_in(mo.group("own"))
        rest = s[k + mo.end():]
        if (not owner or owner in states or not RE.match(r"\s*(?:,?\s*respectively\b|[,.;:]|$|\s+(?:in|during|between|"
                                                          r"over|from|since|for|according)\b)", rest)
                or set(distinct_states(s)) - {*states, owner}
                or any(a < f.end() + off and f.start() + off < b for f, off in figs for a, b in used)):
            continue
        exports = bool(RE.fullmatch(_FLOW_EXPORTS, mo.group("flow").lower()))
        verb = mv.group("v").lower().split()[0]
        if exports and verb in ("supplied", "supplies", "supply", "provided", "provides", "provide", "delivered"):
            continue  # "A and B supplied 30 % and 20 % of Russia's exports": not what a supplier does with exports
        if not exports and verb in ("received", "receives", "receive", "took", "takes", "take", "bought", "buys",
                                    "buy", "purchased"):
            continue
        read = [read_fig(f, "x") for f, _ in figs]
        gov = with_governing_qualifiers(read) if all(f is not None for f in read) else None  # type: ignore[arg-type]
        p = single_period(s, k, doc)
        if gov is None or p is None:
            continue
        for c, f in zip(states, gov):
            out.append(client_claim(owner, c, p, f) if exports else dependence_claim(c, owner, p, f))
        used.extend((f.start() + off, f.end() + off) for f, off in figs)
    return out


_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\b(?:while|whereas)\b(?!\s+(?:also\s+|still\s+)?\w+ing\b)|,\s+but\b", re.I)


def _clauses(s: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end): split at ";", a dash between spaces, "while"/"whereas" (not "while
    also buying ...", which keeps the subject) and ", but"."""
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(s)] + [len(s)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def clause_at(s: str, pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in _clauses(s) if a <= pos < b), (0, len(s)))


CHANGE_WORDS = re.compile(rf"\b(?:{_CHANGE_UP}|{_CHANGE_DOWN}|higher|lower|growth|rise|jump|fold|doubled|tripled)\b",
                           re.I)
_ROLE_SUPPLIERS = r"(?:suppliers|sources|supplier|source)"
_ROLE_BUYERS = (r"(?:clients|customers|buyers|recipients|markets|importers|purchasers|destinations|client|customer|"
                r"buyer|recipient|market|importer|purchaser|destination)")


def _clause_role(c: str) -> tuple[str, str, int] | None:
    """Whose list a clause is: ("imports_of", recipient) for its suppliers ("Algeria's chief arms suppliers", "the
    main suppliers of arms to Morocco", "the major sources of weapons for India", "Israel imports its weapons from"),
    ("exports_of", supplier) for its buyers ("India's biggest clients", "the two biggest buyers of South Korean
    weapons", "the top three countries purchasing weapons from Israel", "Countries who received the most arms from
    the U.S."); with where the role phrase ends. None when the clause names no role, or several."""
    arms = r"(?:major\s+)?(?:arms|weapons?|weaponry|military\s+equipment)"
    found: list[tuple[str, str, int]] = []
    pats = [
        ("imports_of", rf"{_st('r')}\s+(?:[\w-]+\s+){{0,2}}?(?:arms\s+|weapons?\s+)?{_ROLE_SUPPLIERS}\b"
                       rf"(?!\s+(?:of|to)\b)"),
        ("imports_of", rf"\b{_ROLE_SUPPLIERS}\s+(?:of\s+{arms}\s+)?(?:to|for)\s+{_st('r')}"),
        ("imports_of", rf"\b{_ROLE_SUPPLIERS}\s+of\s+{_st('r')}(?!\s*{arms})"),
        ("imports_of", rf"{_st('r')}\s+(?:mainly\s+|mostly\s+|also\s+)?(?:imports|imported|buys|bought|sources|"
                       rf"sourced|gets|got|receives|received|procures|procured|purchases|purchased)\s+(?:(?:most|the\s+bulk|"
                       rf"the\s+majority|much)\s+of\s+)?(?:its\s+|their\s+)?"
                       rf"{arms}\s+(?:mainly\s+|mostly\s+|chiefly\s+|primarily\s+)?from\b"),
        ("exports_of", rf"{_st('s')}\s+(?:[\w-]+\s+){{0,2}}?(?:arms\s+|weapons?\s+)?{_ROLE_BUYERS}\b"
                       rf"(?!\s+(?:of|from)\b)"),
        ("exports_of", rf"\b{_ROLE_BUYERS}\s+of\s+(?:major\s+)?{_st('s')}\s+{arms}"),
        ("exports_of", rf"\b{_ROLE_BUYERS}\s+(?:of\s+{arms}\s+)?from\s+{_st('s')}"),
        ("exports_of", rf"\b(?:countries|states|nations)\s+(?:that\s+|who\s+|which\s+)?(?:purchasing|buying|importing|"
                       rf"receiving|purchased|bought|imported|received|purchase|buy|import|receive)\s+(?:the\s+most\s+)?"
                       rf"{arms}\s+from\s+{_st('s')}"),
        ("imports_of", rf"\b(?:exporters?|sellers?|suppliers?)\s+of\s+{arms}\s+to\s+{_st('r')}"),
        # "The largest amount of arms supplied to Ukraine came from the U.S. (45%), ..."
        ("imports_of", rf"\b{arms}\s+(?:supplied|delivered|sold|exported|transferred)\s+to\s+{_st('r')}"
                       rf"{PERIOD_PHRASE}\s+(?:came|come|comes)\s+(?:mainly\s+|mostly\s+|chiefly\s+)?from\b"),
        # "The main arms exporting countries to Morocco are ..."
        ("imports_of", rf"\b(?:(?:arms|weapons?)[- ])?(?:exporting|supplying)\s+(?:countries|states|nations)\s+"
                       rf"(?:to|for|of)\s+{_st('r')}"),
    ]
    for i, (kind, pat) in enumerate(pats):
        for m in RE.finditer(pat, c, re.I):
            g = "r" if kind == "imports_of" else "s"
            who = _code(m.group(g))
            if i in (0, 4) and not RE.match(r"['’]", c[m.end(g):]):
                continue  # "Algeria's suppliers"; not "Indonesia are the buyers", nor "Russian suppliers" (whose?)
            if who:
                found.append((kind, who, m.end()))
    if len({(k, w) for k, w, _ in found}) != 1:
        return None
    return found[0]


def role_lists(s: str, doc: DocCtx, free: Any, used: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Lists of a role phrase and states with figures in one clause: "Algeria's chief arms suppliers in 2014–18 were
    China (13 per cent) and Germany (10 per cent)", "Israel at 14% and France at 12% are the major sources of weapons
    for India", "India's biggest clients are Myanmar, which accounts for 46% of exports, Sri Lanka at 25% ...",
    "Israel imports its weapons from the U.S. (69%) and Germany (30%), while also buying 0.9% from Italy". Each figure
    is the share of the listed state in the role's state's imports (import dependence) or exports. The recipient or
    supplier is read in the figure's own clause ("..., while the USA (62 per cent) and France (36 per cent) were the
    main suppliers of arms to Morocco"); a clause with a word of change, or a figure said to be of another measure
    ("(26% of its imports)" in a list of buyers), is not read."""
    out: list[dict[str, Any]] = []
    item = re.compile(rf"{_st('q')}(?:\s*\(\s*(?:accounting\s+for\s+|with\s+)?{fig_rx('a')}(?P<ia>[^()]{{0,40}})\)|"
                      rf"\s+(?:at|with)\s+{fig_rx('b')}|,\s+(?:which\s+|that\s+|who\s+)?(?:accounts|accounted|accounting)"
                      rf"\s+for\s+(?:only\s+|about\s+)?{fig_rx('c')}(?P<ic>(?:\s+of\s+[^,;()]{{0,40}})?))|"
                      rf"\b(?:buying|purchasing|importing|sourcing|getting)\s+{fig_rx('d')}\s+from\s+{_st('d')}", re.I)
    for a, b in _clauses(s):
        c = s[a:b]
        role = _clause_role(c)
        pro = RE.match(rf"\s*(?:Its|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:arms\s+|weapons?\s+)?"
                       rf"(?:(?P<sup>{_ROLE_SUPPLIERS})|(?P<buy>{_ROLE_BUYERS}))\b(?!\s+(?:of|to|from|for)\b)",
                       c) if a == 0 and role is None else None
        if pro:  # "Its main suppliers in that period were the UK (45%), ...": the state of the sentence before
            who = antecedent(s, 0, doc)
            role = ("imports_of" if pro.group("sup") else "exports_of", who, pro.end()) if who else None
        if role is None or CHANGE_WORDS.search(c):
            continue
        kind, owner, _ = role
        if any(_code(m.group("q") or m.group("d")) == owner for m in item.finditer(c)):
            continue  # "the main supplier of the Saudis (73% of imports)": the figure is another state's (read below)
        for m in item.finditer(c):
            who = _code(m.group("q") or m.group("d"))
            f = read_fig(m, "a") or read_fig(m, "b") or read_fig(m, "c") or read_fig(m, "d")
            inner = (m.group("ia") or m.group("ic") or "").lower().strip()
            if not who or f is None or who == owner:
                continue
            span = (a + m.start(), a + m.end())
            if any(x < span[1] and span[0] < y for x, y in used):
                continue
            if inner and not RE.fullmatch(r"(?:of\s+(?:the\s+)?(?:total\s+)?(?:its\s+|their\s+|[\w.’' ]{0,30}?)?"
                                          r"(?:arms\s+|weapons?\s+)?(?:exports|imports|sales|supplies|deliveries)"
                                          r"(?:\s+of\s+arms)?|share|of\s+the\s+total(?:\s+amount)?)", inner):
                continue
            if inner.startswith("of") and RE.search(r"\bimports\b", inner) == (kind == "exports_of"):
                continue  # "(26% of its imports)" in a list of a supplier's buyers: another measure
            raw = (m.group("ia") or m.group("ic") or "").strip()
            if inner.startswith("of") and kind == "exports_of" and not (
                    RE.search(r"\b(?:its|their)\b|^of\s+(?:the\s+)?(?:total\s+)?(?:arms\s+)?exports$|"
                              r"^of\s+the\s+total(?:\s+amount)?$", inner)
                    or _code_in(raw) == owner):
                continue  # "accounting for 9.7 percent of U.S. arms exports": whose exports must be the list's
            p = _clause_period(s, a, b, span[1], doc)
            if p is None:
                continue
            out.append(dependence_claim(who, owner, p, f) if kind == "imports_of" else client_claim(owner, who, p, f))
            used.append(span)
    return out


_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)"


_RANK_FLOW = r"(?:(?:arms\s+|weapons?\s+)?(?:exporters?|importers?|suppliers?|recipients?|buyers?|sellers?))"
_RANK_OF = (r"(?:\s+(?:share\s+)?of\s+(?:the\s+)?(?:total\s+)?"
            r"(?:(?:global|world|worldwide|international|world['’]s)\s+)?(?:arms\s+|weapons\s+)?(?:exports|imports|deliveries|transfers|market|trade|sales))?(?:\s+share)?")


def _rank_item(name: str) -> str:
    """One ranked state with its figure: "Germany ranked fourth with 5.7%", "Qatar fourth with 6.4 per cent", "France
    was the second-largest exporter with 9.8 %", "Italy with 5.1%", "China (5.9 %)"."""
    return (rf"(?:the\s+)?{_st(name)}\s*(?:\(\s*{fig_rx(name + 'p')}(?:\s+of\s+(?:the\s+)?(?:total\s+)?"
            rf"(?:(?:global|world)\s+)?(?:arms\s+|weapons\s+)?(?:transfers|imports|exports|deliveries))?\s*\)|(?:\s+(?:has\s+|had\s+)?(?:was|is|ranked|ranks|"
            rf"came|comes|placed|remained|remains|stood|stands|followed|became)(?:\s+in)?)?(?:\s+(?:the\s+)?"
            rf"(?:{_ORDINAL}|first|largest|biggest|top)(?:[- ](?:largest|biggest))?(?:\s+{_RANK_FLOW})?"
            rf"(?:\s+place)?)?,?"
            rf"\s+(?:with|at)\s+(?:a\s+|just\s+|only\s+)?{fig_rx(name + 'w')}{_RANK_OF}(?![\w-])|"
            rf"['’]s?\s+(?:(?:global|world|market)\s+)?share\s+(?:has\s+|had\s+)?(?:{_CHANGE_UP}|{_CHANGE_DOWN})\s+"
            rf"(?:slightly\s+|sharply\s+)?to\s+{fig_rx(name + 's')}(?![\w-])|"
            rf"\s+(?:accounts|accounted)\s+for\s+{fig_rx(name + 'a')}(?![\w-]))")


_RANK_SEP = (r"(?:,?\s*(?:followed|trailed)\s+(?:closely\s+|narrowly\s+)?by\s+|\s*,\s*(?:and\s+|while\s+|then\s+)?|"
             r"\s+and\s+)")


def world_rankings(s: str, doc: DocCtx, pair: tuple[str, str], found: list[dict[str, Any]],
                    used: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Rankings with a figure and no share verb, each state its share of the world's exports or imports:
    "Germany ranked fourth with 5.7% of global exports, followed closely by China with 5.6%"; "Saudi Arabia ranked
    third with 6.8 per cent, Qatar fourth with 6.4 per cent" after a sentence on world imports; "Other major suppliers
    included Italy with 5.1%, Israel with 4.4%"; "France was second with 9.8 per cent".

    The direction (exports or imports) is the one the clause says (exporter/supplier or importer/recipient/buyer,
    exports or imports), else the one of the previous sentence's world shares; the measure is a world share only when
    the clause speaks of the world (global, world, market) or the previous sentence gave world shares of that
    direction. Pre-filled only when every state the clause names is a ranked item, every figure of the clause is an
    item's, and the clause names no region."""
    out: list[dict[str, Any]] = []
    item = re.compile(_rank_item("k"), re.I)
    sep = re.compile(_RANK_SEP, re.I)
    # "The four next largest recipients of arms in the same period were ...": a head with a count, "next", what is
    # ranked and a period
    head = re.compile(rf"^(?:[^,;]{{0,40}},\s+)?(?:(?:other|the\s+other|the)\s+)?(?:(?:major|main|leading|top|"
                      rf"largest|biggest|other|next|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)*"
                      rf"{_RANK_FLOW}(?:\s+of\s+(?:major\s+)?(?:conventional\s+)?(?:arms|weapons))?"
                      rf"(?:\s+(?:in|during)\s+(?:the\s+same\s+period|(?:the\s+)?(?:period\s+)?(?:19|20)\d\d\s*"
                      rf"[–—-]\s*(?:19|20)?\d\d))?\s+(?:(?:globally|worldwide)\s+)?(?:included|include|were|are|was|is)(?:\s*:)?\s+",
                      re.I)
    last_world = {c["indicator"] for c in doc.last if c["indicator"] in ("supplier_world_share",
                                                                          "recipient_world_share")}
    last_ok = bool(doc.last) and len(last_world) == 1 and all(c["indicator"] in last_world for c in doc.last)
    keys = {(c["indicator"], tuple(c["dyad"]), tuple(c["period"])) for c in found}
    clauses = slot_clauses(s)
    for i in range(len(clauses) - 1, 0, -1):  # "The top 10 arms exporters in 2019-2023 included: the United States
        (a0, b0), (a1, b1) = clauses[i - 1], clauses[i]  # (42%), France (11%) ...": a ranking's head before a colon
        if RE.match(r":\s", s[a1:b1]) and head.fullmatch(s[a0:b0] + ": "):
            clauses[i - 1:i + 1] = [(a0, b1)]
    for a, b in clauses:
        c = s[a:b]
        if _REGION.search(c) or PART_WORDS.search(c) or RE.search(r"\brespectively\b|\bpoints?\b", c, re.I):
            continue
        mh = head.match(c)
        k = mh.end() if mh else len(RE.match(r"\s*(?:(?:while|whereas|but|and)\s+)?(?:(?:Globally|Worldwide|Overall|"
                                            r"Meanwhile|Among\s+exporters|Among\s+importers),\s+)?", c, re.I
                                            ).group(0))  # type: ignore[union-attr]
        items: list[re.Match[str]] = []
        while True:
            m = item.match(c, k)
            if not m:
                break
            items.append(m)
            k = m.end()
            ms = sep.match(c, k)
            if not ms:
                break
            k = ms.end()
        if not items or not RE.fullmatch(r"\s*[.,]?\s*", c[items[-1].end():]):
            continue  # the clause goes on with words not read
        one = items[0]
        if not mh and len(items) == 1 and not RE.search(rf"\b(?:{_ORDINAL}|first|largest|biggest|top)\b",
                                                        one.group(0), re.I) and not (
                (one.group("ksv") or one.group("ksf") or one.group("kav") or one.group("kaf")) and (
                    last_ok or WORLD_WORDS.search(c))):
            continue  # "India with 9.8 %" alone, without a ranking (or a share going on from world shares)
        names = [_code(m.group("k")) for m in items]
        if None in names or len(set(names)) != len(names) or set(distinct_states(c)) - set(names):  # type: ignore
            continue
        if len(list(FIG_RE.finditer(c))) != len(items):
            continue
        words = c
        exp_w = bool(RE.search(r"\b(?:export\w*|suppliers?|sellers?|deliveries)\b", words, re.I))
        imp_w = bool(RE.search(r"\b(?:import\w*|recipients?|buyers?)\b", words, re.I))
        if exp_w != imp_w:
            imports = imp_w
            if not (WORLD_WORDS.search(c) or RE.search(r"\bmarket\b|\bglobally\b", c, re.I) or
                    (last_ok and last_world == {"recipient_world_share" if imports else "supplier_world_share"}) or
                    (mh and RE.search(r"\b(?:top|largest|biggest|leading)\b", mh.group(0), re.I) and
                     not RE.search(r"\b(?:next|other)\b", mh.group(0), re.I))):
                continue  # (a head "the top 10 arms exporters were ..." ranks the world's exporters)
        elif not exp_w and not imp_w and last_ok:
            imports = last_world == {"recipient_world_share"}
        elif not exp_w and not imp_w and not doc.last and RE.search(r"\b(?:global|globally|world|world['’]s|"
                                                                    r"worldwide)\b", doc.recent, re.I) and \
                bool(RE.search(r"\b(?:export\w*|suppliers?|sellers?)\b", doc.recent, re.I)) != \
                bool(RE.search(r"\b(?:import\w*|recipients?|buyers?)\b", doc.recent, re.I)):
            # "Globally, Ukraine was the largest recipient ... Saudi Arabia ranked third with 6.8 per cent": the
            # ranking goes on from the previous sentence's head (the world's importers)
            imports = bool(RE.search(r"\b(?:import\w*|recipients?|buyers?)\b", doc.recent, re.I))
        else:
            continue
        p = single_period(s, a + items[0].start(), doc)
        if p is None or p[1] - p[0] > 10:
            continue
        for m, w in zip(items, names):
            f = read_fig(m, "kp") or read_fig(m, "kw") or read_fig(m, "ks") or read_fig(m, "ka")
            if f is None or w is None:
                continue
            cl = world_share_claim(w, imports, p, f, pair)
            key = (cl["indicator"], tuple(cl["dyad"]), tuple(cl["period"]))
            if key in keys or any(_num_same(x.get("expected"), f.value) and x["indicator"] == cl["indicator"] and
                                  x["dyad"] == cl["dyad"] for x in found):
                continue
            keys.add(key)
            out.append(cl)
            used.append((a + m.start(), a + m.end()))
    return out


_FOLLOWS = r"(?:followed|came\s+next|was\s+next)"


def _items_that_follow(s: str) -> list[re.Match[str]]:
    """The items of a sentence that is nothing but the next places of a ranking: "Germany (12 per cent) and Poland (11
    per cent) follow", "Germany followed with 12%, and Poland with 11%" (each item a state and its figure)."""
    sep = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)", re.I)
    in_brackets = rf"(?:the\s+)?{_st('k')}\s*\(\s*{fig_rx('k')}\s*\)(?P<j>)"
    with_figure = rf"(?:the\s+)?{_st('k')}\s+(?:{_FOLLOWS}\s+)?with\s+{fig_rx('k')}(?![\w-])(?P<j>)"
    # (the item pattern, the words after the last item, the words the sentence must open with)
    forms = ((in_brackets, rf"\s+(?:follow|come\s+next|{_FOLLOWS})\s*\.?\s*", ""),
             (with_figure, r"\s*\.?\s*", rf"\s*(?:the\s+)?(?:{_ST_ALT})\s+{_FOLLOWS}\s+with\b"))
    for item, tail, lead in forms:
        items = list(RE.finditer(item, s, re.I))
        if items and not s[:items[0].start()].strip() and RE.fullmatch(tail, s[items[-1].end():]) and \
                RE.match(lead, s, re.I) and all(sep.fullmatch(s[x.end():y.start()]) for x, y in zip(items, items[1:])):
            return items
    # "France follows closely behind with 10.92% of the share, while Russia trails at 10.54%": each clause a state, a
    # verb of place in the ranking and its figure, nothing else
    place = (rf"(?:follows|followed|trails|trailed|comes|came|ranks|ranked|is|was|sits|sat|stands|stood)"
             rf"(?:\s+(?:closely|narrowly|just|next|behind|close\s+behind|the|{_ORDINAL}|in\s+{_ORDINAL}\s+place|"
             rf"(?:largest|biggest)(?:\s+(?:exporter|importer|supplier|recipient))?))*")
    clause = (rf"(?:the\s+)?{_st('k')}\s+{place}\s*,?\s+(?:with|at|on|accounting\s+for|holding)\s+"
              rf"(?:a\s+|just\s+|only\s+)?{fig_rx('k')}"
              rf"(?:\s+(?:share|of\s+the\s+(?:share|market|total|(?:global|world)\s+(?:market|total))))?(?![\w-])(?P<j>)")
    items = list(RE.finditer(clause, s, re.I))
    between = re.compile(r"\s*,?\s*(?:while|whereas|and|but)?\s+|\s*,\s*|\s*;\s*", re.I)
    if items and not s[:items[0].start()].strip() and RE.fullmatch(r"\s*\.?\s*", s[items[-1].end():]) and \
            all(between.fullmatch(s[x.end():y.start()]) for x, y in zip(items, items[1:])):
        return items
    return []


def ranking_goes_on(s: str, doc: DocCtx, free: Any, used: list[tuple[int, int]], pair: tuple[str, str]
                     ) -> list[dict[str, Any]]:
    """"The USA accounts for 45 percent of the arms supplies to Ukraine. Germany ranks second (12 percent), and Poland
    third (11 percent)": a ranking that goes on from the previous sentence's claim, with its measure (the same
    indicator, the same recipient or supplier, the same period). Only when the previous sentence gave claims of one
    measure and every state this sentence names is a ranked item."""
    one = {(c["indicator"], tuple(c["period"]), c["dyad"][1] if c["indicator"] == "import_dependence" else
            c["dyad"][0] if c["indicator"] == "share_of_supplier_exports" else None) for c in doc.last}
    if len(one) != 1 or any(c["test"] != "share" for c in doc.last):
        return []
    ind, period, owner = one.pop()
    if ind not in SHARE_INDICATORS:
        return []
    items = list(RE.finditer(rf"{_st('k')}\s+(?:(?:ranks|ranked|came|comes|is|was|placed|stands|stood)\s+)?{_ORDINAL}"
                             rf"\s*\(\s*{fig_rx('k')}\s*\)|\b(?:in\s+)?{_ORDINAL}\s+(?:place|position)\s+(?:is|was|were|are|"
                             rf"came|comes|went\s+to)\s+{_st('j')}\s*\(\s*{fig_rx('j')}\s*\)", s, re.I))
    while items:  # "In second place is Israel (19%), followed by South Korea (6.6%)": the ranking goes on
        nxt = re.compile(rf",?\s*(?:followed\s+by|and|then)\s+{_st('k')}\s*\(\s*{fig_rx('k')}\s*\)(?P<j>)", re.I).match(
            s, items[-1].end())
        if not nxt:
            break
        items.append(nxt)
    if not items:
        items = _items_that_follow(s)

    def _k(m: re.Match[str]) -> tuple[str | None, Fig | None]:
        g = "k" if m.group("k") else "j"
        return _code(m.group(g)), read_fig(m, g)

    if not items or len({_k(m)[0] for m in items} - {None}) != len(distinct_states(s)):
        return []
    said = {w[:6].lower() for w in RE.findall(r"\b(?:import|export)(?:s|ers?|ing)?\b", s, re.I)}
    if ind in WORLD_SHARE_INDICATORS and said and said != {
            "import" if ind == "recipient_world_share" else "export"}:
        return []  # "Russia was the third largest importer, with 7.8%" after exporters' shares: another ranking
    out: list[dict[str, Any]] = []
    for m in items:
        who, f = _k(m)
        if not who or f is None or who == owner or not free(m):
            continue
        p = (period[0], period[1])
        if ind == "import_dependence":
            out.append(dependence_claim(who, owner, p, f))  # type: ignore[arg-type]
        elif ind == "share_of_supplier_exports":
            out.append(client_claim(owner, who, p, f))  # type: ignore[arg-type]
        else:
            out.append(world_share_claim(who, ind == "recipient_world_share", p, f, pair))
        used.append((m.start(), m.end()))
    return out


_SHARE_AFTER_CHANGE = re.compile(
    r",\s+(?:(?:thus|now|and)\s+)?(?:reaching|accounting\s+for|making\s+up|representing|taking|to\s+reach)\s+"
    r"(?:a\s+share\s+of\s+)?" + fig_rx("x") + r"\s+of\s+(?:the\s+|all\s+)?(?:total\s+)?"
    r"(?P<world>global|world|world['’]s|"
    r"international|worldwide)\s+(?:total\s+)?(?:(?:major\s+)?(?:arms|weapons?)\s+)?(?P<flow>exports|imports|sales|"
    r"purchases|total|market|trade)?\b", re.I)


def share_after_change(s: str, found: list[dict[str, Any]], used: list[tuple[int, int]], pair: tuple[str, str]
                        ) -> list[dict[str, Any]]:
    """"US arms exports increased by 21 percent between 2015-19 and 2020-24, reaching 43 percent of the global total":
    the share of the world's exports (imports) that the state whose change the sentence gives holds in the later
    period (or in a period the clause writes). Only where the sentence gives one such change, the clause follows its
    figure, and the clause's flow, where it says one, is the change's."""
    changes = [c for c in found if c["test"] == "trend" and c["indicator"] in ("supplier_total_exports",
                                                                                "recipient_total_imports")]
    if len(changes) != 1:
        return []
    c = changes[0]
    imports = c["indicator"] == "recipient_total_imports"
    out: list[dict[str, Any]] = []
    for m in _SHARE_AFTER_CHANGE.finditer(s):
        if any(a < m.end() and m.start() < b for a, b in used):
            continue
        flow = (m.group("flow") or "").lower()
        if flow in ("exports", "sales") and imports or flow in ("imports", "purchases") and not imports:
            continue
        f = read_fig(m, "x")
        written = period_spans(s[m.end():m.end() + 40])
        p = written[0][2] if written else tuple(c["params"]["after"])
        who = subject_of(c)
        if f is None or who is None or distinct_states(s[m.start():m.end()]):
            continue
        out.append(world_share_claim(who, imports, (p[0], p[1]), f, pair))
        used.append((m.start(), m.end()))
    return out


def followed_by(s: str, found: list[dict[str, Any]], used: list[tuple[int, int]], pair: tuple[str, str]
                 ) -> list[dict[str, Any]]:
    """"The US increased its share of arms exports to 42%, followed by France at 9.8%": the next places of a ranking
    after a share read in the same sentence, each with the same measure and period (a world share's other states; a
    dependence's other suppliers, or a supplier's other clients). Only when one claim read carries the figure before
    "followed by", and no item names that claim's other state."""
    out: list[dict[str, Any]] = []
    # "followed by France at 9.8%", "by France (9.8%)", "by Russia on 24%", "by France, with 9.4%,"
    item = re.compile(rf"(?:the\s+)?{_st('k')}\s*(?:\(\s*{fig_rx('k')}\s*\)|,?\s*(?:at|with|on)\s+"
                      rf"{fig_rx('h')}(?![\w-]))",
                      re.I)
    head = re.compile(rf"{fig_rx('x')}(?P<tail>\s+of\s+[^,;()%]{{0,50}}?)?\s*\)?\s*,?\s+"
                      rf"(?:(?:closely\s+)?followed\s+by|"
                      rf"(?:well\s+|far\s+)?ahead\s+of)\s+",
                      re.I)
    # "Russia, accounting for 62 percent, US for 15 percent and Israel for 11 percent": the same list, items said "for"
    # ("... of global arms exports and Russia for 11%": the same with "and")
    head_for = re.compile(rf"{fig_rx('x')}(?:\s+of\s+[^,;()%]{{0,50}}?)?{PERIOD_PHRASE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                          rf"(?=(?:the\s+)?(?:{_ST_ALT})\s+for\s+{fig_rx('y')})", re.I)
    item_for = re.compile(rf"(?:the\s+)?{_st('k')}\s+for\s+{fig_rx('h')}(?![\w-])", re.I)
    heads = [(m, item) for m in head.finditer(s)] + [(m, item_for) for m in head_for.finditer(s)]
    for m, item in heads:
        f0 = read_fig(m, "x")
        if f0 is None:
            continue
        base = [c for c in found if c["test"] == "share" and _num_same(c["expected"], f0.value)]
        if len(base) != 1:
            continue
        b = base[0]
        ind = b["indicator"]
        k = m.end()
        made: list[tuple[tuple[int, int], str, Fig]] = []
        while True:
            it = item.match(s, k)
            if not it:
                break
            w, f = _code(it.group("k")), (read_fig(it, "h") if it.re is item_for else
                                          read_fig(it, "k") or read_fig(it, "h"))
            if not w or f is None:
                break
            made.append(((it.start(), it.end()), w, f))
            sep = RE.match(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)", s[it.end():])
            if not sep:
                break
            k = it.end() + sep.end()
        p = (b["period"][0], b["period"][1])
        read = {(c["indicator"], tuple(c["dyad"]), tuple(c["period"]),
                 (subject_of(c),) if c["indicator"] in WORLD_SHARE_INDICATORS else ()) for c in found}
        for span, w, f in made:
            # a world share's dyad holds the brief's other state only to fill it: the state it is about is its subject
            mine = [subject_of(b)] if ind in WORLD_SHARE_INDICATORS else b["dyad"]
            if any(x < span[1] and span[0] < y for x, y in used) or w in mine:
                break
            if any(k[0] == ind and w in (k[3] if k[3] else k[1]) and k[2] == p for k in read):
                continue  # read already by a rule above
            if ind == "import_dependence":
                out.append(dependence_claim(w, b["dyad"][1], p, f))
            elif ind == "share_of_supplier_exports":
                out.append(client_claim(b["dyad"][0], w, p, f))
            elif ind in WORLD_SHARE_INDICATORS:
                out.append(world_share_claim(w, ind == "recipient_world_share", p, f, pair))
            else:
                break
            used.append(span)
    return out


def _code_in(text: str) -> str | None:
    """The one state ``text`` names (None for none or several)."""
    found = distinct_states(text)
    return found[0] if len(found) == 1 else None


def _clause_period(s: str, a: int, b: int, pos: int, doc: DocCtx) -> tuple[int, int] | None:
    """The period of a figure at ``pos`` in the clause ``s[a:b]``: one the clause writes, else the sentence's."""
    c = s[a:b]
    if period_spans(c) or RE.search(rf"\bin\s+{YEAR}|\bsince\s+{YEAR}", c):
        return single_period(c, pos - a, doc)
    return single_period(s, pos, doc)
