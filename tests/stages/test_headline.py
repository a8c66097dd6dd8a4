"""The headline's main event, and how it steers what a story is read to be about."""

from __future__ import annotations

import pytest

from dyadscope import Document
from dyadscope.stages.headline import HeadlineReader


@pytest.fixture(scope="module")
def reader(coder) -> HeadlineReader:  # type: ignore[no-untyped-def]
    return HeadlineReader(coder.nlp, coder.lexicon)


def test_title_case_is_put_back_in_sentence_case_around_names(reader: HeadlineReader) -> None:
    cased = reader.sentence_case("South Africa Expels Two Russian Diplomats Over Spying Claims")
    assert cased.startswith("South Africa expels two Russian")
    assert "over spying" in cased


def test_a_headline_in_sentence_case_is_left_alone(reader: HeadlineReader) -> None:
    headline = "Kenya recalls its envoy to Uganda after border clash"
    assert reader.sentence_case(headline) == headline


@pytest.mark.parametrize(("headline", "plover"), [
    ("Kenyan Army Pulls Troops Out of Disputed Border Town", "RETREAT"),
    ("Peru Recalls Its Ambassador From Mexico", "SANCTION"),
    ("United States threatens tariffs on Canadian steel", "THREATEN"),
    ("Protesters Storm Parliament in Colombo", "PROTEST"),
    ("Japan and India Sign Defence Pact", "SUPPORT"),
])
def test_the_main_event_is_the_trigger_nearest_the_root(reader: HeadlineReader, headline: str, plover: str) -> None:
    assert reader.main_type(headline) == plover


def test_a_headline_without_a_trigger_codes_nothing(reader: HeadlineReader) -> None:
    assert reader.main_type("Weather Outlook for the Weekend") is None


def test_the_headline_steers_the_story_and_its_top_event(coder) -> None:  # type: ignore[no-untyped-def]
    body = ("NAIROBI (Reuters) - Kenyan soldiers left the border town of Mandera on Tuesday, the army said. "
            "Militants from Somalia attacked the town twice last year. "
            "Residents said shops had reopened and the market was busy again.")
    title = "Kenyan Army Pulls Troops Out of Mandera"
    untitled = coder._story_scores(Document(id="u", text=body))
    titled = coder._story_scores(Document(id="t", text=body, title=title))
    assert titled.best(exclude_none=True)[0] == "RETREAT"
    assert titled.of("RETREAT") > untitled.of("RETREAT")

    def top(headline: str | None) -> str | None:
        (result,) = list(coder.run([Document(id="t", text=body, title=headline, date="2024-06-20")]))
        return max((e for e in result[1] if e.plover), key=lambda e: e.confidence).plover

    # The body alone leans on last year's attack; the headline says the withdrawal is the news.
    assert (top(None), top(title)) == ("ASSAULT", "RETREAT")


def test_an_act_the_story_recalls_counts_less_as_its_news(coder) -> None:  # type: ignore[no-untyped-def]
    story = ("Rebels shelled the port of Kismayo {when}, the army said. "
             "Officials said the shelling had cut the town's water supply. "
             "Aid agencies said they were trying to reach the wounded.")

    def confidence(when: str) -> float:
        (result,) = list(coder.run([Document(id="t", text=story.format(when=when), date="2024-06-20")]))
        return max(e.confidence for e in result[1] if e.plover == "ASSAULT")

    recalled, settings = confidence("in March 2022"), coder.settings
    assert recalled < confidence("on Tuesday")
    coder.settings = settings.replace(model_old_news_weight=1.0)
    try:
        assert confidence("in March 2022") > recalled
    finally:
        coder.settings = settings
