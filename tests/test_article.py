"""parse_article(): the composer, on hand-made stories and on the seed article."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Protocol

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsstruct._article
import newsstruct._headline
from newsstruct import Span, parse_article

from .corpora import corpora_dir
from .strategies import PIECES


class Part(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...


def assert_slices(text: str, parts: Iterable[Part | None]) -> None:
    for part in parts:
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text


@pytest.fixture
def seed() -> str:
    root = corpora_dir()
    if root is None or not (root / "seed" / "reykjavik.txt").is_file():
        pytest.skip("seed article not found: set NEWSSTRUCT_CORPORA or add ../shared/corpora")
    return (root / "seed" / "reykjavik.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("reference", [None, datetime.date(2021, 5, 20)])
def test_seed(seed: str, reference: datetime.date | None) -> None:
    article = parse_article(seed, reference_date=reference)
    assert article.headline is not None
    assert article.headline.text == "US and Russia stress dialogue despite 'serious differences'"
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("US Secretary of State Antony Blinken (left)")
    assert caption.credit == "AFP"
    assert "AFP" not in caption.text
    assert caption.credit_span is not None
    assert seed[caption.credit_span.start : caption.credit_span.end] == "AFP"
    assert len(article.paragraphs) == 11
    first = article.paragraphs[0].text
    if article.dateline is not None:
        assert first.startswith("Top diplomats")
    else:
        assert first.startswith("REYKJAVIK")
    assert article.paragraphs[-1].text.startswith('"We are ready to discuss')
    assert [b.kind for b in article.boilerplate] == ["promo"]
    assert article.boilerplate[0].text.startswith("Join ST's Telegram channel")
    assert all("Telegram" not in p.text for p in article.paragraphs)
    assert_slices(seed, [article.headline, caption, *article.paragraphs, *article.boilerplate])


WIRE = (
    "TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER\n"
    "by Janie Gabbett, Reuters\n"
    "    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\n"
    "pressure to act quickly on its proposed equity offering,\n"
    "banking analysts said.\n"
    "    Some analysts said they have recommended a delay.\n"
    " Reuter\n"
)


def test_reuters_wire_story() -> None:
    article = parse_article(WIRE)
    assert article.headline is not None
    assert article.headline.text == "TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER"
    assert article.byline is not None
    assert article.byline.names == ("Janie Gabbett",)
    assert len(article.paragraphs) == 2
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Reuter", "signoff")]


def test_ap_byline_over_two_lines() -> None:
    text = (
        "Book sales soar\n\nBy HILLEL ITALIE\nAssociated Press Writer\n\n"
        "NEW YORK (AP) - Book sales rose in May, the industry said on Tuesday."
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text == "By HILLEL ITALIE\nAssociated Press Writer"
    assert article.byline.names == ("HILLEL ITALIE",)
    assert len(article.paragraphs) == 1


def test_ap_byline_on_wire_lines() -> None:
    text = (
        "BOOK SALES SOAR\nBy HILLEL ITALIE\nAssociated Press Writer\n"
        "    NEW YORK (AP) - Book sales rose in May, the industry\n"
        "said on Tuesday.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("HILLEL ITALIE",)
    assert article.byline.text == "By HILLEL ITALIE\nAssociated Press Writer"


def test_credit_line_feeds_the_byline() -> None:
    text = (
        "Chip maker plans plant\n\nTAIPEI (Reuters) - A chip maker plans a plant, sources said.\n\n"
        "(Reporting by Jane Doe; Editing by Tom Lee)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["credits", "standards"]
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)  # the editor wrote nothing
    assert article.byline.span == article.boilerplate[0].span
    assert len(article.paragraphs) == 1
    # a line of editors alone gives no byline
    edited = text.replace("Reporting by Jane Doe; ", "")
    assert parse_article(edited).byline is None


def test_byline_at_the_top_wins_over_credits() -> None:
    text = (
        "Chip maker plans plant\n\nBy Ann Lee\n\nA chip maker plans a plant, sources said.\n\n"
        "(Reporting by Jane Doe; Editing by Tom Lee)"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Ann Lee",)


def test_glued_sign_offs_leave_the_last_paragraph() -> None:
    text = (
        "Minister resigns\n\nPARIS (AFP) - The minister resigned on Monday.\n\n"
        '"I will fight on," he said, vowing to return to the campaign." AFP\n\nbur-dar-gl/fz'
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text.endswith('the campaign."')
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("AFP", "signoff"),
        ("bur-dar-gl/fz", "desk"),
    ]


def test_dpa_story() -> None:
    text = (
        "Regen in Berlin\n\nVon Marco Krefting und Sunrita Sen, dpa\n\n"
        "Berlin (dpa) - Es regnet seit Tagen, sagte ein Sprecher am Montag.\n\n"
        "Police at the scene in Berlin. Steve Helber/AP/dpa\n\n"
        "Das Wetter bleibt schlecht.\n\ndpa so yyon z2 a3 vni/dmo"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Marco Krefting", "Sunrita Sen")
    assert [c.credit for c in article.captions] == ["Steve Helber/AP/dpa"]
    assert [p.text for p in article.paragraphs] == [
        "Es regnet seit Tagen, sagte ein Sprecher am Montag.",
        "Das Wetter bleibt schlecht.",
    ]
    assert [b.kind for b in article.boilerplate] == ["signoff"]


def test_page_furniture() -> None:
    text = (
        "Storm shuts ports\n\nThanks for sharing!\n\nFacebookTelegram\n\n"
        "Ports closed on Monday, officials said.\n\nMORE ON THIS TOPIC\n\n"
        "Join ST's WhatsApp Channel and get the latest news and must-reads.\n\n"
        "MCI (P) 066/10/2023\n\nCopyright 2023 SPH Media Limited."
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Ports closed on Monday, officials said."]
    assert [b.kind for b in article.boilerplate] == [
        "share",
        "share",
        "related",
        "promo",
        "imprint",
        "copyright",
    ]


def test_several_captions() -> None:
    text = (
        "Storm shuts ports\n\nWaves in Lisbon. PHOTO: AFP\n\n"
        "Ports closed on Monday, officials said.\n\nA ship in port. REUTERS/Jane Doe\n\n"
        "More storms are due."
    )
    article = parse_article(text)
    assert [c.credit for c in article.captions] == ["AFP", "REUTERS/Jane Doe"]
    assert len(article.paragraphs) == 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_parts_slice_the_input_and_boilerplate_stays_out(text: str) -> None:
    article = parse_article(text)
    assert_slices(text, article.paragraphs)
    assert_slices(text, article.boilerplate)
    assert_slices(text, article.captions)
    assert_slices(text, [article.headline, article.byline, article.kicker, article.standfirst])
    for junk in article.boilerplate:
        for paragraph in article.paragraphs:
            inside = paragraph.span.start <= junk.span.start < paragraph.span.end
            assert not inside


@pytest.mark.parametrize(
    ("part", "error"),
    [
        ("match_dateline", TimeoutError("regex time-out")),
        ("quotes_in", RuntimeError("a bug")),
        ("article_date", TimeoutError("regex time-out")),
        ("match_boilerplate", ValueError("a bug")),
    ],
)
def test_a_failing_part_is_skipped_not_the_article(
    monkeypatch: pytest.MonkeyPatch, part: str, error: Exception
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise error

    text = (
        "Storm shuts ports\n\nLISBON, March 3 (Reuters) - Ports closed, officials said. "
        '"We are ready," the mayor said.\n\nReuter'
    )
    whole = parse_article(text, reference_date=datetime.date(2024, 3, 4))
    monkeypatch.setattr(newsstruct._article, part, explode)
    if part == "match_dateline":  # the front matter reads datelines too: it fails whole
        monkeypatch.setattr(newsstruct._headline, part, explode)
    article = parse_article(text, reference_date=datetime.date(2024, 3, 4))
    assert article.paragraphs
    if part == "match_dateline":
        assert article.dateline is None
        assert article.headline is None
        assert [q.span for q in article.quotes] == [q.span for q in whole.quotes]
        assert article.boilerplate == whole.boilerplate
        return
    assert article.headline == whole.headline
    if part == "quotes_in":
        assert article.quotes == ()
        assert article.dateline == whole.dateline
    if part == "article_date":
        assert (article.date, article.language) == (None, None)
        assert article.dateline == whole.dateline
    if part == "match_boilerplate":
        assert article.boilerplate == ()
        assert article.dateline == whole.dateline


def _spans_slice(text: str) -> None:
    article = parse_article(text)
    for part in (
        article.headline,
        article.standfirst,
        article.byline,
        article.dateline,
        *article.captions,
        *article.paragraphs,
        *article.boilerplate,
    ):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text


def test_korean_byline_after_the_dateline() -> None:
    text = (
        "정부, 새 정책 발표\n\n"
        "(서울=연합뉴스) 홍길동 기자 = 정부는 30일 새 정책을 발표했다.\n\n"
        "정책은 다음 달 시행된다."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("서울", "연합뉴스")
    assert article.byline is not None
    assert (article.byline.text, article.byline.names) == ("홍길동 기자", ("홍길동",))
    assert [p.text for p in article.paragraphs] == [
        "정부는 30일 새 정책을 발표했다.",
        "정책은 다음 달 시행된다.",
    ]
    _spans_slice(text)


def test_korean_paragraph_mentioning_a_reporter_has_no_byline() -> None:
    text = (
        "정부, 새 정책 발표\n\n"
        "(서울=연합뉴스) 정부는 30일 기자회견을 열고 새 정책을 발표했다.\n\n"
        "홍길동 기자 = 이 문장은 둘째 문단이다."
    )
    article = parse_article(text)
    assert article.byline is None  # only the story's first paragraph opens with one
    assert article.paragraphs[0].text.startswith("정부는 30일 기자회견을")
    assert len(article.paragraphs) == 2


def test_headline_list_under_a_promo_is_boilerplate() -> None:
    text = (
        "Stocks Rally as Bets Grow\n\n"
        "Most Read from Bloomberg\n\n"
        "Chip Stocks Slide on Export Curbs\n\n"
        "Musk Plans New Venture in Texas\n\n"
        "(Bloomberg) -- Stocks rallied on Friday as traders added to bets.\n\n"
        "The index rose 1%."
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["promo", "related", "related"]
    assert article.dateline is not None
    assert article.dateline.agency == "Bloomberg"
    assert [p.text for p in article.paragraphs] == [
        "Stocks rallied on Friday as traders added to bets.",
        "The index rose 1%.",
    ]
    _spans_slice(text)


@pytest.mark.parametrize(
    "text",
    [
        # no dateline after the short title-case block: a paragraph of the story
        "Stocks Rally\n\nMost Read from Bloomberg\n\nThe Fed Holds Rates Steady\n\n"
        "Stocks rallied on Friday as traders added to bets.",
        # the promo stands inside the story (after its dateline)
        "Stocks Rally\n\n(Bloomberg) -- Stocks rallied on Friday.\n\n"
        "Most Read from Bloomberg\n\nThe Fed Holds Rates Steady\n\nThe index rose 1%.",
    ],
)
def test_short_title_case_paragraph_after_a_promo_is_kept(text: str) -> None:
    article = parse_article(text)
    assert "related" not in [b.kind for b in article.boilerplate]
    assert "The Fed Holds Rates Steady" in [p.text for p in article.paragraphs]


def test_caption_with_its_credit_on_the_next_line() -> None:
    text = (
        "Polizei sucht Zeugen\n\n"
        "Ein Streifenwagen an der Unfallstelle.\nFoto: Kay Nietfeld/dpa\n\n"
        "Hannover (dpa) - Die Polizei sucht Zeugen eines Unfalls.\n\n"
        "Die Autobahn war gesperrt."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Ein Streifenwagen an der Unfallstelle.", "Kay Nietfeld/dpa")
    ]
    assert article.dateline is not None
    assert article.dateline.location == "Hannover"
    assert [p.text for p in article.paragraphs] == [
        "Die Polizei sucht Zeugen eines Unfalls.",
        "Die Autobahn war gesperrt.",
    ]
    _spans_slice(text)


def test_paragraph_over_a_blank_line_and_a_credit_stays_a_paragraph() -> None:
    text = (
        "Polizei sucht Zeugen\n\n"
        "Hannover (dpa) - Die Polizei sucht Zeugen eines Unfalls.\n\n"
        "Die Autobahn war gesperrt.\n\n"
        "Foto: Kay Nietfeld/dpa"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Die Polizei sucht Zeugen eines Unfalls.",
        "Die Autobahn war gesperrt.",
    ]
    assert article.captions == ()  # a credit alone is no caption: credits boilerplate
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("credits", "Foto: Kay Nietfeld/dpa")
    ]


_STORY = "Town weighs seawall\n\nBy Jane Doe\n\nThe council will vote next month.\n\nThe wall would protect 300 homes.\n\n"


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a national reporter covering the Northeast.",
        "Jane Doe covers energy for Reuters.",
        "Jane Doe is a staff writer at the Herald. She lives in Maine.",
        "Jane covers energy for Reuters.",  # the first name (Reuters' author box)
    ],
)
def test_writer_bio_at_the_end_is_credits(bio: str) -> None:
    article = parse_article(_STORY + bio)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(bio, "credits")]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "last",
    [
        "John Smith is a national reporter covering the Northeast.",  # not the byline's
        "Jane Doe said the vote was close.",
        "Jane Doe was a reporter here until 2019.",
        "Jane Doelittle covers the council for the Herald.",
        "Mary covers the courts for the Herald.",  # not the byline's
        "Jane said the vote was close.",
    ],
)
def test_last_paragraph_that_is_no_writer_bio_stays(last: str) -> None:
    article = parse_article(_STORY + last)
    assert article.paragraphs[-1].text == last


def test_an_author_box_with_the_outlet_under_the_name() -> None:
    box = "Jane Doe\n\nThomson Reuters\n\nJane covers energy in the United States."
    article = parse_article(_STORY + box)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Jane Doe", "credits"),
        ("Thomson Reuters", "credits"),
        ("Jane covers energy in the United States.", "credits"),
    ]
    assert len(article.paragraphs) == 2


def test_ad_slots_and_the_sponsor_label_over_the_headline() -> None:
    # (The New York Times' page, copied)
    text = (
        "Advertisement\n\nSKIP ADVERTISEMENT\n\nSupported by\n\nSKIP ADVERTISEMENT\n\n"
        "Council Approves Bus Lanes After Two-Year Fight\n\n"
        "The vote clears the way for protected lanes on a busy corridor.\n\n"
        "By Maria Lopez\n\nNov. 3, 2025\n\n"
        "The council voted 7 to 2 on Tuesday to add bus-only lanes along Main Street.\n\n"
        "Maria Lopez covers transportation for The Times.\n\n"
        "See more on: Springfield City Council\n\nAdvertisement\n\nSKIP ADVERTISEMENT\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Council Approves Bus Lanes After Two-Year Fight"
    assert article.byline is not None
    assert article.byline.names == ("Maria Lopez",)
    assert [p.text[:16] for p in article.paragraphs] == ["The council vote"]
    assert [b.kind for b in article.boilerplate] == [
        *["promo"] * 4,
        "timestamp",
        "credits",
        "related",
        "promo",
        "promo",
    ]


_CNN_PAGE = (
    "Storm knocks out power across the Northeast\n\nBy Jane Doe, CNN\n\n"
    "Updated 6:12 PM EST, Mon November 3, 2025\n\n"
    "Video Ad Feedback\n\nWatch: Winds topple trees\n01:12 - Source: CNN\n\n"
    "{place}\nCNN\n \u2014 \n"
    "Powerful winds knocked out power to more than 200,000 homes on Monday, utilities said.\n\n"
    "Related article\nHow to prepare for a power outage\n\n"
    "The storm is expected to move offshore by Tuesday, forecasters said.\n"
)


@pytest.mark.parametrize("place", ["Boston", "Kyiv, Ukraine", "New Delhi"])
def test_a_dateline_on_lines_of_its_own_and_a_link_inside_the_story(place: str) -> None:
    article = parse_article(_CNN_PAGE.format(place=place))
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == (place, "CNN")
    assert [p.text[:8] for p in article.paragraphs] == ["Powerful", "The stor"]
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["How to prepare for a power outage"] == "related"
    assert kinds["01:12 - Source: CNN"] == "page"


def test_a_place_over_a_line_that_is_no_agency_is_no_dateline() -> None:
    text = _CNN_PAGE.format(place="Boston").replace("\nCNN\n", "\nThe Red Sox\n")
    article = parse_article(text)
    assert article.dateline is None


_PULL = (
    "The town that lost its river\n\nBy Jane Doe\n\n"
    "When the floods came in March, the river took the bakery and the old mill.\n\n"
    '"We have lost everything we built in forty years," said Ana Ruiz, a baker.\n\n'
    "{pull}\n\n"
    "The council has promised to rebuild, but money is short.\n"
)


@pytest.mark.parametrize(
    "pull",
    [
        "\u201cWe have lost everything we built in forty years\u201d",
        "\u201cWe have lost everything we built in forty years.\u201d \u2014 Ana Ruiz",
        '"When the floods came in March, the river took the bakery"',
    ],
)
def test_a_pull_quote_is_page_furniture(pull: str) -> None:
    article = parse_article(_PULL.format(pull=pull))
    assert [(b.text, b.kind) for b in article.boilerplate] == [(pull, "page")]
    assert len(article.paragraphs) == 3
    assert len(article.quotes) == 1


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cWe will build it again, stone by stone, whatever it costs us.\u201d",  # said once
        "\u201cLost everything\u201d",  # too short to tell
    ],
)
def test_a_quote_alone_that_the_story_does_not_repeat_stays(quote: str) -> None:
    article = parse_article(_PULL.format(pull=quote))
    assert article.boilerplate == ()
    assert article.paragraphs[2].text == quote


def test_a_science_release_s_labels_and_fields() -> None:
    # (EurekAlert!: the date line, the kind and the issuer, the study's fields)
    text = (
        "News Release 3-Nov-2025\n\nAncient river channels found beneath Antarctic ice\n\n"
        "Peer-Reviewed Publication\n\nUniversity of Riverton\n\n"
        "Researchers have mapped ancient river channels buried under the ice sheet.\n\n"
        "The team used radar flown over the region for three seasons.\n\n"
        "Journal\n\nNature Geoscience\n\nDOI\n\n10.1038/s41561-025-01234-5\n\n"
        "Article Publication Date\n\n3-Nov-2025\n"
    )
    article = parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Ancient river channels found beneath Antarctic ice"
    assert article.date == datetime.date(2025, 11, 3)
    assert [p.text[:11] for p in article.paragraphs] == ["Researchers", "The team us"]
    assert [b.kind for b in article.boilerplate] == ["timestamp", *["release"] * 8]


def test_a_field_label_in_a_story_stays_body() -> None:
    text = (
        "Council meets\n\nThe council met on Monday to talk about money.\n\n"
        "Journal\n\nThe mayor kept a journal of the meetings for years.\n"
    )
    article = parse_article(text)
    assert [p.text[:7] for p in article.paragraphs] == ["The cou", "Journal", "The may"]


def test_writer_bio_inside_the_story_stays() -> None:
    bio = "Jane Doe covers energy for Reuters."
    article = parse_article(_STORY + bio + "\n\nThe vote is on Monday.")
    assert bio in [p.text for p in article.paragraphs]


def test_press_release_closing_sections_are_release_boilerplate() -> None:
    text = (
        "Acme names new chief\n\n"
        "BOSTON--(BUSINESS WIRE)--Acme Corp. today named Mary Major chief executive.\n\n"
        "Major joins from Initech.\n\n"
        "About Acme\nAcme makes robots.\n\n"
        "Media Contact:\nTom Lee\npress@acme.example\n\n"
        "SOURCE Acme Corp."
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Acme Corp. today named Mary Major chief executive.",
        "Major joins from Initech.",
    ]
    assert {b.kind for b in article.boilerplate} == {"release"}


def test_sub_heading_named_about_stays_in_the_story() -> None:
    # no contact under it: a sub-heading of the story, not a release's section
    text = (
        "Clock maker reopens\n\n"
        "BOSTON (AP) — A clock maker reopened on Monday.\n\n"
        "About Time\n\n"
        "The shop was founded in 1910.\n\n"
        "It employs 12 people."
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][1:] == [
        "The shop was founded in 1910.",
        "It employs 12 people.",
    ]
    assert [(s.text, s.paragraph) for s in article.subheads] == [("About Time", 1)]
    assert article.boilerplate == ()


def test_caption_between_its_page_buttons() -> None:
    text = (
        "Farmers turn to old wells\n\nJane Doe\n\n"
        "Enlarge this image\n\nA farmer checks a pump.\n\nJane Doe/NPR\n\n"
        "hide caption\n\ntoggle caption\n\nJane Doe/NPR\n\n"
        "Farmers are reopening wells capped decades ago."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A farmer checks a pump.", "Jane Doe/NPR")
    ]
    assert [b.kind for b in article.boilerplate] == ["page"] * 4
    assert [p.text for p in article.paragraphs] == [
        "Farmers are reopening wells capped decades ago."
    ]


def test_paragraph_after_caption_buttons_without_a_credit_stays() -> None:
    text = (
        "Farmers turn to old wells\n\nJane Doe\n\n"
        "toggle caption\n\n"
        "Farmers are reopening wells capped decades ago.\n\nThe state is reviewing permits."
    )
    article = parse_article(text)
    assert article.captions == ()
    assert len(article.paragraphs) == 2


def test_sections_of_a_news_story_are_no_release_furniture() -> None:
    # the same headings under a news dateline: sub-headings of the story
    text = (
        "The town that time forgot\n\nBy Jane Doe\n\n"
        "ELMIRA, N.Y. \u2014 The clock on the square stopped in 1979.\n\n"
        "About the clock\n\nIt was built in 1890 by a local firm.\n\n"
        "Contacts\n\nThe town keeps few contacts with the county, officials said.\n\n"
        "Jane Doe can be reached at jdoe@example.com."
    )
    article = parse_article(text)
    # (a heading of one word is no crosshead in plain text: a name, perhaps)
    assert [p.text for p in article.paragraphs][2] == "Contacts"
    assert [s.text for s in article.subheads] == ["About the clock"]
    assert [b.kind for b in article.boilerplate] == ["credits"]


def test_one_line_media_contact_is_release_furniture() -> None:
    text = (
        "Globex names new CFO\n\n"
        "BOSTON--(BUSINESS WIRE)--Globex Corp. today named Mary Major as finance chief.\n\n"
        "Major joins from Initech.\n\n"
        "Media contact: Ann Ray, media@globex.example, +1 617-555-0101"
    )
    article = parse_article(text)
    assert len(article.paragraphs) == 2
    assert [b.kind for b in article.boilerplate] == ["release"]


def test_date_from_a_stamp_in_the_byline() -> None:
    text = (
        "Ontario to expand transit\n\n"
        "Jane Doe \u00b7 CBC News \u00b7 Posted: Nov 04, 2025 6:00 AM EST\n\n"
        "Ontario will expand bus service to northern towns, the province said."
    )
    assert parse_article(text).date == datetime.date(2025, 11, 4)


def test_no_date_from_a_byline_without_one() -> None:
    text = "Transit grows\n\nBy Jane Doe\n\nOntario will expand bus service, the province said."
    assert parse_article(text).date is None


def test_caption_with_its_own_credit_under_a_page_button() -> None:
    text = (
        "Farmers turn to old wells\n\nJane Doe\n\n"
        "Enlarge this image\n\nA farmer checks a pump. REUTERS/Ann Lee\n\n"
        "hide caption\n\n"
        "Farmers are reopening wells capped decades ago."
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A farmer checks a pump.", "REUTERS/Ann Lee")
    ]
    assert len(article.paragraphs) == 1


def test_long_paragraph_under_a_page_button_stays_a_paragraph() -> None:
    body = "Farmers are reopening wells capped decades ago, officials said. " * 12
    text = "Farmers turn to old wells\n\nJane Doe\n\nEnlarge this image\n\n" + body.strip()
    article = parse_article(text)
    assert article.captions == ()
    assert len(article.paragraphs) == 1


def test_photographer_credit_alone_is_a_caption_not_credits() -> None:
    text = (
        "Oil falls\n\nA tanker at sea.\nPhotographer: Jane Doe/Bloomberg\n\n"
        "Oil fell on Friday, traders said.\n\nEditor: Tom Lee"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A tanker at sea.", "Jane Doe/Bloomberg")
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credits", "Editor: Tom Lee")]


def test_byline_runs_over_a_role_and_a_desk() -> None:
    text = (
        "MPs reject bill amendments\n\nBy Jane Doe\n\nParliamentary Reporter\n\n"
        "Nation Media Group\n\nMPs rejected the amendments on Tuesday.\n\nThe bill goes on.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text.endswith("Nation Media Group")
    assert len(article.paragraphs) == 2
    # a paragraph under the role stays a paragraph
    text = text.replace("Nation Media Group", "Media reports said the vote was close.")
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text.endswith("Parliamentary Reporter")
    assert len(article.paragraphs) == 3


def test_the_name_again_with_its_by_is_one_byline() -> None:
    text = "Council approves rates rise\n\nJane Doe\nBy Jane Doe\n\nThe council approved a rise on Tuesday.\n\nIt voted 14 to 7.\n"
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Doe",)
    assert article.byline.text == "Jane Doe\nBy Jane Doe"
    assert len(article.paragraphs) == 2
    # another writer's byline is not joined
    other = text.replace("By Jane Doe", "By John Smith")
    byline = parse_article(other).byline
    assert byline is not None
    assert byline.text == "Jane Doe"


def test_picture_credit_is_no_byline() -> None:
    text = "Title here now\n\nThe talks went on, officials said on Tuesday.\n\nPhotographs by John Smith\n\nMore came."
    article = parse_article(text)
    assert article.byline is None
    assert [b.kind for b in article.boilerplate] == ["credits"]
    writer = text.replace("Photographs by", "Reporting by")
    byline = parse_article(writer).byline
    assert byline is not None
    assert byline.names == ("John Smith",)


def test_place_alone_under_the_byline_is_the_dateline() -> None:
    text = "Bank holds rate\n\nJane Doe Economics Reporter\n\nOttawa\n\nThe bank held its rate on Tuesday.\n\nIt may cut later.\n"
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.text == "Jane Doe Economics Reporter"
    assert article.dateline is not None
    assert article.dateline.location == "Ottawa"
    assert len(article.paragraphs) == 2
    # a place in capitals alone is the dateline
    wire = "Deal signed\n\nBy Jane Doe\n\nANKARA\n\nTurkey signed a deal on Wednesday.\n"
    article = parse_article(wire)
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert article.dateline is not None
    assert article.dateline.location == "ANKARA"


def test_line_about_the_writer_under_the_byline_is_credits() -> None:
    text = (
        "Eskom warns of cuts\n\nJane Doe\n\nJane Doe is a senior reporter at News24.\n\n"
        "Eskom warned of cuts this week.\n\nIt is working on it.\n"
    )
    article = parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["credits"]
    assert len(article.paragraphs) == 2
    # the writer's name in a sentence of the story stays a paragraph
    story = text.replace(
        "Jane Doe is a senior reporter at News24.", "Jane Doe said the plant would close."
    )
    assert len(parse_article(story).paragraphs) == 3


def test_readers_signatures_on_a_letters_page() -> None:
    text = (
        "Keep the old bridge open\n\n"
        "LETTERS.\n\n"
        "The council should keep the old bridge open: shops on both banks depend on it.\n\n"
        "Jane Q. Doe.\n\n"
        "Springfield, Ill.\n\n"
        "Closing it would cut the town in two for a year.\n\n"
        "@reader1234.\n\n"
        "Follow @dailyplanet.\n\n"
        "Contributing: John Roe."
    )
    article = parse_article(text)
    assert article.kicker is not None
    assert article.kicker.text == "LETTERS."
    assert [p.text for p in article.paragraphs] == [
        "The council should keep the old bridge open: shops on both banks depend on it.",
        "Closing it would cut the town in two for a year.",
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Jane Q. Doe.", "credits"),
        ("Springfield, Ill.", "credits"),
        ("@reader1234.", "credits"),
        ("Follow @dailyplanet.", "promo"),
        ("Contributing: John Roe.", "credits"),
    ]
    for item in article.boilerplate:
        assert text[item.span.start : item.span.end] == item.text


def test_dashed_signature_unless_under_a_quote() -> None:
    text = (
        "Notes from the fair\n\n"
        "The fair opened on Monday with more stalls than ever, organisers said.\n\n"
        "- Jane Doe.\n\n"
        '"We have never seen a crowd like it before, not in thirty years."\n\n'
        "- John Roe, Springfield."
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("- Jane Doe.", "credits")]
    assert article.paragraphs[-1].text == "- John Roe, Springfield."


_POST_STORY = (
    "Council backs bus lanes\n\n"
    "SPRINGFIELD - The council voted 7-2 on Tuesday to add bus lanes on Main Street.\n\n"
    "Riders' groups welcomed the vote within minutes.\n\n"
    "{post}\n\n"
    "\u2014 Transit Riders Union (@SpfldRiders) May 4, 2025\n\n"
    "Work is expected to begin in July, the transport department said.\n"
)


@pytest.mark.parametrize("layout", ["\n\n", "\n"])
def test_embedded_post_over_its_signature_is_page_furniture(layout: str) -> None:
    post = "Thank you @SpringfieldCC for listening to riders! A win for our city."
    text = _POST_STORY.format(post=post).replace("\n\n", layout)
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        (post, "page"),
        ("\u2014 Transit Riders Union (@SpfldRiders) May 4, 2025", "page"),
    ]
    assert [p.text[:9] for p in article.paragraphs] == ["The counc", "Riders' g", "Work is e"]


def test_embedded_post_on_its_signature_s_line_is_page_furniture() -> None:
    line = (
        "Thank you! pic.twitter.com/a1B2c3 \u2014 Transit Riders Union (@SpfldRiders) May 4, 2025"
    )
    text = _POST_STORY.format(post="The union posted its thanks.").replace(
        "\u2014 Transit Riders Union (@SpfldRiders) May 4, 2025", line
    )
    article = parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "page")]
    assert article.paragraphs[-2].text == "The union posted its thanks."


def test_a_long_paragraph_over_a_post_s_signature_stays_body() -> None:
    # a post is short: a paragraph too long for one is the story's, its post lost
    long = "The union said it had campaigned for the lanes for years, " * 7
    article = parse_article(_POST_STORY.format(post=long.strip()))
    assert article.paragraphs[2].text == long.strip()
    assert [b.kind for b in article.boilerplate] == ["page"]


_OPINION = (
    "The city can't afford to ignore its schools\n\n"
    "By Priya Natarajan\n\n"
    "Last week, a ceiling tile fell on a student at Lincoln Elementary.\n\n"
    "For years, the school board has deferred maintenance to balance its budget.\n\n"
    "{last}\n\n"
    "The views expressed in this article are the author's own.\n\n"
    "Want to submit a letter to the editor? Email letters@courier.example.\n\n"
    "Have a story idea? Let us know.\n"
)


def test_an_opinion_piece_s_closing_lines_are_boilerplate() -> None:
    bio = "Priya Natarajan is a former teacher and a member of the Riverton Parents Union."
    article = parse_article(_OPINION.format(last=bio))
    assert [(b.text[:20], b.kind) for b in article.boilerplate] == [
        ("Priya Natarajan is a", "credits"),
        ("The views expressed ", "standards"),
        ("Want to submit a let", "promo"),
        ("Have a story idea? L", "promo"),
    ]
    assert article.paragraphs[-1].text.startswith("For years")


@pytest.mark.parametrize(
    "last",
    [
        # the surname alone may be another person's in the story
        "Natarajan is a former teacher, her colleagues said.",
        # someone else
        "Ana Ruiz is a former teacher and a member of the union.",
        # the writer, but not what the writer does
        "Priya Natarajan said the board never answered.",
    ],
)
def test_a_last_paragraph_about_someone_else_stays_body(last: str) -> None:
    article = parse_article(_OPINION.format(last=last))
    assert article.paragraphs[-1].text == last


def test_a_name_and_a_town_in_the_story_stay_body_without_a_state() -> None:
    text = "Fair opens\n\nThe fair opened on Monday, organisers said.\n\nJane Doe.\n\nSpringfield."
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][-2:] == ["Jane Doe.", "Springfield."]


def test_note_on_the_writer_ends_an_opinion_piece() -> None:
    text = (
        "The bridge is worth saving\n\n"
        "The old bridge has carried the town's traffic for a century.\n\n"
        "Closing it for a year would cut the town in two.\n\n"
        "Jane Q. Doe is a professor of civil engineering at Springfield University."
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The old bridge has carried the town's traffic for a century.",
        "Closing it for a year would cut the town in two.",
    ]
    assert [(b.kind, b.text[:12]) for b in article.boilerplate] == [("credits", "Jane Q. Doe ")]
    assert article.byline is None


@pytest.mark.parametrize(
    "last",
    [
        "Acme Corp is a member of the Springfield Stock Exchange.",
        "Jane Doe was a professor of law at Springfield University.",
        "Jane Doe is expected to testify on Monday.",
    ],
)
def test_last_paragraphs_that_are_no_note_on_the_writer(last: str) -> None:
    text = "Talks end\n\nThe talks ended on Monday.\n\nBoth sides left the city.\n\n" + last
    assert parse_article(text).paragraphs[-1].text == last


def _read_one_by_one(walk: newsstruct._article._Walk, used: object) -> None:
    """_Walk.read_all() without its fast path: every block through read()."""
    assert isinstance(used, (set, frozenset))
    for index, (start, end, _) in enumerate(walk.blocks):
        if index not in used:
            walk.read(index, start, end)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_walk_s_fast_path_reads_as_read_does(text: str) -> None:
    # a block made body at once by read_all() is one read() makes body
    fast = parse_article(text)
    walk = newsstruct._article._Walk
    original = walk.read_all
    walk.read_all = _read_one_by_one  # type: ignore[method-assign,assignment]
    try:
        slow = parse_article(text)
    finally:
        walk.read_all = original  # type: ignore[method-assign]
    assert fast == slow


def test_round28_desk_alone_under_the_stamps_is_a_credit() -> None:
    # The Hindu: the stamps with the place after them, then the desk for the byline
    text = (
        "Metro line to open in March\n\n"
        "Published - November 03, 2026 09:15 pm IST - CHENNAI\n\n"
        "Special Correspondent\n\n"
        "The second phase of the metro will open in March next year, the Minister said.\n\n"
        "Trial runs will begin in January, officials said on Monday.\n"
    )
    article = parse_article(text)
    assert ("Special Correspondent", "credits") in [(b.text, b.kind) for b in article.boilerplate]
    assert article.paragraphs[0].text.startswith("The second phase")


def test_round28_desk_words_in_a_sentence_stay_body() -> None:
    text = (
        "Metro line to open in March\n\n"
        "Published - November 03, 2026 09:15 pm IST - CHENNAI\n\n"
        "Our correspondent saw the first train leave the depot on Monday morning.\n\n"
        "Trial runs will begin in January, officials said on Monday.\n"
    )
    article = parse_article(text)
    assert article.paragraphs[0].text.startswith("Our correspondent saw")
    assert "credits" not in [b.kind for b in article.boilerplate]


def test_round29_a_sponsors_slot_under_its_label_at_the_end_is_a_promo() -> None:
    text = (
        "Ferry operator adds winter sailings\n\n"
        "The island ferry will run two extra sailings a day through the winter, its "
        "operator said on Tuesday, after complaints about crowded boats.\n\n"
        "The new timetable starts on Monday.\n\n"
        "SPONSORED\n\n"
        "Oakfield Energy: switch to a fixed tariff today.\n\n"
        "You are receiving this email because you signed up. Unsubscribe | Manage preferences\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][-1] == "The new timetable starts on Monday."
    assert [(junk.kind, junk.text) for junk in article.boilerplate] == [
        ("promo", "SPONSORED"),
        ("promo", "Oakfield Energy: switch to a fixed tariff today."),
        ("promo", "You are receiving this email because you signed up."),
        ("page", "Unsubscribe | Manage preferences"),
    ]


def test_round29_a_paragraph_under_an_advert_slot_or_ending_the_page_stays() -> None:
    # negative: the story going on under an advert's slot; the last block with no furniture under it
    for label in ("Advertisement", "SPONSORED"):
        text = (
            "Ferry operator adds winter sailings\n\n"
            "The island ferry will run two extra sailings a day through the winter, its "
            "operator said on Tuesday, after complaints about crowded boats.\n\n"
            f"{label}\n\n"
            "The new timetable starts on Monday.\n"
        )
        article = parse_article(text)
        assert [p.text for p in article.paragraphs][-1] == "The new timetable starts on Monday."
