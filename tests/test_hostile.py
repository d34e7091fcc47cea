"""Nasty inputs: each returns an Article whose spans slice the input."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import Article

from .test_properties import check

NASTY = {
    "empty": "",
    "whitespace": " \t\n\r\n \u3000\n",
    "unmatched straight quotes": '"' * 5000,
    "mixed marks": "“‘«»’”" * 3000,
    "one long line": ("word " * 200_000)[:1_000_000],
    "empty paragraphs": "\n\n" * 50_000,
    "said between quotes": '"x" said ' * 100_000,
    "dateline prefix repeated": "NEW YORK, " * 20_000,
    "nested parentheses": "(" * 10_000 + "AP" + ")" * 10_000 + " - text",
    "control characters": "".join(chr(c) for c in range(32)) * 100,
    "lone surrogate": 'He said \udcff "hi" \ud800.',
    "cr only": 'HEADLINE\r\rPARIS (AFP) - Body.\r\r"Yes," he said.\r',
    "invisible marks": "\ufeffTitle\u200b\n\n\u200fBERLIN (dpa) - \u200e\u2066Text\u2069 😀😀.",
    "html left in": "<p>&quot;Hi&quot; &#8220;there&#8221;, she said.</p>\n<br/>",
    "only dashes": "— – - _ -- .- :" * 1000,
    "only capitals": "WASHINGTON " * 30_000,
    "quotes across many paragraphs": '"Start\n\n"' * 5000,
    "unclosed marks of six families": "\u201c\u2018\u00ab\u201e\"'" * 20_000,
    "apostrophes": "'n' " * 20_000,
    "mojibake": "\u00e2\u20ac\u0153Hi\u00e2\u20ac \u00c2\u00a0\u00c2 \u00e2\u20ac" * 20_000,
    # the forms read since round 31, repeated and crossed with the layouts above
    # (CR only, one long line, no blank lines)
    "results rows, CR only": (
        "Central 64, Northfield 58\rSt. Mary's 55, Valley Christian 53 (OT)\r\r"
        "NORTHFIELD (58): Jones 4 2-2 11, Ruiz 3 0-0 7.\rHalftime: Central 30-27.\r\r"
        "Harmon Prep at Ridgeview, 7 p.m.\r\r"
    )
    * 1_000,
    "claim boxes and records, one line": (
        "Claim: The mayor said taxes doubled. Rating: False By Filings Desk "
        "source: Wire author: Jo Kent title: Port strike ends url: https://x.example/a "
    )
    * 1_000,
    "masked days and transmission lines": (
        "WASHINGTON, march ## (Reuters) - The port reopened.\n\n"
        "OTS0123 5 II 0412 NEF0007 Do, 04.Nov 2025\nWien (OTS) - Die Stadt baut.\n\n"
    )
    * 1_000,
    "labels over lists, no blank lines": (
        "The ministry reported 400 cases on Monday.\nKey points:\n1. Cases rose.\n2. Two died.\n"
        "00:00 Intro\n03:12 Who pays\n42 reposts 118 likes\nIn pictures: Floods hit the coast\n"
    )
    * 1_000,
    "round-31 speaker shapes among prose": (
        "The port, which handles a third of the region's freight, reopened on Tuesday after a "
        "three-day strike that stranded dozens of ships and hundreds of containers at anchor.\n\n"
        "Trucks lined the access road for two miles on Wednesday morning, and the first of the "
        "cranes began unloading a container ship from Rotterdam shortly before dawn.\n\n"
        "The union told its employer, the U.S. Maritime Alliance, it would strike again. "
        '"We are ready," it said. Acme Corp.\'s chief executive Jo Lind asked whether the deal '
        'would hold, she said. She laid out her case:\n\n"The law is clear," the senator said.\n\n'
    )
    * 500,
    # the forms read in round 33, among prose, hard wrapped with CRLF and LF
    "round-33 speaker shapes, CRLF hard wraps": (
        "The race for the seat, which has been held by the same party since 1998, tightened\r\n"
        "on Monday after a poll put the two main candidates within a point of each other.\r\n\r\n"
        "Turnout in the district was 41 percent at the last election, and both campaigns\r\n"
        "have spent heavily on mailers and door-knocking in the final weeks.\r\n\r\n"
        "Their nominee, a nurse named Renee Lind, has raised little money\r\nso far. "
        "She told reporters: ''We will win.''\r\n\r\n"
        "Greaves asked Ashby whether she would run. In an email, she said the\r\n"
        "vote was fair. The governor's office referred questions to a\r\n"
        "spokeswoman, Jo Kent.\r\n\r\n"
        "Scotland's First Minister has apologised. Shares rose 1.40 dlrs, or\n"
        '3.5 pct. The plan was branded "reckless".\n\n'
        '"It is over," the First Minister said.\n\n'
    )
    * 500,
    "round-33 European forms, no blank lines": (
        "Lüneburg. Der Landkreis hat am Montag entschieden.\n"
        "Der Kreistag hatte zuvor lange über die Kosten für den Neubau der Schule gestritten.\n"
        "„Das ist nicht akzeptabel“, wurde vom Minister bestätigt. Die »taz« schrieb von\n"
        "einem Skandal. Mitteilung der Pressestelle\nNr. 041/2026 vom 04.03.2026\n"
        "Foto: Kay Nietfeld/dpa\nImage 3/8\nComments (12)\n"
        "STOCKHOLM. På tisdagen meddelade regeringen att skolan stänger.\n"
        "– Vi är glada, säger teaterchefen Anna Berg.\n– Det var fint, sa 24-åringen.\n"
        "– Det var godt, siger træner Lars Ole fra FC Midtjylland.\n"
        "“É o fim”, foi dito pelo ministro. Il sindaco parla della cosiddetta «tassa».\n"
        "Hij reageerde met de woorden „Het is voorbij“.\n"
    )
    * 500,
    # the forms read in round 34 (releases, reviews, signs, court Q. and A., the
    # regional press), among prose, CRLF within paragraphs
    "round-34 speaker shapes, CRLF within paragraphs": (
        "The company, which employs about 4,000 people across three plants in the region, has\r\n"
        "struggled since the collapse of its largest customer two years ago.\r\n\r\n"
        "Analysts had expected a loss for the quarter, and the shares had fallen by almost a\r\n"
        "third since January before the results were published on Tuesday morning.\r\n\r\n"
        "The trial, which is expected to last three weeks, opened on Monday in a courtroom\r\n"
        "packed with the families of the victims and a dozen reporters.\r\n\r\n"
        "The plant's two oldest lines will close by the end of the year, and about 300 jobs\r\n"
        "will go, most of them through early retirement and voluntary departures.\r\n\r\n"
        "The exhibition, which runs until March, brings together more than 200 works lent by\r\n"
        "museums and private collectors in eleven countries, some never shown before.\r\n\r\n"
        "Protesters gathered outside city hall on Saturday afternoon, some of them carrying\r\n"
        "banners and flags, as the council met to vote on the cuts to the parks budget.\r\n\r\n"
        'Velora Holdings plc ("Velora" or the "Company") said revenue rose.\r\n'
        'The Company said its "QX-Cell" modules would ship in May.\r\n\r\n'
        '"Undertow" drifts, and its second act never lands. The line "We were young\r\n'
        'once" closes the book. An entry for March reads "Rain again."\r\n\r\n'
        'It was a word she said often. When she says "home," she means the farm.\r\n'
        'The West African nation said "we will act." Nova Scotia said "no."\r\n'
        'Ann Berg, a Royal Academician, carried a sign reading "Hands off."\r\n'
        'Carrying a sign saying "No cuts," Tom Lind marched.\r\n\r\n'
        "Under cross-examination, Assistant District Attorney Felicia Brandt asked\r\n"
        'him about it.\r\n\r\nQ. "Where were you?"\r\n\r\nA. "At home."\r\n\r\n'
        '"Mr. Kettleson, do you understand?" the judge asked.\r\n\r\n"I do," he said.\r\n\r\n'
    )
    * 200,
    "round-34 regional forms, no blank lines": (
        "El Gobierno presentó el lunes un plan de obras para los puertos del sur del país.\n"
        "Le conseil municipal a adopté mardi soir le budget de la ville pour l'année prochaine.\n"
        "Der Gemeinderat hat am Dienstag über den Neubau der Schule und die Kosten beraten.\n"
        "A Câmara Municipal aprovou na terça-feira o orçamento da cidade para o próximo ano.\n"
        "De gemeenteraad heeft dinsdag het budget voor de nieuwe sporthal goedgekeurd.\n"
        '"No vamos a ceder", acotó el presidente de la Unión Industrial Argentina (UIA), Ana Paz.\n'
        "« Nous irons jusqu'au bout », a indiqué en entrevue avec La Presse le ministre Roy.\n"
        "„Das ist zu wenig“, sagte der ÖVP-Politiker der APA.\n"
        '"Es un error", dijo a este diario el diputado Luis Mora.\n'
        '"Het is genoeg geweest", klinkt het bij burgemeester Jan Peeters.\n'
        "Le roi a reçu les ambassadeurs. (MAP)\nMD/ASG\n"
        "Renata Albuquerque\n\nBrasília\n\n12.set.2025 às 19h40\n"
    )
    * 300,
    # long paragraphs of many capitalised runs, a quote among them: each run's test
    # for an article before it reads no more than its own words
    "capitalised runs in long paragraphs": "\n\n".join(
        "".join(
            f"the {a.title()}{b}{p} {b.title()}{c}{a} board met. "
            + ('"We won," she said. ' if c == "ba" else "")
            for a in ("ba", "ko", "ri", "mu", "te", "lo", "ne", "si")
            for b in ("ba", "ko", "ri", "mu", "te", "lo", "ne", "si", "da", "fu")
            for c in ("ba", "ko", "ri", "mu", "te", "lo", "ne", "si", "da", "fu")
        )
        for p in ("da", "fu", "ne", "si")
    ),
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_input_gives_an_article(name: str) -> None:
    article = check(NASTY[name])
    assert isinstance(article, Article)


def test_whitespace_only_has_no_parts() -> None:
    article = check(NASTY["whitespace"])
    assert article.paragraphs == ()
    assert article.headline is None
    assert article.quotes == ()


@pytest.mark.parametrize(
    ("parser", "module", "inner", "text", "empty"),
    [
        ("find_quotes", "newsstruct._quotes", "quotes_in", '"Yes," he said.', ()),
        ("find_quoted_text", "newsstruct._quotes", "_all_quotes", '"Yes," he said.', ()),
        ("find_boilerplate", "newsstruct._boilerplate", "match_boilerplate", "(Reuters)", ()),
        ("parse_byline", "newsstruct._byline", "match_byline", "By Jo Kent", None),
        ("parse_caption", "newsstruct._caption", "match_caption", "A port. Photo: AP", None),
        ("parse_dateline", "newsstruct._dateline", "match_dateline", "PARIS (AFP) - Yes.", None),
        ("parse_date", "newsstruct._dates", "resolve_date", "March 3, 2024", None),
    ],
)
def test_a_failing_part_parser_gives_the_empty_result(
    monkeypatch: pytest.MonkeyPatch, parser: str, module: str, inner: str, text: str, empty: object
) -> None:
    parse = getattr(newsstruct, parser)
    assert parse(text) != empty

    def fail(*args: object) -> None:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(f"{module}.{inner}", fail)
    assert parse(text) == empty
    with pytest.raises(newsstruct.InputTypeError):
        parse(b"caller mistakes still raise")


@pytest.mark.parametrize(
    ("story", "first", "language"),
    [
        # a cue and a listener's preposition that end the text: no listener to read
        (
            "«Andiamo avanti», ha detto Marco Rossi.\n\n«È finita», ha detto a",
            "Andiamo avanti",
            "it",
        ),
        (
            "«Andiamo avanti», ha detto Marco Rossi.\n\n«È finita», ha detto a la",
            "Andiamo avanti",
            "it",
        ),
        ("«Vamos em frente», disse Ana Vieira.\n\n«É o fim», disse a", "Vamos em frente", "pt"),
        ("«Seguimos», dijo Ana Ruiz.\n\n«Es el fin», dijo a", "Seguimos", "es"),
    ],
)
def test_a_listener_cut_off_keeps_the_other_quotes(story: str, first: str, language: str) -> None:
    quotes = newsstruct.find_quotes(story, language=language)
    assert [quote.text for quote in quotes][:1] == [first]
    check(story)
