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
