"""Event context: status, history, dates, places, attribution, and the seed article's acceptance check."""

from __future__ import annotations

import json

import pytest
from support import SEED

from dyadscope import Document


def code(coder, text: str, date: str = "2024-06-20"):  # type: ignore[no-untyped-def]
    (result,) = list(coder.run([Document(id="t", text=text, date=date)]))
    return result[1]


def at(events, word: str):  # type: ignore[no-untyped-def]
    """The event a word names: the tightest trigger holding it."""
    found = [e for e in events if word in e.trigger.text]
    assert found, f"no event at {word!r}: {[(e.trigger.text, e.cameo) for e in events]}"
    return min(found, key=lambda e: len(e.trigger.text))


# --- the seed article ------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_events(coder):  # type: ignore[no-untyped-def]
    record = json.loads(SEED.read_text(encoding="utf-8"))
    doc = Document(id=record["id"], text=record["text"], date=record["date"], source=record["source"])
    (result,) = list(coder.run([doc]))
    return result[1]


def test_seed_visit_is_planned_from_kim_to_russia(seed_events) -> None:  # type: ignore[no-untyped-def]
    visit = [e for e in seed_events if e.cameo == "042" and e.status == "planned"]
    assert visit
    assert visit[0].source is not None and visit[0].source.name == "Kim Jong Un"
    assert visit[0].source.country == "PRK" and visit[0].target is not None and visit[0].target.country == "RUS"
    assert visit[0].plover == "CONSULT" and visit[0].plover_mode == "visit"


def test_seed_kim_putin_meeting_is_planned(seed_events) -> None:  # type: ignore[no-untyped-def]
    meetings = [e for e in seed_events if e.plover == "CONSULT" and e.status == "planned" and e.source and e.target
                and {e.source.country, e.target.country} == {"PRK", "RUS"}]
    assert any(e.trigger.text.startswith("meet") for e in meetings)


def test_seed_confirmation_is_dated_monday_and_credited_to_reuters_and_efe(seed_events) -> None:  # type: ignore[no-untyped-def]
    confirmed = [e for e in seed_events if e.trigger.text == "confirmed"]
    assert confirmed
    for event in confirmed:
        assert event.date == "2023-09-11"
        assert "Reuters" in event.attribution and "EFE" in event.attribution
    assert {e.source.country for e in confirmed if e.source} == {"RUS", "PRK"}


def test_seed_sanctions_remarks_are_possible(seed_events) -> None:  # type: ignore[no-untyped-def]
    sanctions = [e for e in seed_events if "sanction" in e.evidence and ("could" in e.evidence)]
    assert sanctions and all(e.status == "possible" for e in sanctions)


def test_seed_war_background_is_historical(seed_events) -> None:  # type: ignore[no-untyped-def]
    background = [e for e in seed_events if "Korean War" in e.evidence or "World War II" in e.evidence]
    assert background and all(e.historical for e in background)
    news = [e for e in seed_events if e.status == "planned"]
    assert news and not any(e.historical for e in news)


# --- status ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "status"), [
    ("Japan will send aid to Turkey next week.", "send", "planned"),
    ("The Chinese president is scheduled to visit France in May.", "visit", "planned"),
    ("India and Pakistan agreed to hold talks in Geneva.", "talks", "planned"),
    ("Russia could deploy more troops to Belarus.", "deploy", "possible"),
    ("Iran is expected to reject the proposal from France.", "reject", "possible"),
    ("If Israel attacks Lebanon, Iran may respond.", "attacks", "possible"),
    ("China reportedly considering sanctions on Lithuania, Beijing imposed new curbs.", "imposed", "asserted"),
    ("Egypt did not condemn Israel.", "condemn", "negated"),
    ("Moscow denied that Russian troops attacked Ukraine.", "attacked", "negated"),
    ("Serbia refused to sanction Russia.", "sanction", "negated"),
    ("Turkey never recognised Cyprus.", "recognised", "negated"),
    ("Germany sent tanks to Ukraine on Tuesday.", "sent", "asserted"),
    ("The US president called off his planned visit to Denmark.", "visit", "negated"),
    ("Vladimir Putin has no plans to meet the Ukrainian president.", "meet", "negated"),
    ("Minsk has no intention of freeing the jailed Lithuanian reporters.", "freeing", "negated"),
    ("Russia did not rule out new talks with Japan.", "talks", "possible"),
    ("Vilnius refused to rule out expelling the Belarusian ambassador.", "expelling", "possible"),
    # An act asked for is not done: a "to" clause after the addressee, a bare verb after "that", a noun after "for".
    ("The UN chief pleaded with both sides to hold their fire.", "hold", "possible"),
    ("Washington demanded that Serbia withdraw its forces.", "withdraw", "possible"),
    ("The opposition pushed for the release of political prisoners.", "release", "possible"),
    ("Washington said that Serbia withdrew its forces.", "withdrew", "asserted"),
    ("Putin travelled to Beijing to meet Xi.", "meet", "asserted"),
    # The asked-for act's verb may share the asking verb's lemma, or hang on a noun or a "to" clause with its own subject.
    ("Peru's president called on miners to call off their blockade of the highway.", "off their blockade", "possible"),
    ("Athens repeated its demand that London return the stolen statues.", "return", "possible"),
    ("NATO gave Serb gunners an ultimatum to pull back their artillery or face air strikes.", "air strikes", "possible"),
    ("Minsk allowed opposition groups to demonstrate outside parliament.", "demonstrate", "possible"),
    ("The colonel warned that troops would shoot anyone who took to the streets.", "streets", "possible"),
    # An act someone is kept from, or done "without", is not done.
    ("Tehran barred UN inspectors from visiting the plant.", "visiting", "negated"),
    ("Berlin refrained from criticising Beijing over the arrests.", "criticising", "negated"),
    ("Moscow expelled the envoy without giving Britain any evidence.", "giving", "negated"),
    # The act another answers is done, whatever the answer's status.
    ("Rebels vowed to retaliate for the killing of their commander by Ugandan troops.", "killing", "asserted"),
    ("Netanyahu said Hamas would pay a heavy price for the attack on Israeli soldiers.", "attack", "asserted"),
])
def test_status(coder, text: str, word: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert at(code(coder, text), word).status == status


# --- dates -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "word", "expected"), [
    ("Russia attacked Ukraine on Thursday.", "2022-02-25", "attacked", "2022-02-24"),
    ("Kenyan police arrested protesters yesterday.", "2024-06-26", "arrested", "2024-06-25"),
    ("Japan will host China on Monday.", "2023-09-14", "host", "2023-09-18"),
    ("Putin visited Pyongyang on 19 June 2024.", "2024-06-25", "visited", "2024-06-19"),
    ("China condemned Japan on March 3.", "2023-03-10", "condemned", "2023-03-03"),
    ("Russia accused Ukraine of shelling the plant.", "2023-03-10", "accused", None),
])
def test_dates(coder, text: str, published: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert at(code(coder, text, published), word).date == expected


# --- history ---------------------------------------------------------------------------

def test_background_periods_and_old_years_are_historical(coder) -> None:  # type: ignore[no-untyped-def]
    assert at(code(coder, "China sent troops to North Korea during the Korean War."), "sent").historical
    assert at(code(coder, "In 1994, the United States threatened North Korea.", "2024-01-01"), "threatened").historical
    assert not at(code(coder, "The United States threatened North Korea on Monday.", "2024-01-03"), "threatened").historical


def test_a_past_period_an_act_is_for_does_not_date_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    # an apology or a claim made today for colonial rule or a war is today's news
    assert not at(code(coder, "The Dutch king apologised to Indonesia for colonial rule.", "2020-03-10"),
                  "apologised").historical
    assert not at(code(coder, "Namibia sued Germany over massacres committed during the colonial era.", "2021-05-28"),
                  "sued").historical


# --- places ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "country", "feature"), [
    ("Putin met Kim in Vladivostok.", "met", "RUS", "city"),
    ("Iran and Saudi Arabia held talks in Beijing.", "talks", "CHN", "city"),
    ("Kim Jong Un's visit to Russia began.", "visit", "RUS", "country"),
    ("Israeli jets struck targets in the Gaza Strip.", "struck", "PSE", "region"),
    ("China held exercises in the Asia-Pacific.", "exercises", None, "region"),
    # A state or province word after a name: the name is a subdivision.
    ("Gunmen killed 12 villagers in Zamfara state on Tuesday.", "killed", "NGA", "admin1"),
    ("Police clashed with protesters in the province of Balochistan.", "clashed", "PAK", "admin1"),
    # A region named for its city is trusted only when the story names the city's country.
    ("Fighters shelled villages in the Donetsk region of Ukraine.", "shelled", "UKR", "country"),
    # A site named after its town is in that town, before any place the sentence names later.
    ("Police detained the blogger at a Minsk airport after his flight from Vilnius.", "detained", "BLR", "city"),
    # A town of a conflict too small for the city gazetteer is listed in regions.tsv.
    ("Turkish artillery shelled Afrin overnight.", "shelled", "SYR", "region"),
    ("Jihadists attacked an army post near Boulkessi on Sunday.", "attacked", "MLI", "region"),
    # A district owned by a city lies in that city, not in a namesake abroad (geonames has a US Chinatown).
    ("Rioters burned shops in Honiara's Chinatown.", "burned", "SLB", "city"),
])
def test_places(coder, text: str, word: str, country: str | None, feature: str) -> None:  # type: ignore[no-untyped-def]
    place = at(code(coder, text), word).location
    assert place is not None and place.country == country and place.feature == feature
    if feature == "city":
        assert place.lat is not None and place.lon is not None and place.geonameid


def test_a_subdivision_gives_bare_actors_their_country(coder) -> None:  # type: ignore[no-untyped-def]
    event = at(code(coder, "Gunmen killed 12 villagers in Zamfara State on Tuesday."), "killed")
    assert (event.source.code, event.target.code) == ("NGAREB", "NGACVL")


def test_a_region_named_for_a_city_abroad_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    # No country named: "the Donetsk region" alone could be anywhere a Donetsk is.
    assert at(code(coder, "Fighters shelled villages in the Donetsk region."), "shelled").location is None


def test_dateline_gives_place_date_and_agency(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "MOSCOW, Sept 13 (Reuters) - Russia condemned the United States.", "2023-09-14")
    event = at(events, "condemned")
    assert event.location is not None and event.location.country == "RUS" and event.location.lat is not None
    assert event.date == "2023-09-13"
    assert "Reuters" in event.attribution


def test_a_dateline_town_lies_in_the_area_written_after_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "BETHLEHEM, West Bank, March 3 (Reuters) - Israeli troops arrested three students, "
                         "residents said.", "2010-03-04")
    event = at(events, "arrested")
    assert event.location is not None and event.location.country == "PSE", event.location
    assert event.date == "2010-03-03"


def test_the_doers_own_region_outranks_the_dateline(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "ABUJA, May 5 (Reuters) - Two Darfur rebel factions refused to sign the peace deal.",
                  "2006-05-06")
    event = at(events, "refused")
    assert event.source is not None and event.source.country == "SDN", event.source


# --- attribution -----------------------------------------------------------------------

def test_reported_speech_credits_the_speaker(coder) -> None:  # type: ignore[no-untyped-def]
    event = at(code(coder, "South Korea's military said North Korea fired missiles at Japan."), "fired")
    assert event.source is not None and event.source.country == "PRK"
    assert any("South Korea" in name or "military" in name for name in event.attribution)


def test_according_to_lists_every_agency(coder) -> None:  # type: ignore[no-untyped-def]
    event = at(code(coder, "Iran attacked Israel, according to Reuters and the Associated Press."), "attacked")
    assert "Reuters" in event.attribution and any("Associated Press" in a for a in event.attribution)


# --- tone ------------------------------------------------------------------------------

def test_tone_is_negative_for_violence_and_positive_for_cooperation() -> None:
    from dyadscope.stages.tone import ToneScorer

    scorer = ToneScorer()
    hostile = scorer.score_text("Troops killed dozens of civilians. The massacre was condemned as a brutal crime.")
    warm = scorer.score_text("The leaders praised their friendship and celebrated a historic peace agreement.")
    assert hostile is not None and warm is not None and hostile < -3 < 3 < warm
    assert scorer.score_text("   ") is None


def test_periods_resolve_to_their_first_day_without_becoming_background(coder) -> None:  # type: ignore[no-untyped-def]
    event = at(code(coder, "Japan protested to China last year.", "2024-01-15"), "protested")
    assert event.date == "2023-01-01" and not event.historical
    assert at(code(coder, "India will host Japan next month.", "2024-01-15"), "host").date == "2024-02-01"


@pytest.mark.parametrize(("text", "word"), [
    ("Friday marks 40 years since Israeli jets bombed the Osirak reactor near Baghdad.", "bombed"),
    ("It is 25 years since NATO warplanes bombed Belgrade.", "bombed"),
    ("The anniversary falls on Tuesday, 32 years after Serb forces began shelling Sarajevo.", "shelling"),
])
def test_an_act_dated_by_the_years_since_is_historical(coder, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = at(code(coder, text, "2024-06-20"), word)
    assert event.historical, (event.cameo, event.historical, event.date)


def test_an_act_days_after_another_is_not_historical(coder) -> None:  # type: ignore[no-untyped-def]
    # guard: only years make the past
    event = at(code(coder, "Three days after the vote, protesters clashed with police in Kinshasa.", "2024-06-20"), "clashed")
    assert not event.historical
