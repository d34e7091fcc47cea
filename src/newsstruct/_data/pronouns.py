"""Personal pronouns that can stand for a speaker, with their gender.

Source: the subject and relative pronouns of English (Quirk et al.,
*A Comprehensive Grammar of the English Language*, 1985, section 6.2).
"""

from __future__ import annotations

#: Subject pronouns that stand for one person, by grammatical gender.
PERSON_PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    # Russian, Ukrainian and Bulgarian copy, read as English (``«...», — заявил он``)
    "он": "male",
    "она": "female",
    "він": "male",
    "вона": "female",
    "той": "male",
    "тя": "female",
    # Romanian, Lithuanian and Latvian copy, read as English (``", a adăugat el.``)
    "el": "male",
    "ea": "female",
    "jis": "male",
    "viņš": "male",
    "viņa": "female",
}

#: Every pronoun that can be the subject of an attribution, lower case.
SUBJECT_PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "i", "we", "it", "you", "who", "this", "that"}
) | frozenset(PERSON_PRONOUNS)

#: Relative pronouns: the speaker is the noun phrase they follow.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

#: The past tense of the reporting verbs of the Slavic languages read as English
#: (:data:`newsstruct._data.cues.OTHER_LANGUAGE_CUES`), which shows the gender of a
#: subject these languages may leave out (``„...,“ uvedl.``, ``„...” – dodała.``,
#: ``«...», — добавил.``, ``"...", rekao je.``): the verb stands for the person
#: named last.  Source: the past-tense endings of these languages (Polish
#: ``-ł``/``-ła``, Czech, Slovak and Slovene ``-l``/``-la``, Croatian ``-o``/``-la``,
#: Russian ``-л``/``-ла``, Ukrainian ``-в``/``-ла``).
PRO_DROP_VERBS: dict[str, str] = {
    "powiedział": "male", "powiedziała": "female", "dodał": "male", "dodała": "female",
    "podkreślił": "male", "podkreśliła": "female", "stwierdził": "male",
    "stwierdziła": "female", "zaznaczył": "male", "zaznaczyła": "female",
    "oświadczył": "male", "oświadczyła": "female", "ocenił": "male", "oceniła": "female",
    "wyjaśnił": "male", "wyjaśniła": "female",
    "řekl": "male", "řekla": "female", "uvedl": "male", "uvedla": "female",
    "dodal": "male", "dodala": "female", "prohlásil": "male", "prohlásila": "female",
    "zdůraznil": "male", "zdůraznila": "female", "poznamenal": "male",
    "poznamenala": "female",
    "povedal": "male", "povedala": "female", "uviedol": "male", "uviedla": "female",
    "vyhlásil": "male", "vyhlásila": "female", "zdôraznil": "male", "zdôraznila": "female",
    "dejal": "male", "dejala": "female", "poudaril": "male", "poudarila": "female",
    "rekao je": "male", "rekla je": "female", "izjavio je": "male", "izjavila je": "female",
    "dodao je": "male", "dodala je": "female", "naglasio je": "male",
    "naglasila je": "female", "kazao je": "male", "kazala je": "female",
    "сказал": "male", "сказала": "female", "заявил": "male", "заявила": "female",
    "отметил": "male", "отметила": "female", "добавил": "male", "добавила": "female",
    "подчеркнул": "male", "подчеркнула": "female", "пояснил": "male", "пояснила": "female",
    "сообщил": "male", "сообщила": "female", "заключил": "male", "заключила": "female",
    "сказав": "male", "заявив": "male", "зазначив": "male", "зазначила": "female",
    "додав": "male", "додала": "female", "наголосив": "male", "наголосила": "female",
    "повідомив": "male", "повідомила": "female", "пояснив": "male",
}  # fmt: skip
