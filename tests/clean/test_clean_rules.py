"""The cleaner's rules on hand-written pages: what each removes, and the story lines it must keep."""

from __future__ import annotations

import pytest

from newsgraph.clean import clean_page

BODY = (
    "Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow had invited the United States"
    " to the talks.\n\n"
    "Washington said it was reviewing the invitation, according to an unnamed State Department official.\n"
)


def _removed(page: str, **kwargs: str) -> list[tuple[str, str]]:
    return [(span.kind, page[span.start : span.end]) for span in clean_page(page, **kwargs).removed]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home > World > Middle East", "navigation"),
        ("Politics | Europe | Russia", "navigation"),
        ("News » Syria", "navigation"),
        ("Skip to main content", "navigation"),
        ("Share this article", "navigation"),
        ("By John Smith", "byline"),
        ("By John Smith and Jane Doe, Reuters", "byline"),
        ("BY MARIA TSVETKOVA | 19 January 2017", "byline"),
        ("By Ali al-Ahmed", "byline"),
        ("(Reporting by Maria Tsvetkova; Editing by Andrew Osborn)", "byline"),
        ("Additional reporting by Tom Perry in Beirut", "byline"),
        ("Getty Images", "credit"),
        ("(AFP photo)", "credit"),
        ("File photo", "credit"),
        ("Photo: Reuters", "credit"),
        ("Syrian soldiers stand guard in Aleppo, December 2016. (Reuters photo)", "caption"),
        ("Photo: Sergei Lavrov speaks to reporters in Moscow", "caption"),
        ("Vladimir Putin at the Kremlin (Getty Images)", "caption"),
        ("Follow us on Twitter", "promotion"),
        ("Subscribe to our daily newsletter", "promotion"),
        ("Download our app", "promotion"),
        ("Advertisement", "promotion"),
        ("Story continues below advertisement", "promotion"),
        ("Continue reading the main story", "promotion"),
        ("Media playback is unsupported on your device", "promotion"),
        ("Leave a comment", "navigation"),
        ("Press TV’s website can also be accessed at the following alternate addresses:", "promotion"),
        ("© 2017 Reuters. All rights reserved.", "footer"),
        ("Copyright 2017 Press TV", "footer"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "footer"),
        ("Terms of Use | Privacy Policy | Contact Us", "footer"),
        ("Read more: Putin says Russia is ready to host Syria talks", "related"),
        ("READ MORE: Astana talks to begin on January 23", "related"),
        # author promotions and share buttons of US political sites, even when they end with a full stop
        ("Follow Sam Reyes on Twitter @samreyesNEWS.", "promotion"),
        ("Follow Dana Ruiz on Twitter: @DanaRuizNews. Reach her directly at druiz@example.com.", "promotion"),
        ("On Twitter follow Mark Ellis https://twitter.com/MEllisDC and Jo Park https://twitter.com/jopark.",
         "promotion"),
        ("Twitter: @Hollander.", "promotion"),
        ("Do you support the new stadium? Like the page:", "promotion"),
        # newsletter sign-ups are promotions even as finished sentences
        ("Sign up for our morning briefing to get the day's top stories delivered to your inbox.", "promotion"),
        ("Subscribe now to our weekly politics newsletter.", "promotion"),
        ("Get the best of our reporting delivered straight to your inbox.", "promotion"),
        ("FACEBOOK.", "navigation"),
        ("Getty.", "credit"),
        ("Bloomberg via Getty Images.", "credit"),
        # captions written as sentences, known by the photo they describe or the wire's slash credit
        ("A man walks past a burned-out market in Bangkok after floods, in a file photo.", "caption"),
        ("Soldiers patrol a street in Kherson in this undated handout photo taken by the army.", "caption"),
        ("Protesters gather outside the parliament in Tbilisi, Georgia, March 8, 2023. REUTERS/Ana Petrova/File Photo",
         "caption"),
        ("Rescuers search the rubble in Antakya, February 9, 2023. AFP/Ozan Demir.", "caption"),
        ("FILE - A ferry crosses the Bosphorus in Istanbul, on June 2, 2022.", "caption"),
        ("This handout photo shows the president greeting troops at an air base.", "caption"),
        ("Subscribe now to get unlimited access to our journalism. Terms apply.", "promotion"),
        ("Sign up today for full digital access to every story.", "promotion"),
    ],
)
def test_furniture_line_after_the_headline(line: str, kind: str) -> None:
    page = f"Lavrov invites US to Syria talks\n\n{line}\n\n{BODY}"
    assert (kind, line) in _removed(page)
    assert all("Lavrov said" not in text for _, text in _removed(page))


STORY_SENTENCES = [
    "By Thursday, the army had withdrawn from the eastern districts of the city.",
    "Reporting by the BBC revealed that the convoy had been stopped twice.",
    "The photo was taken by a Reuters photographer outside the Kremlin on Wednesday.",
    "Read the full statement, the ministry told reporters, before judging the talks.",
    "Follow the money, he said, and you will find out who pays for the war.",
    "Follow him on Twitter, the senator told supporters, and you will hear it first.",
    "Getty Images photographers were barred from the rally on Tuesday.",
    "Supporters were asked to like the page before the rally.",
    "Subscribers to the agency's service received the statement an hour later.",
    "Sign up for the draft by Friday, the ministry told men of military age.",
    "The senator said the threats were delivered to her office by mail.",
    "Moscow / Ankara relations have improved since the summer, officials said.",
    "Copyright disputes were not on the agenda of the talks in Astana.",
    "Russia - and Turkey - will guarantee the ceasefire, the statement said.",
    "Home Secretary Amber Rudd said the government would review the decision.",
    "The image of the two leaders shaking hands was shown on state television.",
    "More than 300,000 people have been killed in the war since March 2011.",
    "A photo released by the ministry showed the two leaders shaking hands in the garden.",
    "The file photos were handed to investigators in Kyiv, the prosecutor said.",
    "Subscribers were offered full access to the archive during the war, the newspaper said.",
    "The state agency AP/Interfax reported the strike first.",
    "Local drummer Jeff Smith plays at the fair. He will appear on television this week. He also played on two"
    " records. Smith grew up in Richmond. (Supplied photo)",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentences_are_never_removed(sentence: str) -> None:
    page = f"Lavrov invites US to Syria talks\n\n{sentence}\n\n{BODY}"
    assert all(sentence not in text and text not in sentence for _, text in _removed(page) if _ != "title")
    assert [kind for kind, _ in _removed(page)] == ["title"]


def test_a_read_more_block_removes_the_links_and_stops_at_the_story() -> None:
    page = (
        "Lavrov invites US to Syria talks\n\n"
        "Russian Foreign Minister Sergei Lavrov announced that Moscow had invited the US to the talks.\n\n"
        "Related\n"
        "Putin says Russia is ready to host Syria talks\n"
        "Astana talks to begin on January 23\n\n"
        "Turkey's foreign minister said the opposition groups would attend the talks in Astana.\n\n"
        "You may also like:\n"
        "Iran opposes US role in Syria peace process\n"
        "UN envoy to attend Astana meeting\n"
    )
    removed = _removed(page)
    assert ("related", "Related") in removed
    assert ("related", "Putin says Russia is ready to host Syria talks") in removed
    assert ("related", "Astana talks to begin on January 23") in removed
    assert ("related", "You may also like:") in removed
    assert ("related", "UN envoy to attend Astana meeting") in removed
    assert all("Turkey's foreign minister" not in text for _, text in removed)


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("MOSCOW (Reuters) - Russia said on Thursday it was in contact with Iran.", "MOSCOW (Reuters) -"),
        ("WASHINGTON, Jan 19 (Reuters) - The United States said it was reviewing an invitation.",
         "WASHINGTON, Jan 19 (Reuters) -"),
        ("BEIRUT, Lebanon (AP) — Syrian rebels said they would attend the talks in Astana.",
         "BEIRUT, Lebanon (AP) —"),
        ("Moscow (AFP) - Russia has invited the United States to peace talks on Syria.", "Moscow (AFP) -"),
        ("NUR-SULTAN — Kazakhstan said it was ready to host the next round of talks.", "NUR-SULTAN —"),
        ("ANKARA, Turkey — Turkish officials said on Thursday that the ceasefire was holding.", "ANKARA, Turkey —"),
        ("WASHINGTON _ The Senate voted on Tuesday to confirm the nominee.", "WASHINGTON _"),
        # a capitals dateline may credit any source, listed or not
        ("TBILISI, May 12 (Newswire) - Thousands of Georgians marched on Sunday.", "TBILISI, May 12 (Newswire) -"),
        ("KYIV (Dow Jones/AP) -- Ukraine said it had shot down 20 drones.", "KYIV (Dow Jones/AP) --"),
        # a story filed from two cities names both
        ("WASHINGTON/BEIJING, May 30 (Reuters) - The United States added 37 Chinese firms to a blacklist.",
         "WASHINGTON/BEIJING, May 30 (Reuters) -"),
        ("LONDON/NEW DELHI (Reuters) - Britain and India agreed on Tuesday to resume trade talks.",
         "LONDON/NEW DELHI (Reuters) -"),
    ],
)
def test_dateline_prefix_only(paragraph: str, dateline: str) -> None:
    page = f"Russia in contact with Iran over Syria talks\n\nBy John Smith\n\n{paragraph}\n\nAnother one follows here.\n"
    removed = _removed(page)
    assert ("dateline", dateline) in removed
    start = page.index(paragraph)
    (span,) = [s for s in clean_page(page).removed if s.kind == "dateline"]
    assert span.start == start and page[span.end :].lstrip().startswith(paragraph[len(dateline) :].lstrip())


@pytest.mark.parametrize(
    "dateline", ["NAIROBI, Kenya (AP) _", "WASHINGTON, August 11 (Xinhua) --", "HAVANA (AP ) --", "MIAMI _"]
)
def test_dateline_on_its_own_line(dateline: str) -> None:
    page = f"{dateline}\nThe government said on Tuesday that talks with the rebels would resume next week.\n"
    assert _removed(page) == [("dateline", dateline)]
    assert clean_page(page).title is None


def test_dateline_after_a_headline_that_ends_with_a_full_stop() -> None:
    page = "Candidates court rural voters across S.C.\n\nCOLUMBIA, S.C. - The senator toured a textile mill.\n"
    assert ("dateline", "COLUMBIA, S.C. -") in _removed(page)


def test_a_mixed_case_place_needs_a_listed_agency() -> None:
    # "Russia (the host) - and Turkey" is a sentence, not a dateline: only capitals may credit any source.
    page = "Talks on Syria\n\nRussia (the host) - and Turkey said the talks would go ahead.\n"
    assert all(kind != "dateline" for kind, _ in _removed(page))


def test_no_dateline_deep_in_the_story() -> None:
    page = (
        "Russia invites US to talks.\n\n"
        "Russian Foreign Minister Sergei Lavrov announced that Moscow had invited the US to the talks.\n\n"
        "MOSCOW — The Kremlin said on Thursday that the invitation stood.\n"
    )
    assert _removed(page) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Russia - and Turkey - will guarantee the ceasefire, the statement said.",
        "NATO said on Thursday that it was watching the talks closely.",
        "Moscow - the Kremlin said - would host the next round of talks in the spring.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    page = f"Russia in contact with Iran over Syria talks\n\n{paragraph}\n"
    assert [kind for kind, _ in _removed(page)] == ["title"]


@pytest.mark.parametrize(
    "stamp", ["Thursday, 19 January 2017", "Updated 12:30 GMT", "Published: Jan 19, 2017", "Last updated 3 hours ago"]
)
def test_a_date_line_is_not_the_headline(stamp: str) -> None:
    assert clean_page(f"{stamp}\n\n{BODY}").title is None
    assert clean_page(f"{stamp}\nLavrov invites US to Syria talks\n\n{BODY}").title == "Lavrov invites US to Syria talks"


def test_a_headline_with_a_date_is_still_the_headline() -> None:
    assert clean_page(f"Astana talks to begin on January 23\n\n{BODY}").title == "Astana talks to begin on January 23"


def test_headline_needs_a_story_below_it() -> None:
    assert clean_page("Moscow invited the US to the talks").title is None
    assert clean_page("Moscow invited the US to the talks.\n\nThe talks begin on January 23 in Astana.").title is None


def test_metadata_title_marks_the_line_that_repeats_it() -> None:
    text = "Russia invites US to Astana talks\nForeign Minister Sergei Lavrov announced the invitation on Thursday."
    cleaning = clean_page(text, title="Russia invites US to Astana talks | Example News")
    assert cleaning.title == "Russia invites US to Astana talks | Example News"
    assert _removed(text, title="Russia invites US to Astana talks | Example News") == [
        ("title", "Russia invites US to Astana talks")
    ]


def test_metadata_title_not_in_the_text_removes_nothing() -> None:
    text = "Russian Foreign Minister Sergei Lavrov announced the invitation on Thursday."
    cleaning = clean_page(text, title="Lavrov invites US")
    assert (cleaning.title, cleaning.removed) == ("Lavrov invites US", ())


def test_a_caption_naming_the_story_people_has_no_reason() -> None:
    page = (
        "Lavrov invites US to Syria talks\n\n"
        "Sergei Lavrov speaks in Moscow on January 17, 2017. (AFP photo)\n\n"
        + BODY
    )
    (caption,) = [span for span in clean_page(page, published="2017-01-19").removed if span.kind == "caption"]
    assert caption.reason is None


@pytest.mark.parametrize(
    "caption",
    [
        "Syrian President Bashar al-Assad speaks in Damascus. (AFP photo)",  # "Syrian" is the headline's "Syria"
        "Foreign Minister Sergei Lavrov (Photo by Reuters)",  # the story's own speaker
        "Members of the United States delegation arrive at the State Department. (AP photo)",  # story's words
    ],
)
def test_captions_of_this_story_have_no_reason(caption: str) -> None:
    page = f"Lavrov invites US to Syria talks\n\n{caption}\n\n{BODY}"
    (span,) = [span for span in clean_page(page, published="2017-01-19").removed if span.kind == "caption"]
    assert span.reason is None


def test_a_later_dated_caption_is_another_story_even_with_shared_words() -> None:
    page = (
        "Lavrov invites US to Syria talks\n\n"
        "Sergei Lavrov meets Mike Pompeo in Sochi on May 14, 2019. (Reuters photo)\n\n"
        + BODY
    )
    (caption,) = [span for span in clean_page(page, published="2017-01-19").removed if span.kind == "caption"]
    assert caption.reason is not None and "dated 2019" in caption.reason


def test_crlf_and_indented_lines_keep_exact_offsets() -> None:
    page = "  News / Syria  \r\n\r\nLavrov invites US to Syria talks\r\n\r\n" + BODY.replace("\n", "\r\n")
    for span in clean_page(page).removed:
        assert page[span.start : span.end] == page[span.start : span.end].strip()
    assert _removed(page)[:2] == [("navigation", "News / Syria"), ("title", "Lavrov invites US to Syria talks")]


def test_a_whole_wire_page() -> None:
    page = (
        "Skip to main content\n"
        "World | Middle East | Syria\n\n"
        "Turkey says Syria ceasefire is holding\n\n"
        "By Tulay Karadeniz and Ece Toksabay\n\n"
        "Turkish soldiers patrol near the border town of Kilis. (Reuters photo)\n"
        "Getty Images\n\n"
        "ANKARA (Reuters) - Turkey said on Friday the ceasefire in Syria was largely holding.\n\n"
        "“There have been some violations, but they are not significant,” Foreign Minister Mevlut Cavusoglu said.\n\n"
        "Read more:\n"
        "Russia and Turkey to broker Astana talks\n"
        "Iran says it opposes US role in Syria talks\n\n"
        "(Reporting by Tulay Karadeniz; Editing by Dominic Evans)\n\n"
        "Follow us on Twitter\n"
        "© 2017 Thomson Reuters. All rights reserved.\n"
    )
    cleaning = clean_page(page, published="2017-01-20")
    assert cleaning.title == "Turkey says Syria ceasefire is holding"
    assert [(span.kind, page[span.start : span.end]) for span in cleaning.removed] == [
        ("navigation", "Skip to main content"),
        ("navigation", "World | Middle East | Syria"),
        ("title", "Turkey says Syria ceasefire is holding"),
        ("byline", "By Tulay Karadeniz and Ece Toksabay"),
        ("caption", "Turkish soldiers patrol near the border town of Kilis. (Reuters photo)"),
        ("credit", "Getty Images"),
        ("dateline", "ANKARA (Reuters) -"),
        ("related", "Read more:"),
        ("related", "Russia and Turkey to broker Astana talks"),
        ("related", "Iran says it opposes US role in Syria talks"),
        ("byline", "(Reporting by Tulay Karadeniz; Editing by Dominic Evans)"),
        ("promotion", "Follow us on Twitter"),
        ("footer", "© 2017 Thomson Reuters. All rights reserved."),
    ]
