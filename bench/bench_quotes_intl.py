"""Benchmark: quotes in German, French, Spanish, Italian and Portuguese against English.

Run: ``python bench/bench_quotes_intl.py [--quick]``.  Prints figures; asserts
nothing.  Every text is invented: a short article of each language (and its
English twin) is parsed many times, then repeated up to 1 MB (``--quick``:
100 KB) for the time per MB, and a few hostile inputs are read.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import partial

from newsstruct import find_quotes, parse_article

ARTICLES = {
    "de": [
        "„Wir werden das nicht hinnehmen“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.",
        "Die Regierung will sparen, und die Opposition kritisiert den Plan der Koalition.",
        "Der Minister erklärte: „Das ist ein guter Tag für das Land.“",
        "„Wir bleiben dran“, sagte er. „Es geht um viel.“",
        "Laut Scholz ist die Lage „sehr ernst“, doch die Wirtschaft wachse wieder.",
    ],
    "fr": [
        "« Nous ne céderons pas », a déclaré le ministre Jean Dupont lundi à Paris.",
        "Le gouvernement veut faire des économies, et l'opposition critique le plan.",
        "La porte-parole a déclaré : « C'est un bon jour pour le pays. »",
        "« Nous tiendrons, a-t-il ajouté, jusqu'au bout. »",
        "Selon Dupont, la situation est « très grave », mais l'économie repart.",
    ],
    "es": [
        "«No cederemos», dijo el presidente Pedro Sánchez el lunes en Madrid.",
        "El Gobierno quiere ahorrar, y la oposición critica el plan de la coalición.",
        "La portavoz dijo: «Es un buen día para el país.»",
        "«Seguiremos», añadió. «Hay mucho en juego.»",
        "Según Sánchez, la situación es «muy grave», pero la economía crece.",
    ],
    "it": [
        "«Non ci arrenderemo», ha detto il ministro Mario Rossi lunedì a Roma.",
        "Il governo vuole risparmiare, e l'opposizione critica il piano della coalizione.",
        "La portavoce ha detto: «È una buona giornata per il paese.»",
        "«Andremo avanti», ha aggiunto lui. «C'è molto in gioco.»",
        "Secondo Rossi, la situazione è «molto grave», ma l'economia cresce.",
    ],
    "pt": [
        "“Não vamos recuar”, disse o ministro Carlos Souza na segunda-feira em Brasília.",
        "O governo quer economizar, e a oposição critica o plano da coalizão.",
        "A porta-voz disse: “É um bom dia para o país.”",
        "“Vamos continuar”, afirmou ele. “Há muito em jogo.”",
        "Segundo Souza, a situação é “muito grave”, mas a economia cresce.",
    ],
    "en": [
        '"We will not accept this," Chancellor Olaf Scholz said on Monday in Berlin.',
        "The government wants to save money, and the opposition criticises the plan.",
        'The minister said: "This is a good day for the country."',
        '"We will stay on it," he said. "A lot is at stake."',
        'According to Scholz the situation is "very serious", but the economy grows.',
    ],
}

HOSTILE: dict[str, Callable[[int], str]] = {
    "many one-word quotes": lambda size: "„a“ " * (size // 4),
    "one long quote": lambda size: "„" + "auch " * (size // 5) + "“, sagte er.",
    "names and quotes": lambda size: ("« a » " + "Jean " * 30) * (size // 156),
    "cue and quote, repeated": lambda size: "sagte „x“ " * (size // 10),
    "a long run of names": lambda size: "Scholz " * (size // 7) + "sagte: „ja“",
}


def _time(call: Callable[[], object], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        call()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="stop at 100 KB")
    top = 100_000 if parser.parse_args().quick else 1_000_000
    print("language  ms/article  ms/MB at the largest size")
    for language, paragraphs in ARTICLES.items():
        text = "\n\n".join(paragraphs * 2)
        parse_article(text)
        short = _time(partial(parse_article, text), 200) * 1000
        big = "\n\n".join(paragraphs * (top // len(text) * 2 + 1))
        per_mb = _time(partial(parse_article, big), 1) * 1e9 / len(big)
        print(f"{language:8}  {short:10.2f}  {per_mb:8.0f}")
    print("\nhostile input (find_quotes, language='de')  ms/MB")
    for name, build in HOSTILE.items():
        text = build(top)
        per_mb = _time(partial(find_quotes, text, language="de"), 1) * 1e9 / max(1, len(text))
        print(f"{name:40}  {per_mb:8.0f}")


if __name__ == "__main__":
    main()
