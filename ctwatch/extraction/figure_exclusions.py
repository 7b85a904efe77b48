"""Figures that count something other than fighters: the dead, rates and flows, document numbers,
populations, ratios and ages, people arrested, investigated or kept at home, camp residents and
families brought home, civilians. `figures.claims_in_sentence` drops a figure one of these finds;
they stand here in the order it asks them."""

from __future__ import annotations

import re

from .regex import KeywordGate, gated_words_regex

_DEATH = gated_words_regex(
    [
        "killed",
        "died",
        "dead",
        "death",
        "deaths",
        "wounded",
        "injured",
        "casualties",
        "perished",
        "slain",
        "executed",
        "were destroyed",
        "been destroyed",
        "shot dead",
        "gunned down",
        "massacred",
        "neutralized",
        "neutralised",
        "eliminated",
        "blew themselves up",
        "martyred",
        "lost their lives",
    ]
)
# "even a few dozen departures can strain the courts": a supposed number, not a count
_EVEN_BEFORE = re.compile(r"\b(?:even|if)\s+$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:can|could|would|might|may)\b", re.IGNORECASE)
_CIVILIANS_BEFORE = re.compile(
    r"\b(?:refugees|displaced|civilians|camp residents|migrants|inhabitants|troops|soldiers|peacekeepers)\b"
    r"[^.;]{0,70}$"
    r"|\b(?:troops|soldiers|police officers|peacekeepers)\b[^.;]{0,90}\bcontingent\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age|ages of|age of|turned|turning|turn)\s+(?:between\s+|from\s+)?$"
    r"|\b(?:youngest|oldest|median age|average age|mean age)\b[^.;]{0,90}$"
    # "went there when he was 19"
    r"|\b(?:when|since|until)\s+(?:he|she|they|I|we)\s+(?:was|were|turned)\s+$",
    re.IGNORECASE,
)
_DEAD_PUT_AT = re.compile(r"\b(?:killed|dead|died|deaths)\b[^.;,]{0,50}\bat\s+$", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.IGNORECASE)
_KILLED_BEFORE = KeywordGate(
    re.compile(
        r"\b(?:execution|deaths?|killings?|neutrali[sz]ation|elimination)\s+of\s+$|"
        r"\b(?:killed|killing|dead|died)[\s,]+(?:[\w,]+\s+){0,5}?(?:including|among\s+them)\s+$|"
        r"\baccording\s+to\s+$|"  # "according to three people familiar with the plan": the sources
        r"\bkilled\b[^.;]{0,30}\b(?:were|are)\s+(?:(?:at\s+least|some|about|more\s+than)\s+)?$|"
        r"\b(?:kill|killed|killing|kills|lost|losing|eliminated|neutrali[sz]ed|wiped out|executed|shot dead|"
        r"gunned down|prevented|"
        r"stopped|barred|blocked|intercepted|dissuaded|turned back|turned away|"
        r"killed\s+the\s+(?:last|remaining|final|other)|displaced|"
        # (the verb may stand in quotes: 'says it has "neutralised" 560 militants')
        r"captured or killed|arrested|charged|indicted|investigating|investigated)[\"”]?\s+[\"“]?"
        r"(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|as many as|an estimated|"
        r"roughly|a little over|another|a further)\s+)?$",
        re.IGNORECASE,
    ),
    (
        "kill",
        "shot dead",
        "gunned down",
        "execution",
        "dead",
        "died",
        "lost",
        "losing",
        "eliminated",
        "neutrali",
        "wiped out",
        "executed",
        "prevented",
        "stopped",
        "barred",
        "blocked",
        "intercepted",
        "dissuaded",
        "turned",
        "arrested",
        "charged",
        "indicted",
        "investigat",
        "according",
        "displaced",
        "death",
        "eliminat",
    ),
)
# "indictments against four men": people charged, unless the count is of those who came back
_CASES_AGAINST_BEFORE = re.compile(r"\b(?:indictments?|charges|cases)\s+against\s+$", re.IGNORECASE)
_RATE_IN_PHRASE = KeywordGate(
    re.compile(
        r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b(?!\s+(?:earlier|ago|before|later|after))|\bmonthly\b|"
        r"\bweekly\b",
        re.IGNORECASE,
    ),
    ("day", "week", "month", "year"),
)
_FLOW_IN_PHRASE = re.compile(r"\bflowing\b", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(
    r"\b(?:resolutions?|No\.|(?:the|a|serial|phone|reference|case|registration)\s+number|document|article|paragraph|page|chapter|section|"
    r"S/RES/|decree|law|code|room|flight|version|(?-i:Report))\s*$"
    r"|\b(?:views|reads|comments|shares|likes)\s*:\s*$"  # "Views: 2 341": a page's counter
    r"|\+\d{1,3}(?:[\s.-]\d{1,4}){1,3}[\s.-]$",  # "+41 22 917 9000": the end of a telephone number
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+(?:for|in|per|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_POPULATION_BEFORE = KeywordGate(
    re.compile(
        r"\b(?:country|nation|city|town|region|population|state|province) of\s+"
        r"(?:(?:about|some|around|barely|just|only|nearly|almost|roughly|over|more than|fewer than|less than|"
        r"under)\s+)?$"
        r"|\b(?:interviews?|conversations?|talks|surveys?|polls?|questionnaires?)\s+(?:with|of|among)\s+$"
        r"|\b(?:army|armed forces|police force|security forces)\s+of\s+(?:about\s+|some\s+|around\s+)?$"
        r"|\bpopulations?\s+(?:is|was|are|were|stands\s+at|stood\s+at|numbers|totals|of\s+just)\s+$"
        # "a diaspora which numbers some 30,000"
        r"|\b(?:diaspora|community|minority)\b[^.;]{0,20}?\bnumbers\s+"
        r"(?:(?:about|some|around|roughly|over|more than|nearly|almost)\s+)?$"
    ),
    ("of", "with", "among", "population", "numbers"),
)
# "the population of the camp, she added, had fallen to about 48,000": how many live there
_POPULATION_NOW_AT = KeywordGate(
    re.compile(
        r"\bpopulation\s+of\b[^.;]{0,60}?\b(?:has\s+|had\s+|have\s+)?(?:fallen|fell|risen|rose|dropped|grown|grew|"
        # (no qualifier before the "$": the figure, whose start ends the window, begins with its own)
        r"climbed|increased|decreased|declined|shrunk|shrank|swelled|stood|stands|reached)\s+(?:to\s+|at\s+)?$",
        re.IGNORECASE,
    ),
    ("population",),
)
# "an archipelago with fewer than 400,000 citizens": a population, when the number is that large
_WITH_A_POPULATION_BEFORE = re.compile(
    r"\b(?:archipelago|islands?|country|nation|state|city|town|kingdom|republic)\b[^.;]{0,50}?\bwith\s+"
    r"(?:(?:about|some|around|barely|just|only|nearly|almost|roughly|over|more than|fewer than|less than|"
    r"under)\s+)?$",
    re.IGNORECASE,
)
POPULATION_SIZE = 50_000
# A count that is mostly family members: "more than 500 nationals, most of them children"
_MOSTLY_FAMILIES = KeywordGate(
    re.compile(
        r"[^.;]{0,80}?\band\s+their\s+"
        r"(?:dependants|dependents|families|family members|relatives|wives|children)\b|"
        r"[^.;]{0,80}?\b(?:the\s+)?(?:majority|most|bulk|mostly|overwhelmingly|predominantly|largely|many)\b"
        r"(?:\s+of\s+(?:them|whom))?(?:\s+(?:were|are|being))?(?:\s+(?:foreign|young|Syrian|Iraqi))?"
        r"\s+(?:women|children|minors|wives)\b|"
        # "106,000 persons, including about 16,000 fighters, while the rest were their wives and children"
        r"[^.;]{0,60}?\bincluding\s+[^.;]{0,60}?\bfighters\b[^.;]{0,40}?\bthe\s+(?:rest|others|remainder)\s+"
        r"(?:were|are)\s+(?:their\s+)?(?:women|children|wives|families|dependants)\b"
    ),
    ("their", "women", "children", "minors", "wives"),
)
# "156 people, including 148 women and children, were flown back": families, unless the count is of
# those who left ("1,000 Indonesians, including women and children, have gone to Syria")
_INCLUDING_CHILDREN = re.compile(
    r"[^.;]{0,30}?\bincluding\s+(?:[\w,-]+\s+){0,5}?(?:children|minors)\b"
    # "repatriated 51 Americans, 30 of them children"
    r"|[^.;]{0,30}?,\s*(?:\d[\d,]*|most|many|half)\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?:children|minors)\b"
)
_DEPARTED = re.compile(
    r"\b(?:left|leave|gone|went|travel\w*|join\w*|headed|made\s+the\s+(?:journey|trip))\b", re.IGNORECASE
)
# "5,000 former fighters and their family members": a count of fighters and others together
_AND_THEIR_FAMILIES = re.compile(
    r"(?:\s+of\s+[^.;,]{2,60}?)?,?\s+(?:and|together\s+with|along\s+with)\s+their\s+"
    r"(?:family members|families|dependants|dependents|relatives|wives and children)\b"
)
# Extremists counted at home, or of another kind: "right-wing extremists", "Islamists inside Sweden"
_NOT_TRAVELLING_EXTREMISTS = KeywordGate(
    re.compile(
        r"\b(?:right|left)-wing\b|\bfar-(?:right|left)\b|\bneo-Nazis?\b"
        r"|\b(?:extremists|Islamists|Salafists|radicals)\s+"
        r"(?:inside|within|living in|at home|in the country)\b"
        r"|\bSalafists\s+in\s+(?-i:[A-Z])",
        re.IGNORECASE,
    ),
    ("-wing", "far-", "nazi", "extremists", "islamists", "salafists", "radicals"),
)
_CAMP_BEFORE = re.compile(
    r"\b(?<!training )camps?\b(?!\s+(?:for|of)\s+(?:training|fighters))|\bal-Ho[lw]l?\b|\bal-Hawl\b",
    re.IGNORECASE,
)
# People counted for something other than fighting: arrested or charged at home, investigated,
# stopped before leaving, evacuated.
_NOT_FIGHTING_PREDICATE = re.compile(
    r"\b(?:(?:have|has|had)\s+been|are|were|was|is|being|been)\s+(?:being\s+|also\s+|since\s+|now\s+|still\s+)?"
    r"(?:arrested|charged|indicted|investigated|stopped|prevented|barred|evacuated|questioned|monitored|"
    r"under investigation|under surveillance|listed|registered|employed|displaced|flown out|airlifted)\b"
    r"|\b(?:held|taken|kept)\s+(?:as\s+)?hostages?\b|\b(?:kidnapped|abducted)\b"
    r"|\bbefore\s+(?:reaching|they\s+(?:reached|could|got))\b"
    # "have tried to travel", but "have traveled or attempted to travel" counts those who went
    r"|\b(?:on\s+suspicion\s+of\s+)?(?:trying|attempting|(?<!or\s)tried|(?<!or\s)attempted)\s+to\s+"
    r"(?:reach|travel|join|cross)\b"
    # "passports of 45 people suspected of planning to travel": they have not gone
    r"|\b(?:planning|plotting|intending|preparing|wanting|seeking)\s+to\s+(?:reach|travel|join|go|leave)\b"
    r"|\b(?:over|for)\s+(?:suspected|alleged)\s+links\b|\baccused\s+of\s+(?:recruiting|financing|funding)\b"
    r"|\b(?:demonstrated|manifested)\b"
    r"|\breturned\s+to\s+their\s+(?:homes|districts|villages|towns|areas|land|fields)\b"
    r"|^\s*(?:(?:are|were|is|was)\s+)?(?:held|living|detained|kept)?\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}camps?\b"
    # "convicted nine men of recruiting fighters": the recruiters
    r"|^\s*of\s+(?:recruiting|financing|funding|facilitating|smuggling)\b"
    r"|\bsuspected\s+of\s+(?:recruiting|financing|funding|raising|facilitating|helping|smuggling|sending|running|"
    r"operating|organi[sz]ing|plotting|planning)\b"
    # "2.7 million Central Asians work in Russia": migrants, not fighters
    r"|\b(?:work|works|worked|working|live|lives|lived|living|reside|resides|resided)\s+(?:in|abroad)\b"
    # "supporting" alone, not "fighting with or supporting": those count
    r"|(?<!\bwith\sor\s)(?<!\bfor\sor\s)\b(?:actively\s+)?supporting\b|\b(?:demonstrated|protested|rallied|marched)\b"
    r"|\bfrom\s+their\s+homes\b|\b(?:fled|displaced)\b"
)
# The same, said right after a figure without a noun: "another 60 or so were stopped before leaving"
_NOUNLESS_NOT_FIGHTING = re.compile(
    r"(?:\s+or\s+so)?(?:\s+more)?\s+(?:(?:were|are|was|is)\s+)?(?:" + _NOT_FIGHTING_PREDICATE.pattern + ")"
)
_BODY_OF_STATES_BEFORE = re.compile(
    r"\b(?:coalition|alliance|council|union|committee|assembly|organi[sz]ation of|bloc|partnership|Interpol|"
    r"INTERPOL|NATO|ASEAN|OSCE)\b",
    re.IGNORECASE,
)
_FAMILY_WORDS = re.compile(r"\b(?:women|children|families|wives|minors)\b", re.IGNORECASE)
_FROM_A_CAMP = re.compile(
    r"[^.;]{0,40}?\bfrom\s+(?:[\w’'-]+\s+){0,3}?(?:camps?|detention camps?|al-Hol|al-Hawl|Roj)\b",
    re.IGNORECASE,
)
_REPATRIATION = re.compile(
    r"\b(?:repatriat\w*|brought\s+(?:back|home)|brings?\s+(?:back|home)|bringing\s+(?:back|home)|"
    r"flown\s+home|flew\s+home|evacuat\w*|returned\s+\d|has\s+now\s+returned)\b",
    re.IGNORECASE,
)
_FIGHTING_WORDS = re.compile(
    r"\b(?:fight\w*|fought|militants?|jihadists?|terrorists?|suspect\w*|members\s+of|joined|combatants?|"
    r"hostilities|involved\s+with|ISIL|ISIS|Daesh)\b",
    re.IGNORECASE,
)
# The people a count by sex or age names, said after the figure or its noun
_BY_SEX_OR_AGE = r"minors|women|children|girls|boys|female"
_NOUNLESS_NOT_FIGHTERS = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:of\s+(?:those|them|these)\s+who\s+(?:[\w-]+\s+){1,4}?)?"
    # "some 280 of them women", "fewer than 20 of the returnees are women": a count by sex or age
    r"(?:were|are|was|of\s+(?:them|whom)(?:\s+(?:were|are))?|of\s+the\s+[\w-]+\s+(?:were|are))\s+"
    rf"(?:\w+\s+)?(?:{_BY_SEX_OR_AGE}|"
    r"under\s+(?:the\s+age|\d)|(?:men|males)\s+of\s+(?:fighting|military)\s+age)"
)
# "fewer than 20 of the returnees are women": the same count by sex or age, said after the noun
_NOUN_NOT_FIGHTERS = re.compile(rf"\s+(?:were|are)\s+(?:\w+\s+)?(?:{_BY_SEX_OR_AGE})\b")
_NUMBER_OF_NON_FIGHTERS = re.compile(
    r"\bnumber\s+of\s+(?:[\w.-]+\s+){0,2}?(?:women|children|minors|wives|widows|girls|boys|families|arrests|"
    r"cases|attacks|deaths|troops|soldiers|advisers|advisors|personnel|police|officers|refugees|civilians|"
    # "the number of people in the al-Hol camp has fallen below 40,000": the camp's residents
    r"(?:people|residents)\s+(?:in|at|living\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?camps?)\b[^.;]*$",
    re.IGNORECASE,
)
# "placed 12,800 individuals from 95 countries on its entry ban list": kept out, not fighters
_ON_A_LIST = re.compile(
    r"\b(?:ban|banned|watch|no-fly|entry|stop)\s*-?\s*lists?\b|\bentry bans?\b", re.IGNORECASE
)
