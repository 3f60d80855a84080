"""Campaign talk in the words of force and support: what one person does to a state, or to another person.

Political news borrows the verbs of war for elections and debates: a
candidate "captured Texas" or "swept Ohio", "Rust Belt states supported
Bush", "Marlow pressed on with his attacks against Judge Lund". CAMEO codes force only
between parties that can use it, and the actor layer says who the parties
are (``Actor.kind``): a named person is not an army, and a state or
province (``region``) is an electorate here. Decided on the dyad, after the
trigger's own code. A firm's own business with nobody or with another firm
("Acme Widgets Inc. agreed to pay $40 million", "Norland extended its offer")
is commerce, no event between political parties, and so is campaign money.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Token

from newsgraph.extract._event_authors import MATERIAL_CONFLICT_ROOTS
from newsgraph.extract._event_lexicon import cues
from newsgraph.extract._event_syntax import prep_objects
from newsgraph.records import CodedSpan, party_code, unplaced_code

# Consultations and visits: a person's trip to a state is campaigning ("flew to Maine").
_CONSULT_ROOT = "04"
# Intent to cooperate, support: a state "supported Bush", "backed Obama" in a vote.
_SUPPORT_ROOTS = frozenset({"03", "05"})
# Triggers of force that name a debate's blows as well as an army's ("his attacks against Judge Lund", "ads
# targeting Clinton").
_WORDS_OF_DEBATE = frozenset({"attack", "assault", "target", "offensive"})
# A clash between people who bear no arms is a quarrel in words ("the Bush family has clashed with Trump",
# "took a swing at him in a clash"), not a riot; crowds, police and armies still clash (cues crowd_nouns, armed_roles).
_WORDS_OF_QUARREL = frozenset({"clash"})
_RIOT_ROOT = "14"
# Words of combat that name a race when people wage it ("if he continues to fight", "fighting it out").
_WORDS_OF_CONTEST = frozenset({"fight", "battle"})
# Retreat and protection: a candidate ends a campaign ("Rubio ended his campaign"), a party protects its own.
_RETREAT = "087"
_PROTECTION = "074"
CRITICIZE = "111"
# A bare intent to cooperate: what a promise codes when nothing more specific is promised.
_INTENT = "030"
_PROMISES = frozenset({"promise", "pledge", "vow", "guarantee"})
# Appeals, intents, support and refusals: what voters want, plan, back or reject ("voters want a change").
_VOTERS_ROOTS = frozenset({"02", "03", "05", "12"})
# One person beating another in news is a race won ("would beat her 51 percent to 40").
_BEATING = frozenset({"beat", "defeat", "trounce", "crush", "rout"})
# Aid: what a donation to a candidate or a campaign codes.
_AID_ROOT = "07"
# Coercion: what one candidate keeping another from the nomination codes ("to prevent Trump from prevailing").
_COERCE_ROOT = "17"

Kinds = Mapping[str | None, str | None]


def election_result(
    code: str,
    word: Token,
    source: CodedSpan,
    target: CodedSpan | None,
    kinds: Kinds,
    firms: frozenset[str] = frozenset(),
) -> bool:
    """Whether the dyad is campaigning, not an act: a person's force against or trip to a state ("Cruz
    captured Texas", "flew to Maine") or a state's support for a person ("Indiana supported Bush"), a
    person beating another ("Kasich beat back a challenge from Trump"), a candidate's rally ("Trump's
    rallies"). ``firms``: ids of actors that are firms whatever their kind (``_event_firms``)."""
    source_kind = kinds.get(source.actor_id)
    target_kind = kinds.get(target.actor_id) if target is not None else None
    if _commerce(source, target) and (
        source.actor_id in firms or (source_kind not in ("person", "country", "region") and _a_firm(word, source))
    ):
        return True
    if _campaign_fight(word, source_kind, target_kind) or _campaign_exit(code, source, target, source_kind):
        return True
    if code == _PROTECTION and _political_protection(source, target):
        return True
    if source_kind == "person" and target_kind in (None, "person") and word.lemma_.lower() in _BEATING:
        return True
    if _politicians_rally(code, word, source, target, source_kind):
        return True
    if word.lemma_.lower() in _BEATING and target_kind == "person" and _candidates(source):
        # "The governor won the primary, beating her rival Jane Doe", "both challengers are beating
        # him in polls of likely voters": politicians beat a person in a race.
        return True
    if code == _INTENT and target is None and source_kind == "person" and word.lemma_.lower() in _PROMISES:
        # "Sanders pledged to enact judicial reform", "Hale vowed to scrap the farm levy": a
        # candidate's promise of a policy, made to no party, is campaign talk. A head of state's or
        # government's ("Kostunica promised to democratize Serbia") is still an intent.
        return _has_role(source, "campaign_roles")
    if code[:2] == _AID_ROOT and _campaign_gift(word, source, target, source_kind):
        return True
    if _private_money(word, source, target, source_kind):
        return True
    if code[:2] == _CONSULT_ROOT and target is not None and _trip_at_home(word, source, target):
        return True
    if code[:2] == _COERCE_ROOT and source_kind == "person" and target is not None and target_kind == "person":
        # "Cruz won over enough delegates to prevent Trump from prevailing": a race between candidates.
        return _has_role(source, "campaign_roles") and _has_role(target, "campaign_roles")
    if code[:2] in _VOTERS_ROOTS and _audience(source):
        # "Democratic voters want a continuation of Obama's policies", "supporters plan to back Clinton":
        # what voters want or back is a vote, no appeal or support between parties.
        return True
    if code[:2] in _VOTERS_ROOTS and (_poll_share(word) or _voting_intention(word, source)):
        return True
    if target is None:
        return False
    if code[:2] == _CONSULT_ROOT:
        # "she flew to Iowa for a rally" is campaign travel; "Putin visited Aleppo", a city abroad, is a visit
        return source_kind == "person" and target_kind == "region" and not _abroad(source, target)
    if code[:2] in MATERIAL_CONFLICT_ROOTS:
        # "Cruz captured Texas"
        return source_kind == "person" and target_kind == "region"
    if code[:2] in _SUPPORT_ROOTS:
        return source_kind == "region" and target_kind == "person"
    return False


def debate_code(code: str, word: Token, source: CodedSpan, target: CodedSpan | None, kinds: Kinds) -> str:
    """An attack one person makes on another person, on a name nobody codes, or on nobody named is
    criticism (111): "pressed on with his attacks against Judge Lund", "went on the offensive against Hale"; so is an
    unarmed party's attack on a candidate ("aides urged him to stop attacking Senator Hale's record on banks", "ads
    targeting Clinton"), a legislator's, candidate's or party's attack on nothing coded ("the senator attacked the
    bill"), a person's attack on a political party ("attacked the RNC") or on judges, the press, schools or
    lawmakers ("attacked a federal judge"), an unarmed party's attack on what someone said, is or did ("the attacks
    on Senator Hale's record", "attacked about his business history"), and a clash of a person with
    nobody named or with an unarmed party ("the Bush family clashed with Trump")."""
    lemma = word.lemma_.lower()
    target_kind = kinds.get(target.actor_id) if target is not None else None
    if code[:2] == _RIOT_ROOT and lemma in _WORDS_OF_QUARREL:
        return CRITICIZE if _quarrel(source, target, kinds.get(source.actor_id), target_kind) else code
    if code[:2] != "19" or lemma not in _WORDS_OF_DEBATE:
        return code
    if _attacks_a_topic(word) and not _has_role(source, "armed_roles"):
        return CRITICIZE
    if kinds.get(source.actor_id) != "person":
        unarmed = source.code is not None and not _has_role(source, "armed_roles")
        candidate = target is not None and target_kind == "person" and _has_role(target, "campaign_roles")
        # "The senator attacked the bill": a legislator's or candidate's attack on no one coded is words.
        politician = target is None and _has_role(source, "campaign_roles")
        return CRITICIZE if unarmed and (candidate or politician) else code
    if (
        target is not None
        and target.code is not None
        and target_kind != "person"
        and not party_code(target.code)
        and not _has_role(target, "criticised_roles")
    ):
        return code  # a person's attack on a party ("attacked the RNC") or a judge is words, as on a candidate
    return CRITICIZE


def _attacks_a_topic(word: Token) -> bool:
    """Whether an attack is on what someone said, is or did, which only words can hit: it is about something
    ("attacks about his business history") or hits a record, a remark or a reputation (cues attack_topics:
    "the attacks on Senator Hale's record", "attacked Clinton's ties to Wall Street", "was attacked on the
    speeches")."""
    if any(child.dep_ == "prep" and child.lower_ == "about" for child in word.children):
        return True
    topics = cues().get("attack_topics", frozenset())
    hit = prep_objects(word, ("on", "upon", "against")) + [child for child in word.children if child.dep_ == "dobj"]
    return any(noun.lemma_.lower() in topics or noun.lower_ in topics for noun in hit)


def _quarrel(source: CodedSpan, target: CodedSpan | None, source_kind: str | None, target_kind: str | None) -> bool:
    """Whether a clash is between people who bear no arms and lead no crowd: a person on one side, nobody
    armed or protesting on either."""
    if "person" not in (source_kind, target_kind):
        return False
    crowds = cues().get("crowd_roles", frozenset())
    return not any(
        _has_role(party, "armed_roles") or (party.code is not None and party.code[3:6].lower() in crowds)
        for party in (source, target)
        if party is not None
    )


def _politicians_rally(
    code: str, word: Token, source: CodedSpan, target: CodedSpan | None, source_kind: str | None
) -> bool:
    """A rally a person or a politician holds is campaigning, not a protest, wherever it is held ("Trump's
    rallies", "after his rally in San Jose, California", "held a rally at Penn State", "the senator was rallying
    for a House candidate"; "the Vermont senator opened a rally": a politician named by a title alone is no
    person to the actor layer, cues.txt campaign_roles). A rally against someone ("Navalny led a rally against
    the Kremlin") or another country is still a protest, and so is a crowd's or an opposition's (crowd_roles)."""
    if code[:2] != _RIOT_ROOT or word.lemma_.lower() != "rally":
        return False
    if (source_kind != "person" and not _has_role(source, "campaign_roles")) or _has_role(source, "crowd_roles"):
        return False
    if any(child.dep_ == "prep" and child.lower_ in ("against", "outside") for child in word.children):
        return False
    return target is None or not _abroad(source, target)


def _campaign_fight(word: Token, source_kind: str | None, target_kind: str | None) -> bool:
    """A person who fights nobody named, or another person: a race ("if he keeps fighting he will
    win the state", "the two senators fighting it out"); armies and states still fight."""
    return word.lemma_.lower() in _WORDS_OF_CONTEST and source_kind == "person" and target_kind in (None, "person")


def _campaign_exit(code: str, source: CodedSpan, target: CodedSpan | None, source_kind: str | None) -> bool:
    """A candidate's retreat from nobody is the end of a campaign ("Rubio ended his campaign"): a head of
    government's ("Putin ended the operation") is still a retreat (cues campaign_roles)."""
    return code == _RETREAT and target is None and source_kind == "person" and _has_role(source, "campaign_roles")


def _commerce(source: CodedSpan, target: CodedSpan | None) -> bool:
    """A firm ``source`` acting on nobody, on a firm or on someone nobody codes ("Acme Widgets Inc. has agreed
    to pay $40 million", "the company went public, offering shares", "Norland also agreed to pay $5 a share to its
    holders"): commerce. A firm's act on a state or a party ("Exxon agreed to pay Nigeria") still codes."""
    return target is None or not target.code or _has_role(target, "business_roles")


def _a_firm(word: Token, party: CodedSpan) -> bool:
    """Whether a party is a business: coded so (``---BUS``), or a name the story gives a corporate suffix
    ("Norland & Co.", "Acme Widget Works Corp.": cues firm_suffixes)."""
    if party.code:
        return _has_role(party, "business_roles")
    name = party.text.strip()
    if not name or not name[0].isupper() or name.lower() in cues().get("third_person", frozenset()):
        return False
    firm_suffixes = cues().get("firm_suffixes", frozenset())
    if name.split()[-1].lower() in firm_suffixes:
        return True  # "Acme Widgets Inc."
    suffixes = "|".join(re.escape(suffix) for suffix in sorted(firm_suffixes))
    # The name, up to three more capitalised words of it ("Acme Widget Works", "Norland &"), then the suffix.
    pattern = rf"\b{re.escape(name)}(?:\s+(?:[A-Z][\w'.-]*|&)){{0,3}}?,?\s+(?i:{suffixes})(?![\w])"
    return re.search(pattern, word.doc.text) is not None


def _abroad(source: CodedSpan, target: CodedSpan) -> bool:
    """Whether both parties have a known country and the target's is another than the source's."""
    if not (source.code and target.code) or unplaced_code(source.code) or unplaced_code(target.code):
        return False
    return source.code[:3] != target.code[:3]


def _trip_at_home(word: Token, source: CodedSpan, target: CodedSpan) -> bool:
    """A trip to a city of one's own country ("the FBI director flew to Washington", "when she arrives in
    Washington for a fundraiser"): travel at home, no visit to the government the capital's name stands for. A trip
    abroad ("Albright flew to Moscow") and a meeting with the government ("met Obama") still code (cues
    travel_verbs)."""
    if word.lemma_.lower() not in cues().get("travel_verbs", frozenset()):
        return False
    if not (source.code and target.code) or source.code[:3] != target.code[:3] or source.code.startswith("---"):
        return False
    place = word.doc.char_span(target.start, target.end, alignment_mode="expand")
    return place is not None and place.root.ent_type_ in ("GPE", "LOC", "FAC")


def _campaign_gift(word: Token, source: CodedSpan, target: CodedSpan | None, source_kind: str | None) -> bool:
    """A donation to a candidate, a campaign or a PAC, or to nobody named ("donated $1,000 to the senator", "gave
    large donations to a super PAC", "has donated $20,000 to campaigns"): campaign money, no aid.
    A country's or a government's gift ("Japan donated $10 million", "the U.S. government contributed
    $3.2 million in assistance") is still aid (cues donation_words, campaign_funds)."""
    if word.lemma_.lower() not in cues().get("donation_words", frozenset()):
        return False
    if source_kind == "country" or _has_role(source, "official_roles"):
        return False
    if target is None:
        return True
    words = target.text.lower().split()
    return _has_role(target, "campaign_roles") or (bool(words) and words[-1] in cues().get("campaign_funds", frozenset()))


def _private_money(word: Token, source: CodedSpan, target: CodedSpan | None, source_kind: str | None) -> bool:
    """A sum a private giver gives to nobody named or to a fund, a charity or a PAC ("gave $3 million
    through her family foundation", "donated $40,000 to an animal shelter charity", "contributed $1 million to the
    super PAC Forward America", whose name may be coded as a country): philanthropy or campaign money,
    whatever code the verb took. A country's or an official's gift is still aid (cues giving_verbs,
    money_nouns, campaign_funds)."""
    words = cues()
    if word.lemma_.lower() not in words.get("giving_verbs", frozenset()) or not _gives_money(word):
        return False
    if source_kind == "country" or _has_role(source, "official_roles"):
        return False
    if target is None:
        return True
    funds = words.get("campaign_funds", frozenset())
    before = word.doc.text[max(0, target.start - 40) : target.start].lower().split()[-3:]
    named = target.text.lower().split() + before
    return _has_role(target, "campaign_roles") or any(w.strip(".,'") in funds for w in named)


def _gives_money(word: Token) -> bool:
    """Whether what the verb gives is a sum or a gift of money ("$2 million", "a cash gift", "large donations")."""
    money = cues().get("money_nouns", frozenset()) | cues().get("donation_nouns", frozenset())
    for child in word.children:
        if child.dep_ != "dobj":
            continue
        if child.ent_type_ == "MONEY" or child.lemma_.lower() in money:
            return True
    return False


def _political_protection(source: CodedSpan, target: CodedSpan | None) -> bool:
    """Protection by or of a candidate or party that bears no arms is political ("the party tried to protect
    Hale by holding few debates", "Sanders said the bill did not protect farmworkers"), no military protection."""
    if _has_role(source, "armed_roles"):
        return False
    return _has_role(source, "campaign_roles") or (target is not None and _has_role(target, "campaign_roles"))


def _candidates(party: CodedSpan) -> bool:
    """Whether a party's code has a role that runs for office (``cues.txt`` electoral_roles: ELI, LEG, ...)."""
    return _has_role(party, "electoral_roles")


def _has_role(party: CodedSpan, section: str) -> bool:
    """Whether a party's code has a role listed in a ``cues.txt`` section."""
    if not party.code:
        return False
    roles = {party.code[start : start + 3].lower() for start in range(3, len(party.code), 3)}
    return bool(roles & cues().get(section, frozenset()))


def _poll_share(word: Token) -> bool:
    """Support counted in a poll ("Hale has backing from 41 percent", "support from 48 percent of
    Democratic voters"): a share of the vote, nobody's act."""
    # The parse may read "has backing from" as a verb in the perfect.
    if word.lemma_.lower() not in cues().get("backing_words", frozenset()):
        return False
    shares = [obj for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "from" for obj in prep.children]
    return any(obj.ent_type_ in ("PERCENT", "CARDINAL") or obj.lower_ in ("percent", "%") for obj in shares)


# Auxiliaries of an intention or a possibility: "would probably back", "couldn't bring themselves to back".
_MAYBE_AUX = frozenset({"would", "could", "will", "might", "may", "can", "ca", "wo", "'ll", "'d"})


def _voting_intention(word: Token, source: CodedSpan) -> bool:
    """Whether someone nobody codes (a voter the story quotes) would, could, might or plans to back or support
    someone ("she would probably back Mr. Trump", "was considering supporting Trump", "couldn't bring themselves
    to back him"): a vote in prospect, no support between parties. An uncoded source's support that is
    reported as done ("the billionaire donor regretted supporting Obama", "who is supporting Sanders") still
    codes (cues backing_words, hypothetical_heads)."""
    words = cues()
    if source.code is not None or word.pos_ != "VERB":
        return False
    if word.lemma_.lower() not in words.get("backing_words", frozenset()):
        return False
    heads = words.get("hypothetical_heads", frozenset()) | words.get("intent_heads", frozenset())
    node = word
    for _ in range(3):
        if any(child.dep_ == "aux" and child.lower_ in _MAYBE_AUX for child in node.children):
            return True
        if node.dep_ not in ("xcomp", "pcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in heads:
            return True
    return False


def _audience(party: CodedSpan) -> bool:
    """Whether a party is named by a campaign's audience (``cues.txt`` campaign_audiences): "Democratic
    voters", "Sanders supporters"."""
    words = party.text.lower().split()
    return bool(words) and words[-1].removesuffix("s") in cues().get("campaign_audiences", frozenset())
