"""Event coding on sentences we wrote: type, source and target as a careful coder would give them."""

from __future__ import annotations

import pytest

from dyadscope import Document


def code(coder, text: str, date: str = "2024-06-20"):  # type: ignore[no-untyped-def]
    (result,) = list(coder.run([Document(id="t", text=text, date=date)]))
    return result[1]


def has(events, plover: str, source: str | None, target: str | None) -> bool:  # type: ignore[no-untyped-def]
    def country(actor):  # type: ignore[no-untyped-def]
        return None if actor is None else (actor.country or actor.code)

    return any(e.plover == plover and (source is None or country(e.source) == source)
               and (target is None or country(e.target) == target) for e in events)


def coded(events, cameo: str, source: str | None, target: str | None) -> bool:  # type: ignore[no-untyped-def]
    """As `has`, by CAMEO code."""
    return any(e.cameo == cameo and (source is None or e.source is not None and e.source.country == source)
               and (target is None or e.target is not None and e.target.country == target) for e in events)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Russian forces shelled the Ukrainian city of Kharkiv overnight.", "ASSAULT", "RUS", None),
    ("Ukraine was attacked by Russian troops near the border.", "ASSAULT", "RUS", "UKR"),
    ("China imposed sanctions on Lithuania over its ties with Taiwan.", "COERCE", "CHN", "LTU"),
    ("Japan accused China of violating its airspace.", "ACCUSE", "JPN", "CHN"),
    ("The Indian foreign minister held talks with his Pakistani counterpart in Geneva.", "CONSULT", "IND", "PAK"),
    ("Germany pledged humanitarian aid to Sudan.", None, "DEU", "SDN"),
    ("Iran threatened to retaliate against Israel.", "THREATEN", "IRN", "ISR"),
    ("Turkey deployed troops to the Syrian border.", "MOBILIZE", "TUR", None),
    ("Kenyan protesters demonstrated against the government in Nairobi.", "PROTEST", "KEN", None),
    ("South Korea urged North Korea to return to talks.", "REQUEST", "KOR", "PRK"),
    ("Israel rejected the proposal put forward by Egypt.", "REJECT", "ISR", None),
    ("Russia expelled two Estonian diplomats.", None, "RUS", "EST"),
])
def test_sentence_codes(coder, text: str, plover: str | None, source: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert events, f"no event in {text!r}"
    if plover is None:
        assert any((e.source and e.source.country == source) for e in events), events
    else:
        assert has(events, plover, source, target), [(e.plover, e.cameo, e.source, e.target) for e in events]


def test_leader_with_title_resolves_to_the_person_and_country(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday.")
    meeting = [e for e in events if e.plover == "CONSULT"]
    assert meeting
    event = meeting[0]
    assert event.source is not None and event.source.name == "Kim Jong Un" and event.source.code == "PRKGOV"
    assert event.target is not None and event.target.name == "Vladimir Putin" and event.target.country == "RUS"


def test_capitals_are_metonyms_for_governments(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Kremlin condemned Washington for the new sanctions.")
    assert has(events, "ACCUSE", "RUS", "USA")
    event = next(e for e in events if e.plover == "ACCUSE")
    assert event.source is not None and event.source.code == "RUSGOV"


def test_curly_apostrophes_resolve_like_straight_ones(coder) -> None:  # type: ignore[no-untyped-def]
    straight = code(coder, "Kim Jong Un's visit to Russia began on Tuesday.", "2023-09-13")
    curly = code(coder, "Kim Jong Un\u2019s visit to Russia began on Tuesday.", "2023-09-13")
    def codes(events):  # type: ignore[no-untyped-def]  # an actor's text is as written, apostrophe and all
        return [(e.cameo, e.source.code, e.source.start, e.target.code, e.target.start) for e in events]

    assert codes(straight) == codes(curly)
    assert has(curly, "CONSULT", "PRK", "RUS")


def test_a_former_leader_codes_to_the_role_held_on_the_date(coder) -> None:  # type: ignore[no-untyped-def]
    in_office = code(coder, "Donald Trump met Kim Jong Un in Singapore.", "2018-06-12")
    out_of_office = code(coder, "Donald Trump met Kim Jong Un in Singapore.", "2022-06-12")
    assert any(e.source and e.source.code == "USAGOV" for e in in_office)
    assert any(e.source and e.source.code == "USAELI" for e in out_of_office)


def test_trigger_and_actor_offsets_point_into_the_text(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow and Pyongyang signed a defence treaty. Russian jets bombed Aleppo."
    for event in code(coder, text):
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for actor in (event.source, event.target):
            if actor is not None:
                assert text[actor.start:actor.end] == actor.text


def test_rule_names_the_data_row_that_fired(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russia attacked Ukraine.")
    assert events and all(e.rule.split(":")[0] in ("verbs.tsv", "nouns.tsv") for e in events)
    row = int(events[0].rule.split(":")[1])
    assert row > 0


def pairs(events, plover: str):  # type: ignore[no-untyped-def]
    return {(e.source.country, e.target.country) for e in events
            if e.plover == plover and e.source is not None and e.target is not None}


def test_the_two_leaders_are_the_last_two_people_named(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kim Jong Un arrived in Vladivostok on Tuesday. Vladimir Putin greeted him at the "
                         "cosmodrome. The two leaders held talks for four hours.", "2023-09-13")
    talks = [e for e in events if e.trigger.text == "held talks"]
    assert {(e.source.name, e.target.name) for e in talks} == {("Kim Jong Un", "Vladimir Putin"),
                                                                ("Vladimir Putin", "Kim Jong Un")}
    assert all(e.source.text == "leaders" for e in talks)  # the words as written


def test_both_sides_accusing_each_other_is_mutual(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russia and Ukraine traded blame on Sunday. Both sides accused each other of "
                         "shelling the nuclear plant.")
    assert pairs(events, "ACCUSE") >= {("RUS", "UKR"), ("UKR", "RUS")}
    assert not any(e.plover == "COOPERATE" for e in events)  # "traded blame" is not trade


def test_the_country_refers_to_the_last_sentences_subject(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "China sent warships near Taiwan on Monday. The country also imposed sanctions "
                         "on three American defence firms.")
    assert any(e.cameo == "163" and e.source.country == "CHN" for e in events if e.source)


def test_an_indefinite_noun_refers_to_no_one(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kim Jong Un met Vladimir Putin. A leader from another region criticised the talks.")
    assert not any(e.plover == "ACCUSE" and e.source is not None and e.source.country in ("PRK", "RUS")
                   for e in events)


def test_unnamed_local_actors_take_the_country_of_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "KADUNA, Nigeria (Reuters) - Gunmen abducted more than 280 pupils from a school in "
                         "Kuriga on Thursday, residents said.", "2024-03-08")
    abductions = [e for e in events if e.cameo == "181"]
    assert abductions and abductions[0].source.code == "NGAREB"
    assert abductions[0].source.country == "NGA"


def test_an_announced_intention_is_coded_with_the_act_it_announces(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russia pledged to send humanitarian aid to Syria.")
    pledge = [e for e in events if e.cameo.startswith("03")]
    aid = [e for e in events if e.plover == "AID"]
    assert pledge and pledge[0].plover == "AGREE" and pledge[0].status == "asserted"
    assert aid and aid[0].status == "planned" and aid[0].target.country == "SYR"
    events = code(coder, "Japan expressed its willingness to mediate between Armenia and Azerbaijan.")
    mediation = [e for e in events if e.cameo == "039"]
    assert mediation and mediation[0].rule.startswith("intent_codes.tsv:")
    assert {e.target.country for e in mediation} == {"ARM", "AZE"}


def test_it_is_the_speaker_or_the_last_body_named(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Iran said it was ready to hold talks with Saudi Arabia.")
    assert any(e.plover == "AGREE" and e.source is not None and e.source.country == "IRN"
               and e.target is not None and e.target.country == "SAU" for e in events)
    events = code(coder, "China warned the United States that it would retaliate.")
    assert all(e.source.country == "CHN" for e in events if e.source is not None)


def test_a_protest_with_no_target_is_against_the_government_where_it_happens(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Thousands of protesters marched through Khartoum on Monday.")
    protest = [e for e in events if e.plover == "PROTEST"]
    assert protest and protest[0].target.code == "SDNGOV"
    assert protest[0].target.name == "Sudan government"
    assert (protest[0].target.start, protest[0].target.end) == (protest[0].trigger.start, protest[0].trigger.end)


def test_an_actor_announcing_its_own_future_act_expresses_intent(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Germany said it would send more air defence systems to Ukraine.")
    intent = [e for e in events if e.cameo == "0332"]
    assert intent and intent[0].source.country == "DEU" and intent[0].target.country == "UKR"
    assert intent[0].rule.startswith("intent_codes.tsv:")
    # Someone else's forecast is not the actor's announcement (the intent rule stays silent).
    events = code(coder, "Officials said Russia would send troops to Belarus.")
    assert not any(e.rule.startswith("intent_codes.tsv:") for e in events)


def test_event_nouns_take_their_doer_from_by_and_their_other_from_of(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The release of dozens of Venezuelan political prisoners by Cuba followed talks.")
    assert pairs(events, "RETREAT") == {("CUB", "VEN")}
    events = code(coder, "The visit of Vladimir Putin to Beijing ended on Friday.")
    assert pairs(events, "CONSULT") == {("RUS", "CHN")}


def test_x_accused_y_of_z_codes_the_accusation_and_the_alleged_act(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.")
    assert pairs(events, "ACCUSE") == {("RUS", "UKR")}
    shelling = [e for e in events if e.plover == "ASSAULT"]
    assert shelling and shelling[0].source.country == "UKR"
    assert shelling[0].status == "possible" and "Russia" in shelling[0].attribution


def test_a_hostile_act_announced_or_hung_on_a_condition_is_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Iran said it would close the Strait of Hormuz to Western ships.")
    assert any(e.cameo == "1381" and e.source.country == "IRN" and e.rule.startswith("intent_codes.tsv:")
               for e in events)
    events = code(coder, "Colombia would pull out of the talks with the ELN if the group carried out more "
                         "kidnappings, the peace commissioner said.")
    assert has(events, "THREATEN", "COL", "COL")  # the ELN is a Colombian group
    # A decision to act is not a threat to act.
    assert not has(code(coder, "The European Union agreed to impose new sanctions on Iran."), "THREATEN", None, None)


def test_an_actors_own_future_act_is_an_intent_and_a_refusal_is_not(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Germany will deliver three more air defence systems to Ukraine, the defence minister said.")
    assert any(e.cameo == "0332" and e.source.country == "DEU" and e.target.country == "UKR" for e in events)
    events = code(coder, "Hamas will not release any more hostages, a senior official said.")
    assert not any(e.plover == "AGREE" for e in events)
    assert any(e.plover == "RETREAT" and e.status == "negated" for e in events)
    # ... it is a refusal to release (1243), made now, by whoever is to release.
    assert any(e.cameo == "1243" and e.status == "asserted" and e.source.code == "PSEHAM" for e in events)


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("Moscow would not pull its troops out of Transnistria, the Russian defence ministry said.", "1246", "RUS"),
    ("Thailand's junta will not relax its ban on political gatherings.", "1241", "THA"),
])
def test_a_conciliatory_act_announced_as_not_to_be_done_is_a_refusal(coder, text, cameo, source) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo == cameo and e.source.country == source for e in code(coder, text))


def test_an_attack_announced_as_not_to_be_made_is_no_refusal(coder) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.plover == "REJECT" and e.rule.startswith("refusal_codes.tsv")
                   for e in code(coder, "Russia will not attack Ukraine, the Kremlin said."))


def test_the_second_of_two_announced_acts_is_an_intent_too(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Olmert announced he would not run in the primary and would resign once a successor "
                         "was chosen.", date="2008-07-30")
    assert any(e.cameo == "0341" and e.source.country == "ISR" for e in events)


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Raila Odinga repeated on Wednesday that President Mwai Kibaki must step down.", "1041", "KEN", "KEN"),
    ("The EU said Russia should withdraw its troops from Georgia.", "106", "IGOEUREEC", "RUS"),
    ("The French foreign minister said Russian forces had to withdraw from Georgia.", "106", "FRA", "RUS"),
])
def test_an_act_another_must_do_is_a_demand_on_the_one_to_do_it(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, date="2008-01-10")
    assert any(e.cameo == cameo and (e.source.country or e.source.code) == source and e.target.country == target
               and e.rule.startswith("demand_codes.tsv:") for e in events)


def test_in_its_own_words_must_is_resolve_not_a_demand(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Israel said it must withdraw from the town before the talks.")
    assert not any(e.rule.startswith("demand_codes.tsv:") for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Rome told Cairo bluntly to come clean over the death of the student.", "ITA", "EGY"),
    # No pattern codes "foot the bill"; the model's REQUEST is Kenya's, made of Uganda.
    ("Nairobi insisted that Kampala foot the bill for the repairs.", "KEN", "UGA"),
])
def test_told_or_insisted_to_act_is_a_request_of_the_addressee(coder, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), "REQUEST", source, target)


def test_an_event_with_no_target_takes_the_one_a_coder_reads_into_it(coder) -> None:  # type: ignore[no-untyped-def]
    # A state's concession at home is made to its own people.
    (withdrawal,) = [e for e in code(coder, "Kenya's president withdrew the finance bill on Wednesday.")
                     if e.plover == "CONCEDE"]
    assert withdrawal.target.code == "KENCVL" and withdrawal.target.text == withdrawal.trigger.text
    assert withdrawal.target.name == "Kenya civilians"
    # Force used at home is used on the country; with no place found, no target is guessed.
    assert has(code(coder, "Police arrested dozens in Harare on Monday."), "COERCE", "ZWE", "ZWE")
    (shelling,) = [e for e in code(coder, "Russian artillery shelled Kharkiv overnight.") if e.plover == "ASSAULT"]
    assert shelling.target is None or shelling.target.country != "RUS"


def test_joint_subjects_meet_each_other_not_a_body_named_later(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "U.S. President Joe Biden and Chinese leader Xi Jinping spoke by phone for two hours "
                         "on Thursday, the White House said.", "2022-03-18")
    assert pairs(events, "CONSULT") == {("USA", "CHN"), ("CHN", "USA")}


@pytest.mark.parametrize(("text", "cameo"), [
    ("Kuomintang candidate Han Kuo-yu threw in the towel on Saturday night.", "080"),
    ("Hungarian Prime Minister Viktor Orban gave up his veto on the EU package for Ukraine.", "080"),
    ("Sudan's army airlifted reinforcements to El Fasher on Monday.", "154"),
    ("Ecuador's government poured 900 police officers into the Litoral prison in Guayaquil.", "153"),
    ("Baghdad gave U.N. weapons inspectors access to a presidential palace on Tuesday.", "086"),
    # Acts said in wire words the rows now know.
    ("France has called home its ambassadors to the United States and Australia for consultations.", "161"),
    ("Thailand's military government rescinded a four-year-old prohibition on political gatherings.", "081"),
    ("Madhesi parties wound up their four-month blockade of the border crossings with India on Monday.", "082"),
    ("Tokyo readied Patriot interceptor batteries on Friday.", "152"),
    ("EU foreign ministers dropped all sanctions on Myanmar on Monday.", "085"),
    ("Sudan ordered ten foreign aid groups to quit the country on Wednesday.", "1663"),
    # A raid on a home restrains (PLOVER COERCE, seize), whatever inquiry it serves.
    ("Brazilian federal police raided the Brasilia home of former president Jair Bolsonaro.", "171"),
])
def test_idioms_light_verbs_and_wire_forms(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in {e.cameo for e in code(coder, text, "2020-01-01")}


def test_coordinated_owners_of_one_head_are_two_sides(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Chinese and Vietnamese vice foreign ministers held consultations on Thursday.")
    assert pairs(events, "CONSULT") == {("CHN", "VNM"), ("VNM", "CHN")}
    events = code(coder, "French and German troops attacked the rebels.")
    assert {e.source.country for e in events if e.plover == "ASSAULT"} == {"FRA", "DEU"}


def test_the_african_unions_security_council_is_the_african_unions(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "On Tuesday the African Union's Peace and Security Council urged Sudan's warring generals "
                         "to silence their guns.", "2023-05-02")
    assert {e.source.code for e in events if e.plover == "REQUEST"} == {"IGOAFU"}, [(e.cameo, e.source) for e in events]


def test_a_title_says_whom_a_person_acts_for(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "African Union mediator Thabo Mbeki urged Khartoum and Juba to return to the "
                         "negotiating table.", "2012-04-20")
    assert {e.source.code for e in events if e.plover == "REQUEST"} == {"IGOAFU"}
    events = code(coder, "Kenyan opposition leader Raila Odinga urged President Mwai Kibaki to accept mediation.",
                  "2008-01-20")
    assert any(e.source.code == "KENOPP" for e in events if e.plover == "REQUEST")
    # A state title with "former" says what he was: he stays an elite, not the government.
    events = code(coder, "Former Brazilian president Fernando Henrique Cardoso criticised the government.",
                  "2019-05-01")
    assert all(e.source.code != "BRAGOV" for e in events if e.source is not None)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # The other side's country says whose a bare role word is.
    ("Serbian students demanded the prime minister's resignation.", "REQUEST", "SRB", "SRB"),
    ("Protesters threw stones at Venezuelan police outside the electoral council.", None, "VEN", "VEN"),
    # Else the one country the sentence names.
    ("Opposition lawmakers demanded that the army leave politics, Thai media reported.", "REQUEST", "THA", "THA"),
])
def test_a_bare_role_word_takes_the_country_its_sentence_gives(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target) if plover else any(
        e.source is not None and e.source.country == source and e.target is not None and e.target.country == target
        for e in code(coder, text))


def test_in_a_fight_a_foreign_army_does_not_make_its_foes_compatriots(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Israeli troops killed three militants overnight.") if e.plover == "ASSAULT"]
    assert events and all(e.target is None or e.target.country is None for e in events)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Oslo ruled out selling air defence missiles to Taipei despite repeated requests.", "REJECT", "NOR", "TWN"),
    ("Caracas threatened to halt fuel deliveries to Colombia if the border stayed shut.", "THREATEN", "VEN", "COL"),
    ("Argentina's threat of tariffs against Brazil worried investors.", "THREATEN", "ARG", "BRA"),
])
def test_the_target_may_sit_deeper_in_the_phrase_the_trigger_governs(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target)


def test_with_no_target_found_the_nearest_actor_is_a_guess_marked_by_confidence(coder) -> None:  # type: ignore[no-untyped-def]
    # (not "near the Israeli frontier": a border named by the neighbour is aimed at it, no guess)
    text = "The Lebanese army reinforced its positions near the Israeli-held Shebaa farms."
    (event,) = [e for e in code(coder, text) if e.plover == "MOBILIZE"]
    assert event.target is not None and event.target.country == "ISR"
    plain = coder.__class__(coder.settings.replace(nearest_target=False), lexicon=coder.lexicon, nlp=coder.nlp)
    (unguessed,) = [e for e in code(plain, text) if e.plover == "MOBILIZE"]
    assert unguessed.target is None
    # A named target adds 0.15 to the pattern's share of the confidence, a guessed one 0.05.
    assert event.confidence > unguessed.confidence


def test_who_reports_an_event_is_not_its_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Ukraine shelled a fuel depot near the border, Russian officials said.")
              if e.plover == "ASSAULT"]
    assert events and all(e.target is None for e in events)


def test_two_armies_striking_together_do_not_fight_each_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "U.S. and British warplanes struck more than 60 targets in Yemen overnight.")
    assert pairs(events, "ASSAULT") == {("USA", "YEM"), ("GBR", "YEM")}
    assert pairs(code(coder, "Indian and Pakistani troops clashed along the frontier."), "ASSAULT") == {
        ("IND", "PAK"), ("PAK", "IND")}


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("The Taliban said they would cooperate with the UN mission in Afghanistan.", "COOPERATE", "AFGTAL", "IGOUNO"),
    ("Algerian President Abdelmadjid Tebboune said his country would send wheat to Tunisia.", None, "DZA", "TUN"),
])
def test_they_and_his_country_refer_back(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any((plover is None or e.plover == plover) and e.source is not None and e.target is not None
               and source in (e.source.code, e.source.country) and target in (e.target.code, e.target.country)
               for e in events), [(e.plover, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # The forces an agentless passive puts on alert are the ones acting; the place says whose.
    ("Thousands of police were deployed in Harare ahead of the vote.", "MOBILIZE", "ZWE", None),
    ("Russia's Pacific Fleet was put on high alert on Friday.", "MOBILIZE", "RUS", None),
    # An agentless act of state in a place is its government's.
    ("The ban on women driving was lifted in Riyadh.", "CONCEDE", "SAU", None),
])
def test_an_agentless_passive_has_an_implied_doer(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target)


def test_the_government_of_a_country_named_before_is_its_government(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Brazilian truckers demanded that the government cut diesel prices.")
    assert any(e.plover == "REQUEST" and e.target is not None and e.target.code == "BRAGOV" for e in events)


def test_the_agencies_a_report_is_credited_to_are_never_its_guessed_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Both Moscow and Pyongyang confirmed the visit on Monday, according to reports from "
                         "Reuters and EFE agencies.")
    assert events and not any(e.target is not None and e.target.sector == "MED" for e in events)


@pytest.mark.parametrize(("text", "plover"), [
    ("Nigerian unions began a three-day strike over the fuel price.", "PROTEST"),
    ("Iranian truck drivers extended a nationwide strike into a second week.", "PROTEST"),
    ("Israeli jets carried out a strike on Gaza.", "ASSAULT"),
])
def test_a_strike_of_workers_is_a_protest_and_of_jets_an_assault(coder, text, plover) -> None:  # type: ignore[no-untyped-def]
    assert plover in {e.plover for e in code(coder, text)}


def test_a_city_named_in_the_sentence_gives_a_role_word_its_country(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Istanbul police were put on heightened alert ahead of May Day.")
    assert any(e.source is not None and e.source.code == "TURCOP" for e in events)


def test_whoever_is_beaten_after_being_named_by_a_passive_agent_is_the_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Two Kurdish activists were hospitalised after being attacked by Turkish police.")
    assert any(e.plover == "ASSAULT" and e.source.code == "TURCOP" and e.target.sector == "CVL" for e in events)


@pytest.mark.parametrize(("text", "source"), [
    ("An Israeli general said his forces would flatten the southern suburbs of Beirut if attacked.", "ISRMIL"),
    ("The Taliban said their fighters had captured the town of Kunduz.", "AFGTAL"),
])
def test_his_or_their_forces_belong_to_the_speaker(coder, text, source) -> None:  # type: ignore[no-untyped-def]
    assert any(e.source is not None and e.source.code == source for e in code(coder, text))


def test_the_model_aims_its_event_at_another_country_than_its_doers(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Turkish Defence Minister Hulusi Akar told his Azerbaijani counterpart that Ankara would put "
                         "whatever equipment Baku needed at its disposal.")
    model = [e for e in events if e.rule.startswith("model:")]
    assert model and all(e.source.country == "TUR" and e.target.country == "AZE" for e in model)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # Acts whose object is the doer's own country (cues.tsv rows keyed by CAMEO code).
    ("Kazakhstan lifted the state of emergency across the country on Wednesday.", "RETREAT", "KAZ", "KAZ"),
    ("Addis Ababa pledged to scrap the state of emergency ahead of schedule.", "AGREE", "ETH", "ETH"),
    ("Ecuador's government threatened a curfew in Quito as marchers reached the city.", "THREATEN", "ECU", "ECU"),
])
def test_an_act_on_the_doers_own_country_is_aimed_at_it(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target)


def test_an_act_with_no_such_code_row_keeps_no_target(coder) -> None:  # type: ignore[no-untyped-def]
    # Rejections have no implied target: "Bolivia's opposition rejected the results" names none.
    events = [e for e in code(coder, "The opposition rejected the results.") if e.plover == "REJECT"]
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # A border is aimed at the neighbour it is shared with, not at the country that owns it.
    ("Poland will move about 10,000 soldiers to its border with Belarus.", "MOBILIZE", "POL", "BLR"),
    ("India rushed troops to the border with China.", "MOBILIZE", "IND", "CHN"),
    # A team is aimed at whoever sent it.
    ("Pretoria opened the Advena plant to a team from the International Atomic Energy Agency.", "RETREAT", "ZAF",
     "IGOIAEA"),
    # A named actor as the verb's object beats a role word in the pattern's phrase.
    ("Armenia asked the Collective Security Treaty Organization for military assistance.", "REQUEST", "ARM",
     "IGOCSTO"),
    # Rejecting what someone asked for is aimed at whoever asked.
    ("Paris rebuffed an appeal by President Francois Bozize for French troops.", "REJECT", "FRA", "CAF"),
    ("Pyongyang rejected the peace talks proposed by Seoul.", "REJECT", "PRK", "KOR"),
])
def test_the_target_behind_a_border_a_team_or_a_request(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.plover, e.source, e.target) for e in events]


def test_own_troops_dropped_as_a_target_leave_no_second_event(coder) -> None:  # type: ignore[no-untyped-def]
    assert pairs(code(coder, "India rushed troops to the border with China."), "MOBILIZE") == {("IND", "CHN")}


def test_a_states_measure_against_unnamed_groups_falls_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's justice ministry threatened to strike Memorial and two other rights groups off the register."
    assert any(e.plover == "THREATEN" and e.target is not None and e.target.code == "RUSNGO" for e in code(coder, text))
    # Groups that speak are not made the accused's compatriots.
    accusers = [e for e in code(coder, "Human rights groups accused the Israeli army of torture.") if e.plover == "ACCUSE"]
    assert accusers and all(e.source.country is None for e in accusers)


def test_a_vow_that_ones_forces_will_strike_is_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Chechen rebel leader Doku Umarov vowed that his fighters would attack Russian cities.")
    assert any(e.plover == "THREATEN" for e in events), [(e.plover, e.cameo) for e in events]


def test_the_union_alone_is_a_trade_union(coder) -> None:  # type: ignore[no-untyped-def]
    # the warning (130) and, "it" being the union, the threat of a strike (133): both the union's
    threats = [e for e in code(coder, "The union warned it would stage a general strike if the reform passed.")
               if e.plover == "THREATEN"]
    assert threats and all(e.source is not None and e.source.sector == "LAB" for e in threats), threats
    assert any(e.source is not None and e.source.code == "IGOEUREEC"
               for e in code(coder, "The European Union imposed sanctions on Belarus."))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Security Council gave Khartoum 30 days to open Darfur to UN peacekeepers.", "IGOUNOSC", "SDN"),
    ("NATO gave the Bosnian Serbs until midnight on Sunday to pull back their heavy guns.", "IGOWSTNAT", "BIH"),
    ("The rebels gave the government a week to release the prisoners.", None, None),
])
def test_a_span_of_time_given_to_act_is_an_ultimatum(coder, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == "139" for e in events), [(e.cameo, e.rule) for e in events]
    assert has(events, "THREATEN", source, target)
    # The act demanded has not happened: no pattern codes it as done.
    assert not any(e.cameo.startswith("084") and not e.rule.startswith("model:") for e in events)


def test_a_gift_of_money_to_do_something_is_no_ultimatum(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The United States gave Ukraine $2 billion to rebuild its power grid.")
    assert not any(e.cameo == "139" for e in events)


def test_refusing_to_let_a_hostage_go_is_a_refusal_to_release(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The FARC said it would not let Ingrid Betancourt go unless Bogota freed the guerrillas.")
    assert any(e.cameo == "1243" and e.source.code == "COLFARC" for e in events)


@pytest.mark.parametrize(("text", "source"), [
    ("Soldiers from Chad attacked a rebel base in northern Nigeria.", "TCDMIL"),
    ("Police officers from Kenya shot dead three gang members in Port-au-Prince.", "KENCOP"),
    ("Eurozone finance ministers spurned Athens' request for a one-month extension.", "IGOEUROGROUP"),
    ("Gazprom cut off gas supplies to Ukraine.", "RUSBUS"),
    ("Bonn extended formal recognition to Slovenia and Croatia.", "DEU"),
])
def test_who_a_role_word_or_a_company_belongs_to(coder, text, source) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "1995-06-01")
    assert any(e.source is not None and source in (e.source.code, e.source.country) for e in events), [
        (e.plover, e.source) for e in events]


def test_two_armies_fighting_battles_fight_each_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Rwandan and Ugandan soldiers fought running gun battles in the streets of Kisangani.")
    assert pairs(events, "ASSAULT") == {("RWA", "UGA"), ("UGA", "RWA")}


def test_the_one_urged_to_act_is_the_doer_of_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    for text in ("The EU urged Iran to free the detained sailors.",
                 "The Arab League called on Israel to withdraw from the occupied territories."):
        inner = [e for e in code(coder, text) if e.plover == "RETREAT" and not e.rule.startswith("model:")]
        assert inner and all(e.source is not None and e.source.country in ("IRN", "ISR") for e in inner), text


@pytest.mark.parametrize(("text", "cameo", "status"), [
    ("The EU urged Iran to free the detained sailors.", "0841", "possible"),
    ("Putin invited Kim Jong Un to visit Russia.", "042", "possible"),
    ("The general ordered the troops to withdraw from the town.", "0874", "planned"),
])
def test_an_act_urged_or_ordered_has_not_been_done(coder, text, cameo, status) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == cameo]
    assert events and all(e.status == status for e in events), [(e.cameo, e.status) for e in code(coder, text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Seoul will walk out of the six-party talks if Pyongyang tests another missile, the foreign minister said.",
     "KOR", "PRK"),
    ("The Kenyan army said it would shell the border camps if al-Shabaab kept raiding villages.", "KEN", "SOM"),
    ("The French president warned that French troops would leave Chad if Niger kept closing the border.",
     "FRA", "NER"),
    ("Ankara threatened to cut water flows to Syria unless Damascus expelled the PKK leader.", "TUR", "SYR"),
])
def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(coder, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, "THREATEN", source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_threat_made_with_ones_own_forces_is_aimed_at_the_other_side(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kigali warned that Rwandan soldiers would cross into the Kivus to hunt down the FDLR.")
    threats = [e for e in events if e.plover == "THREATEN" and not e.rule.startswith("model:")]
    assert threats and all(e.target is not None and e.target.country != "RWA" for e in threats), [
        (e.cameo, e.source, e.target) for e in events]


def test_a_condition_about_the_threatener_itself_leaves_the_threats_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Tehran said it would close the Strait of Hormuz to American ships if it was attacked.")
    assert any(e.cameo.startswith("13") and e.source.country == "IRN" for e in events)
    assert not any(e.cameo.startswith("13") and e.target is not None and e.target.country == "IRN" for e in events)


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("A strike by dock workers was called off on Monday.", "082", None, None),
    ("Three Iranian diplomats were told to leave Albania on Tuesday.", "161", None, "IRN"),
    ("Dozens of villagers were led away by police in Chechnya.", "173", None, None),
    ("The Indian navy bottled up the port of Karachi.", "191", "IND", None),
    ("The Chinese foreign minister touched down in Islamabad on Friday.", "042", "CHN", "PAK"),
    ("After weeks of pressure, Madrid gave way to the striking farmers.", "080", "ESP", None),
    ("Hundreds of rebels gave themselves up to the army in the east.", "0874", None, None),
    ("Canada paused trade negotiations with India on Friday.", "164", "CAN", "IND"),
    ("Sweden is scrapping its development aid to Tanzania over the election.", "162", "SWE", "TZA"),
    ("Moscow served notice on Kyiv that gas supplies would be cut.", "130", "RUS", "UKR"),
])
def test_more_ways_of_saying_an_act(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == cameo]
    assert events, [(e.cameo, e.rule) for e in code(coder, text)]
    assert source is None or any(e.source is not None and e.source.country == source for e in events)
    assert target is None or any(e.target is not None and e.target.country == target for e in events)


def test_the_doer_of_an_act_called_off_is_named_in_its_by_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "A strike by Nigerian dock workers was called off on Monday.") if e.cameo == "082"]
    assert events and events[0].source is not None and events[0].source.code == "NGALAB"


def test_forces_deployed_in_the_one_country_named_are_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Hundreds of riot police were deployed around Kampala's Constitution Square on Saturday.")
    assert any(e.plover == "MOBILIZE" and e.source is not None and e.source.code == "UGACOP" for e in events), [
        (e.cameo, e.source, e.target) for e in events]


def test_a_rebel_threat_against_its_own_government_stays_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "ELN commanders said they would freeze the Caracas talks unless Bogota halted the air raids.")
    assert has(events, "THREATEN", "COL", "COL"), [(e.cameo, e.source, e.target) for e in events]
    assert not has(events, "THREATEN", "COL", "VEN")


@pytest.mark.parametrize(("text", "date", "plover", "source"), [
    ("Kenya's rulers came under fire from Kofi Annan, who branded the crackdown a disgrace.", "2001-05-01",
     "ACCUSE", "IGOUNO"),
    ("Negotiators for the Tamil Tigers walked out of the talks in Geneva.", "2006-10-29", "SANCTION", "LKALTTE"),
    ("Greek Cypriot voters threw out the reunification plan in a referendum.", "2004-04-24", "REJECT", "CYPCVL"),
    ("The senate voted down the bill.", "2020-03-01", "REJECT", "LEG"),
    ("Syrian government aircraft bombed a market in Idlib, killing nine civilians.", "2017-04-04", "ASSAULT",
     "SYRMIL"),
])
def test_who_acts_in_a_relative_clause_or_for_whom_a_role_word_speaks(coder, text, date, plover, source) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, date) if e.plover == plover]
    assert any(e.source is not None and e.source.code == source for e in events), [
        (e.cameo, e.source, e.target) for e in code(coder, text, date)]


@pytest.mark.parametrize(("text", "cameo"), [
    ("The opposition gave the president 72 hours to resign.", "1041"),
    ("The miners gave Bucharest until Monday to open talks on pay.", "108"),
])
def test_an_ultimatum_also_demands_its_act(coder, text, cameo) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == "139" for e in events) and any(e.cameo == cameo for e in events), [
        (e.cameo, e.rule) for e in events]
    assert not any(e.cameo.startswith("04") and not e.rule.startswith("model:") for e in events)  # no talks held


@pytest.mark.parametrize(("text", "cameo"), [
    ("Ankara indicated it might lift its ban on the pro-Kurdish party if the group renounced violence.", "0351"),
    ("Washington said it would ease sanctions on Belgrade if Serbia arrested the war crimes suspects.", "0354"),
])
def test_a_conciliatory_act_offered_on_a_condition_is_an_intent(coder, text, cameo) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo == cameo for e in code(coder, text)), [(e.cameo, e.rule) for e in code(coder, text)]


@pytest.mark.parametrize(("demand", "source", "target", "fact"), [
    ("The Arab League insisted that Israel withdraw from southern Lebanon.", "IGOARL", "ISR",
     "The Arab League insisted that Israel had withdrawn from southern Lebanon."),
    # A plural subject's bare form looks like the present: demanded only after a verb that demands.
    ("Ankara insisted that Syrian troops pull back from the border.", "TUR", "SYR",
     "Officials said Kurdish fighters hold the town."),
])
def test_an_act_demanded_in_its_bare_form_is_a_demand(coder, demand, source, target, fact) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, demand)
    assert any(e.cameo == "106" and e.source.code.startswith(source) and e.target.country == target
               for e in events), [(e.cameo, e.source, e.target) for e in events]
    # A statement of fact in the same frame is no demand.
    assert not any(e.cameo.startswith("10") for e in code(coder, fact))


@pytest.mark.parametrize("text", [
    "Kabul told the tribal elders they had until Friday to hand over the gunmen.",
    "The Afghan governor told the elders that they had until noon to hand over the gunmen.",
])
def test_being_told_one_has_until_a_time_to_act_is_an_ultimatum(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo == "139" and e.source.country == "AFG" for e in code(coder, text)), [
        (e.cameo, e.source, e.target) for e in code(coder, text)]


def test_a_deadline_nobody_set_is_no_ultimatum(coder) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.cameo == "139" for e in code(coder, "Residents had two hours to leave before the dam burst."))


def test_a_span_of_time_parsed_inside_the_object_still_makes_an_ultimatum(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kenyan police gave the families living near the dam two days to leave their homes.")
    assert any(e.cameo == "139" and e.source.country == "KEN" for e in events), [(e.cameo, e.source) for e in events]


def test_a_question_put_is_no_appeal(coder) -> None:  # type: ignore[no-untyped-def]
    for text in ("Asked whether Lima would recall its envoy, the minister declined to comment.",
                 "The minister asked Quito whether it would extradite the banker."):
        assert not any(e.cameo.startswith("02") and e.rule.startswith("verbs.tsv") for e in code(coder, text)), text
    # Asked by someone to do something is still an appeal.
    events = code(coder, "Asked by the opposition to resign, the Peruvian prime minister refused.")
    assert any(e.plover == "REQUEST" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Athens said no to the plan for a joint patrol.", "REJECT", "GRC", None),
    ("Hanoi charged that Chinese vessels had rammed its fishing boats.", "ACCUSE", "VNM", "CHN"),
    ("Seoul resumed the drills in defiance of a warning from Pyongyang.", "REJECT", "KOR", None),
    ("Khartoum expelled two Norwegian aid agencies from Darfur.", "SANCTION", "SDN", "NOR"),
    ("Serb commanders told the UN that their guns would shell the airport if the flights resumed.",
     "THREATEN", "SRB", None),
    ("Addis Ababa sent two armoured brigades to the Eritrean border.", "MOBILIZE", "ETH", "ERI"),
    ("Police in Harare hauled in three opposition lawmakers for questioning.", "COERCE", "ZWE", "ZWE"),
    ("Pakistani commanders lowered the alert level along the frontier.", "RETREAT", "PAK", None),
    ("The Greek premier stood up for Cyprus at the summit.", "SUPPORT", "GRC", "CYP"),
    ("Tokyo said it was open to returning the seized trawler.", "AGREE", "JPN", None),
    ("Minsk dangled the threat of cutting gas transit to Poland.", "THREATEN", "BLR", "POL"),
    ("Mombasa's dock workers walked off the job.", "PROTEST", "KEN", None),
])
def test_more_forms_of_acts_and_their_actors(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target), [(e.plover, e.cameo, e.source, e.target, e.rule)
                                                            for e in code(coder, text)]


def test_a_no_before_the_speaker_is_no_refusal_by_pattern(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "No, said the spokesman, there had been no change.")
    assert not any(e.plover == "REJECT" and e.rule.startswith("verbs.tsv") for e in events)


def test_a_relation_between_two_sides_acted_on_in_the_passive_joins_them(coder) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, "Relations between Ghana and Togo were severed after the border clash."),
               "SANCTION", "GHA", "TGO")


def test_a_threat_the_model_finds_is_aimed_at_the_condition_wherever_it_hangs(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The UN mission would pack its bags and leave Western Sahara if Morocco kept "
                         "obstructing its staff, a senior UN official said.")
    assert any(e.plover == "THREATEN" and e.target is not None and e.target.country == "MAR" for e in events), [
        (e.plover, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Minsk shot down the Lithuanian proposal for a joint border commission.", "REJECT", "BLR", "LTU"),
    ("The junta scoffed at calls from ECOWAS for a return to civilian rule.", "REJECT", None, None),
    ("Ottawa fended off calls from Haiti for more tents.", "REJECT", "CAN", None),
    ("Budapest reached out to Bucharest after years of frosty relations.", "AGREE", "HUN", "ROU"),
    ("Quito turned up the heat on Lima over the disputed border.", "REQUEST", "ECU", "PER"),
    ("Turkmenistan raised the spectre of halting gas deliveries to Iran.", "THREATEN", "TKM", None),
    ("The Georgian delegation stormed out of the talks with Russian diplomats in Geneva.", "SANCTION", "GEO", None),
    ("Vilnius shuttered its embassy in Minsk.", "SANCTION", "LTU", "BLR"),
    ("The Kremlin scrapped its bailout for Belarus.", "SANCTION", "RUS", "BLR"),
    ("Rights groups pinned the massacre on Burmese troops.", "ACCUSE", None, "MMR"),
    ("The EU maintained its sanctions on Belarus for another year.", "REJECT", None, "BLR"),
    ("Beijing dialled down its military drills near Taiwan.", "RETREAT", "CHN", None),
    # "The Pope" speaks for the Holy See as "the Kremlin" does for Russia.
    ("The Pope appealed to Moscow and Kyiv to exchange all their prisoners.", "REQUEST", "VAT", "RUS"),
])
def test_idioms_news_copy_uses_for_acts(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, text), plover, source, target), [(e.plover, e.cameo, e.source, e.target, e.rule)
                                                            for e in code(coder, text)]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    # Two sides that make peace together need no "with": each is the other's counterpart.
    ("Hanoi and Phnom Penh buried the hatchet at a border ceremony.", "050", "VNM", "KHM"),
    ("Bolivia and Chile mended fences during the regional summit.", "050", "BOL", "CHL"),
    ("Islamabad extended an olive branch to Kabul on Friday.", "037", "PAK", "AFG"),
    ("Yerevan held out an olive branch to Baku after the exchange of prisoners.", "037", "ARM", "AZE"),
    ("Budapest cosied up to Beijing with a new rail deal.", "050", "HUN", "CHN"),
    ("Nordic capitals closed ranks behind Denmark over Greenland.", "051", None, "DNK"),
    ("Brasilia gave the cold shoulder to the ceasefire plan drafted by Paris.", "120", "BRA", "FRA"),
    ("Dhaka gave Naypyidaw the cold shoulder on refugee returns.", "120", "BGD", "MMR"),
    ("Bern shut the door on talks with Brussels about a framework treaty.", "120", "CHE", "IGOEUREEC"),
    ("Ankara dragged its feet on Stockholm's request for a decision.", "120", "TUR", None),
    ("Nepalese Maoists took up arms against the monarchy in 1996.", "190", "NPL", None),
    ("Jakarta read the riot act to Canberra over the spying scandal.", "111", "IDN", "AUS"),
    ("The Ecuadorean senator laid into Bogota's envoy during the hearing.", "111", "ECU", "COL"),
    ("Lima locked horns with Santiago over the maritime boundary.", "110", "PER", "CHL"),
    ("Minsk tightened the screws on independent journalists after the vote.", "170", "BLR", None),
    # A challenge to a bluff is no phone call.
    ("Athens called Ankara's bluff by sending frigates to the islands.", "110", "GRC", "TUR"),
    ("Lisbon held the line against Madrid's demands on water sharing.", "124", "PRT", "ESP"),
    ("Quito stood its ground against Lima in the boundary row.", "124", "ECU", "PER"),
    ("Seoul gave Tokyo a dressing down over the textbook revisions.", "111", "KOR", "JPN"),
    ("Berlin piled pressure on Rome to ratify the bailout reform.", "100", "DEU", "ITA"),
    # Backing away is a climb-down, not backing someone.
    ("Caracas backed away from its plan to seize the disputed region.", "080", "VEN", None),
    # Beating a retreat is no beating.
    ("The Houthis beat a retreat from the port city under air attack.", "0874", "YEM", None),
    ("Bahrain pulled its ambassador from Beirut over the remarks.", "161", "BHR", "LBN"),
    ("Riyadh threw a lifeline to Cairo with a deposit at its central bank.", "070", "SAU", "EGY"),
    ("Abu Dhabi pumped billions into Egypt's economy.", "071", "ARE", "EGY"),
    # The parser may read "away" as an adverb heading "from the talks".
    ("Khartoum walked away from the talks with Juba on oil fees.", "164", "SDN", "SSD"),
    ("Tehran put its air defences on a war footing.", "152", "IRN", None),
    ("Beirut put out feelers to the IMF about a new programme.", "036", "LBN", "IGOIMF"),
    # A bill or a record attacked is attacked in words.
    ("Spain's opposition leader attacked the government's amnesty bill.", "111", "ESP", "ESP"),
    ("Moscow laughed off the threat of new sanctions from London.", "120", "RUS", None),
    # A warning sounded to someone is aimed at them; one sounded over something is a worry.
    ("Manila sounded a warning to Beijing over the water cannon attacks.", "130", "PHL", "CHN"),
])
def test_political_idioms_code_what_they_mean(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2024-03-05")
    # A data row names the idiom, so the code is explained and does not hang on the model's guess.
    assert any(e.cameo == cameo and has([e], e.plover, source, target) and e.rule.startswith("verbs.tsv")
               for e in events), [(e.cameo, e.source, e.target, e.rule) for e in events]
    assert not any(e.cameo.startswith("041") for e in events)  # none of them is a phone call


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Nairobi drew sharp criticism from Washington on Monday.", "ACCUSE", "USA", "KEN"),
    ("The plan was met with protests from the opposition in Caracas.", "PROTEST", "VEN", "VEN"),
    ("Kenya received 3 million dollars in aid from Japan.", "AID", "JPN", "KEN"),
])
def test_an_act_received_is_done_by_its_from_phrase_to_the_subject(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.plover, e.source, e.target, e.rule) for e in events]
    assert not has(events, plover, target, source) or source == target


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("The UN called for Israel to withdraw its troops.", "REQUEST", None, "ISR"),
    ("Manila renewed its plea for Abu Sayyaf gunmen to free three fishermen.", "REQUEST", "PHL", "PHL"),
    ("Kenya's defence ministry has put in an urgent request to London for armoured vehicles.",
     "REQUEST", "KEN", "GBR"),
    ("Kabul was offered military aid by New Delhi.", "AGREE", "IND", "AFG"),
    ("U.S. envoy Andrew Natsios said Khartoum had run out of excuses and must open Darfur to the peacekeepers.",
     "REQUEST", "USA", "SDN"),
    ("France will pull its soldiers out of Mali if Bamako keeps delaying the elections, the defence minister "
     "warned.", "THREATEN", "FRA", "MLI"),
    ("Rebels loyal to Riek Machar shelled army positions around Malakal on Monday.", "ASSAULT", "SSD", "SSD"),
    ("Militants kidnapped six oil workers in the Niger Delta.", "ASSAULT", "NGA", "NGA"),
    ("The World Bank held back a loan to Nairobi after the vote was annulled.", "SANCTION", None, "KEN"),
    ("Madrid took a swipe at Rabat over its handling of the migrant crisis.", "ACCUSE", "ESP", "MAR"),
    ("Beijing leapt to the defence of Pyongyang on Wednesday.", "SUPPORT", "CHN", "PRK"),
    ("Moscow rushed to Minsk's defence after the vote.", "SUPPORT", "RUS", "BLR"),
    ("Tehran leapt to Damascus's defence at the summit.", "SUPPORT", "IRN", "SYR"),
    ("The Clinton administration cut off all military ties with Indonesia.", "SANCTION", "USA", "IDN"),
    ("China's security ministry served Kazakh intelligence with a demand to hand over its files.",
     "REQUEST", "CHN", "KAZ"),
    ("Sweden said it might halt its aid to Kampala.", "THREATEN", "SWE", "UGA"),
    ("Belgrade rebuffed a request from the Hague tribunal to hand over the archives.", "REJECT", "SRB", "IGOICTY"),
    ("Moscow-backed separatists shelled Mariupol.", "ASSAULT", "UKR", None),
    ("Russian-speaking students in Riga boycotted classes on Wednesday.", "PROTEST", "LVA", None),
    ("Beijing stepped in with a package of assistance to Cambodia.", "AID", "CHN", "KHM"),
])
def test_who_is_asked_who_speaks_and_whose_actors_these_are(coder, text, plover, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.plover, e.cameo, e.source, e.target, e.rule) for e in events]


def test_a_for_clause_does_not_make_a_phone_call(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The UN called for Israel to withdraw its troops.")
    assert not any(e.cameo == "041" for e in events), [(e.cameo, e.rule) for e in events]


def test_no_longer_negates(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Manila said its navy would no longer take part in joint patrols with Australian ships.")
    cooperation = [e for e in events if e.plover == "COOPERATE"]
    assert cooperation and all(e.status == "negated" for e in cooperation), [(e.plover, e.status) for e in events]
    assert not any(e.plover == "AGREE" and e.status == "asserted" for e in events)


def test_a_word_inside_an_actors_name_is_no_trigger(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The American charge d'affaires in Caracas, Jonathan Reed, said the embassy would stay open.")
    assert not any(e.cameo.startswith("17") for e in events), [(e.cameo, e.rule) for e in events]


def test_troops_fighting_abroad_keep_no_country_from_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    # Unnamed soldiers take the place's country only against that country's own rebels.
    events = code(coder, "Taliban fighters ambushed soldiers near Basra.")
    assert not any(e.target is not None and e.target.code == "IRQMIL" for e in events), [
        (e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A bomb planted by ETA killed two policemen in Bilbao.", "ESP", "ESP"),
    ("A rocket launched from Gaza by Hamas militants struck Sderot.", "PSE", "ISR"),
])
def test_whoever_made_a_weapon_that_struck_acts(coder, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, "ASSAULT", source, target), [(e.source, e.target, e.rule) for e in events]
    assert all(e.source is not None for e in events if e.plover == "ASSAULT")


def test_forces_put_on_alert_are_not_their_own_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Police in Karachi were put on red alert ahead of the Ashura processions.")
              if e.plover == "MOBILIZE"]
    assert events and all(e.target is None or e.target.code != e.source.code for e in events), [
        (e.source, e.target) for e in events]


def test_a_region_is_not_the_country_its_name_holds(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Moscow has expressed a desire for the denuclearization of the Korean peninsula.")
    assert events and not any(e.target is not None and e.target.country == "KOR" for e in events)
    events = code(coder, "Moscow has expressed a desire for peace in the Niger Delta.")
    assert not any(a is not None and a.country == "NER" for e in events for a in (e.source, e.target))
    assert has(code(coder, "Iraqi Kurdistan's government signed an oil deal with Ankara."), "AGREE", "IRQ", "TUR")


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("Israeli troops quit southern Lebanon on Monday.", "0874", "ISR"),
    ("The Tamil Tigers set free 20 Sri Lankan soldiers on Monday.", "0841", "LKA"),
    ("Hezbollah guerrillas set the Israeli hostages free.", "0841", "LBN"),
    ("Tokyo expressed deep regret to Seoul over the sinking of the trawler.", "055", "JPN"),
    ("Police roughed up two foreign reporters in Harare.", "182", "ZWE"),
    ("Bangladesh's military ruler ended four years of martial law on Monday.", "0814", "BGD"),
])
def test_phrasal_resultative_and_place_objects(coder, text: str, cameo: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "1999-01-01")
    assert any(e.cameo == cameo and e.source is not None and e.source.country == source for e in events), [
        (e.cameo, e.source, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("The prime minister quit after a week of protests.", "0831"),  # quitting office is still a concession
    ("The junta silenced its critics in the press.", "1721"),  # silencing critics is still repression
])
def test_verbs_with_an_everyday_sense_keep_their_political_code(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in {e.cameo for e in code(coder, text)}


def test_whoever_orders_an_act_of_its_own_does_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The interior minister of Kenya ordered the expulsion of 30 Somali traders.")
    assert has(events, "COERCE", "KEN", None), [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.cameo == "100" for e in events), "ordering one's own act is no demand"
    assert has(code(coder, "Washington ordered Belgrade to withdraw its troops."), "REQUEST", "USA", "SRB")


def test_troops_backed_by_armour_are_not_supported_by_anyone(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Government soldiers backed by tanks attacked the rebel stronghold of Kailahun.")
    assert not any(e.plover == "SUPPORT" for e in events), [(e.cameo, e.rule) for e in events]
    assert any(e.plover == "SUPPORT" for e in code(coder, "Rebels backed by Rwanda seized the town of Goma."))


def test_a_bare_office_speaking_after_the_quote_threatens_for_its_subject(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Chad may recall its 1,200 soldiers from the UN mission in Mali, the presidency said.")
    assert has(events, "THREATEN", "TCD", None), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hundreds of people marched in Moscow to demand fair elections.", "RUSCVL", "RUSGOV"),
    ("Thousands of Kurds marched in Diyarbakir to demand the right to teach in Kurdish.", "TURCVL", "TURGOV"),
    ("Thousands of Tamils demonstrated in Colombo against the arrests.", "LKACVL", "LKAGOV"),
])
def test_a_crowd_protesting_in_a_city_is_its_people_not_its_government(coder, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "1999-01-01") if e.plover == "PROTEST"]
    assert any(e.source is not None and e.source.code == source and e.target is not None
               and e.target.code == target for e in events), [(e.source, e.target, e.rule) for e in events]


def test_a_month_is_no_march(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Inflation in Zimbabwe passed 2,000 percent in March, the statistics office in Harare said.")
    assert not any(e.plover == "PROTEST" for e in events), [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("The Tamil Tigers declared a unilateral ceasefire on Tuesday.", "0871", "LKAGOV"),
    ("Free Aceh Movement rebels declared a truce to let aid reach the survivors.", "0871", "IDNGOV"),
])
def test_a_rebel_truce_with_no_target_is_towards_its_government(coder, text, cameo, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2005-01-04") if e.cameo == cameo]
    assert events and all(e.target is not None and e.target.code == target for e in events), [
        (e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("The Ethiopian army stopped shelling rebel positions near Mekele on Monday.", "087", "ETH"),
    ("Sri Lankan troops halted bombing Tamil Tiger bases in the north.", "087", "LKA"),
    ("Riot police ceased firing on the crowd after an hour.", "0871", None),
    ("The guerrillas said they would silence their guns from midnight on Friday.", "0871", None),
])
def test_stopping_an_attack_de_escalates_it(coder, text, cameo, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2000-05-02")
    assert any(e.cameo == cameo and (target is None or e.target is not None and e.target.country == target)
               for e in events), [(e.cameo, e.target, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Caracas pulled its ambassador out of Bogota on Thursday.", "161", "VEN", "COL"),
    ("Pakistan's president revoked emergency rule on Saturday.", "0814", "PAK", None),
    ("Jakarta agreed to let a United Nations peacekeeping force into East Timor.", "0861", "IDN", "TLS"),
])
def test_envoys_pulled_out_emergencies_revoked_peacekeepers_let_in(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "1999-09-12")
    assert any(e.cameo == cameo and e.source is not None and e.source.country == source
               and (target is None or e.target is not None and e.target.country == target) for e in events), [
        (e.cameo, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "A magnitude 7.5 earthquake struck Papua New Guinea's highlands on Monday.",
    "Typhoon Haiyan slammed into the central Philippines on Friday.",
    "Cyclone Nargis battered Myanmar's Irrawaddy delta over the weekend.",
])
def test_a_force_of_nature_is_no_actor(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2013-11-08")
    assert not [e for e in events if e.plover], [(e.cameo, e.rule) for e in events]


def test_rebels_striking_a_capital_still_attack(coder) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in {e.plover for e in code(coder, "Rebels struck the capital of Papua New Guinea on Monday.")}


@pytest.mark.parametrize(("text", "threat"), [
    ("Turkey will soon launch a ground offensive against Kurdish militants in Syria, President Erdogan said.", True),
    ("President Erdogan said Turkey would soon launch a ground offensive against Kurdish militants in Syria.", True),
    ("Turkey will close its border with Syria, officials said on Tuesday.", True),
    ("Russia will invade Ukraine within days, President Joe Biden said.", False),
    ("Analysts said Russia would attack Ukraine before the spring.", False),
])
def test_a_hostile_act_its_own_side_announces_is_a_threat(coder, text: str, threat: bool) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2022-11-22")
    by_rule = [e for e in events if e.plover == "THREATEN" and not e.rule.startswith("model:")]
    assert bool(by_rule) is threat, [(e.cameo, e.source, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Indonesia's president released his third pop album on Saturday.", "0841"),
    ("Egypt launched its first communications satellite from French Guiana on Wednesday.", "150"),
    ("A Soyuz rocket carrying two cosmonauts blasted off from Baikonur on Thursday.", None),
    ("Mexico's oil output hit a record high last year.", "190"),
    ("The prime minister and his wife welcomed a baby boy at a London hospital.", "043"),
    ("The Falkland Islands, which Argentina calls the Malvinas, have fewer than 3,000 people.", "041"),
    ("Finland's prime minister married her long-time partner in Helsinki on Saturday.", None),
    ("Japanese novelist Kenzaburo Oe became the second Japanese writer to receive the Nobel prize.", "043"),
    ("Iranian firefighters battled the blaze at the Abadan refinery for a second day.", "190"),
    ("The carmaker fired 300 workers at its plant near Turin.", "190"),
    ("The jailed blogger walked free from a Cairo prison on Tuesday.", "140"),
    ("The parliament building was ringed with riot police as deputies voted.", "041"),
    # A view or a danger, not an act: the model reads nothing into "views ... as", "poses a threat".
    ("Baku regards the separatist militia as a grave security threat.", "130"),
    ("Experts say the crumbling dam poses a threat to three villages.", "130"),
    # People going home hand nothing back; a reporter's formula asks for nothing.
    ("The striker hopes to return to Lagos once the season ends.", "084"),
    ("The general has occupied the post since 2015.", "192"),
    # A war named as the story's background, with no other side named, is no act of the day.
    ("Many teachers left the north during Chad's long civil war.", "190"),
    # Lists, products, sport and money: released, withdrawn or deployed, no act between actors.
    ("Nigeria's football federation released its squad list for the Africa Cup on Monday.", "0841"),
    ("The Swiss seed withdrew from the French Open with a wrist injury.", "0874"),
    ("Peru's central bank deployed 2 billion dollars of its reserves to prop up the sol.", "154"),
])
def test_forms_that_name_no_act(coder, text: str, cameo: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2019-03-01")
    assert not [e for e in events if e.plover] and (cameo is None or cameo not in {e.cameo for e in events}), [
        (e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "assault"), [
    ("Egypt kept the African Nations Cup on Sunday, beating Cameroon 1-0 in the final in Accra.", False),
    ("Brazil thrashed Germany 7-1 in Belo Horizonte on Tuesday.", False),
    ("Kenyan police beat 20 protesters outside parliament on Monday.", True),
    ("Brazil crushed Bolivia 5-0 in a World Cup qualifier in Sao Paulo on Friday night.", False),
    ("India crushed Pakistan by 89 runs in their World Cup clash at Old Trafford on Sunday.", False),
    ("Russian troops crushed the uprising in Grozny within a week.", True),
])
def test_a_game_is_no_assault(coder, text: str, assault: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT" in {e.plover for e in code(coder, text, "2019-06-16")}) is assault


@pytest.mark.parametrize("text", [
    "Heavy snow paralysed Moscow on Friday, stranding drivers for hours.",
    "Dengue fever has spread to all 64 districts of Bangladesh.",
    "A passenger train derailed near Rabat on Tuesday, killing seven people.",
    "Wind-driven wildfires swept into the Canadian town of Fort McMurray, forcing all residents to flee.",
    "A poll showed 62 percent of Mexicans approve of President Lopez Obrador's performance.",
    "Russian shares plunged 12 percent on Tuesday, wiping billions off the value of Gazprom.",
])
def test_weather_and_disease_are_no_actors(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(coder, text, "2019-08-01") if e.plover]


@pytest.mark.parametrize(("text", "cameo"), [
    # A weapon fired in a test or into the sea is a show of force; fired at a place, an attack.
    ("North Korea test-fired two ballistic missiles on Thursday.", "150"),
    ("North Korea fired artillery shells into the sea near the maritime border.", "150"),
    ("Russia fired missiles into Kyiv overnight.", "195"),
    # Drills held together are military cooperation; held alone, a show of force.
    ("The United States and South Korea began joint military exercises on Monday.", "062"),
    ("China launched military drills around Taiwan on Saturday.", "150"),
])
def test_weapons_tests_and_joint_drills(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2023-03-13")
    assert cameo in {e.cameo for e in events if not e.rule.startswith("model")}, [(e.cameo, e.rule) for e in events]
    if cameo != "195":
        assert "ASSAULT" not in {e.plover for e in events if not e.rule.startswith("model")}


@pytest.mark.parametrize(("text", "cameo"), [
    # A formal charge accuses (PLOVER ACCUSE); the arrest beside it restrains (COERCE).
    ("Prosecutors indicted the former president on corruption charges.", {"1121"}),
    ("Police arrested and charged two men over the attack.", {"173", "1121"}),
])
def test_charges_accuse_and_arrests_coerce(coder, text: str, cameo: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {e.cameo for e in code(coder, text) if not e.rule.startswith("model")} == cameo


def test_the_army_wounded_is_still_an_assault(coder) -> None:  # type: ignore[no-untyped-def]
    # "wound up" ended a blockade; "wounded" hurts people.
    assert "ASSAULT" in {e.plover for e in code(coder, "The army wounded three protesters.")}


@pytest.mark.parametrize(("text", "threat"), [
    # A hostile act its own side says it may take threatens, as one it says it will take does.
    ("Kigali may cut diplomatic links with Paris, Rwandan Foreign Minister Charles Murigande said on Tuesday.", True),
    ("Kigali may cut diplomatic links with Paris, French Foreign Minister Bernard Kouchner said on Tuesday.", False),
])
def test_own_side_may_threatens(coder, text: str, threat: bool) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2006-11-21") if not e.rule.startswith("model")}
    assert ("1313" in codes) is threat, codes


@pytest.mark.parametrize(("text", "plover"), [
    # A meeting called off is refused (PLOVER REJECT); talks broken off reduce relations (SANCTION).
    ("President Barack Obama has scrapped a planned Moscow summit with Vladimir Putin.", "REJECT"),
    ("Trump called off a secret meeting with Taliban leaders at Camp David.", "REJECT"),
    ("The opposition pulled out of the talks with the government.", "SANCTION"),
])
def test_meetings_called_off_and_talks_broken_off(coder, text: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    assert plover in {e.plover for e in code(coder, text, "2013-08-07") if not e.rule.startswith("model")}


@pytest.mark.parametrize(("text", "hosted"), [
    # Receiving a loan or an apology hosts no one; the loan or the apology is the act.
    ("Romania received a $500 million loan from the IMF.", False),
    ("Kyiv received an apology from Warsaw.", False),
    ("Putin received Kim Jong Un at the Kremlin.", True),
    # Only someone is received as a guest: a named person, group or country, or "him".
    ("Armenia received a shipment of howitzers from India.", False),
    ("Taiwan received two frigates from France.", False),
    ("Xi received him in the Great Hall of the People.", True),
    ("Kim Jong Un was received by Putin in Vladivostok.", True),
])
def test_received_things_are_no_visits(coder, text: str, hosted: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("043" in {e.cameo for e in code(coder, text, "2019-04-25")}) is hosted


def test_the_model_reads_a_thing_received_as_given_by_its_from_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Armenia received a shipment of howitzers from India.", "2019-04-25")
    assert has(events, "AID", "IND", "ARM") and not has(events, "AID", "ARM", "IND"), [
        (e.plover, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Troops ringed the presidential palace in Bamako.", "191"),
    ("Macron rang Putin on Tuesday.", "041"),
    ("Britain put 40 Albanian migrants on a plane to Tirana on Thursday.", "174"),
    ("Russia's threat to cut gas supplies to Ukraine alarmed Europe.", "1311"),  # the threatened act names the threat
    ("Britain returned the looted bronzes to Nigeria.", "0842"),
    ("Iraq returned the seized land to Kuwait.", "0842"),
    ("Rebels occupied the town of Kidal.", "192"),
    ("Egypt maintained that Israel was at fault.", "010"),
    ("Washington pressed Seoul to pay more for US troops.", "020"),
    ("Prosecutors arraigned the former mayor on corruption charges.", "1121"),
    ("Ethiopia's war with Eritrea killed 80,000 people.", "190"),
    ("The conflict between Armenia and Azerbaijan flared again.", "190"),
])
def test_the_acts_beside_those_forms_still_code(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2019-04-25")
    assert cameo in {e.cameo for e in events}, [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Paris maintains a naval base in Abu Dhabi.",
    "Ankara can press ahead with its plans for a buffer zone.",
    "A Danish nurse, who declined to be named, said the ward was full.",
])
def test_keeping_pressing_on_and_anonymity_are_no_statements_or_appeals(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2019-04-25")
    assert not {e.cameo for e in events} & {"010", "020", "011", "122"}, [(e.cameo, e.rule) for e in events]


def test_news_media_are_no_addressees(coder) -> None:  # type: ignore[no-untyped-def]
    told = code(coder, "The defence minister told Reuters the base would stay open.", "2019-04-25")
    assert "010" in {e.cameo for e in told}
    assert all(e.target is None or e.target.sector != "MED" for e in told), [(e.cameo, e.target) for e in told]


@pytest.mark.parametrize(("text", "source"), [
    ("Labour's Diane Abbott met Pakistan's high commissioner in London.", None),
    ("Abbott met Obama in Washington on Tuesday.", "AUSELI"),
    # Out of office in 2020, but the text's title says he met Obama as prime minister.
    ("Australian prime minister Tony Abbott met Obama in Washington.", "AUSGOV"),
])
def test_a_leaders_surname_in_another_persons_name_is_not_the_leader(coder, text: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2020-01-01")
    codes = {e.source.code for e in events if e.source is not None}
    assert (source in codes) if source else not any(c.startswith("AUS") for c in codes), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "day", "codes"), [
    # A capitalised word that names no one, joined by a hyphen, makes the surname another person's.
    ("Yunus-Bek Yevkurov, Russia's deputy defence minister, held talks with the junta's leader in Niamey.",
     "2025-01-10", {"RUSGOV", "NERGOV"}),
    # Guards: a particle before a surname, and two leaders' names joined by a hyphen.
    ("Al-Sisi met Netanyahu in Sharm el-Sheikh on Sunday.", "2018-05-01", {"EGYGOV", "ISRGOV"}),
    ("The Erdogan-Putin talks in Sochi produced a deal on Idlib.", "2018-09-17", {"RUSGOV", "TURGOV"}),
])
def test_a_name_joined_by_a_hyphen(coder, text: str, day: str, codes: set[str]) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, day)
    found = {a.code for e in events for a in (e.source, e.target) if a is not None}
    assert found == codes, [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "day", "cameo", "source", "target"), [
    ("EU foreign ministers gathered in Luxembourg on Monday. The bloc urged Serbia to accept Kosovo's licence plates.",
     "2022-10-17", "0255", "IGOEUREEC", "SRB"),
    ("Speaking at an EU summit in Brussels, Moldova's president urged the bloc's leaders to open accession talks.",
     "2023-12-14", "020", "MDAGOV", "IGOEUREEC"),
])
def test_the_bloc_is_the_body_named_before(coder, text: str, day: str, cameo: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, day)
    assert any(e.cameo == cameo and e.source is not None and e.source.code == source
               and e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Three Afghan soldiers were killed in an ambush by Taliban fighters in Helmand.", "AFGTAL", "AFGMIL"),
    ("Five Somali soldiers were killed in clashes with al-Shabaab militants near Baidoa.", "SOMSHB", "SOMMIL"),
])
def test_the_dead_of_a_fight_were_killed_by_its_other_side(coder, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2019-06-01")
    assert any(e.trigger.text.endswith("killed") and e.source is not None and e.source.code == source
               and e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target, e.trigger.text) for e in events]


def test_the_kingdom_is_the_country_of_the_person_named_before(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Adel al-Jubeir told reporters the kingdom would recall its ambassador from Stockholm.",
                  "2016-03-18")
    assert any(e.cameo == "161" and e.source is not None and e.source.country == "SAU" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source"), [
    # The parser hangs the participle on the reported clause, whose subject is no one: the speaker demands.
    ("Viktor Orban said on Friday that the plan was unacceptable, demanding that Brussels release the frozen "
     "funds.", "100", "HUNGOV"),
])
def test_a_speakers_participle_after_a_reported_clause_is_the_speakers(coder, text: str, cameo: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2022-12-02")
    assert any(e.cameo == cameo and e.source is not None and e.source.code == source for e in events), \
        [(e.cameo, e.source, e.target) for e in events]
    # Guard: an act that is done, not said, is not the speaker's.
    events = code(coder, "Kenyan police said a bomb went off in a Mandera market, killing nine traders.", "2022-12-02")
    assert not any(e.source is not None and e.source.sector == "COP" and e.cameo[:2] in ("18", "19", "20")
                   for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_any_military_action_has_not_been_taken(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Deputies in Rome will debate any military action against Libya on Thursday.", "2019-04-25")
    force = [e for e in events if e.cameo.startswith("19")]
    assert force and all(e.status == "possible" for e in force), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("The junta launched a military action into the rebel-held valley on Sunday.", "19"),
    ("Ecuador launched legal action against Colombia over the spraying.", "115"),
    ("Finland joined a military alliance after decades of neutrality.", "05"),
])
def test_an_object_that_ends_a_longer_event_noun_is_that_noun(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2021-03-02")}
    assert any(c.startswith(cameo) for c in codes), codes
    assert cameo == "115" or "115" not in codes, codes


def test_two_who_discuss_a_topic_are_each_others_counterparts(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Meeting on the sidelines of the Amazon summit, Lula and Petro discussed Venezuela.", "2023-08-09")
    pairs = {(e.trigger.text, e.source.country, e.target.country) for e in events
             if e.cameo.startswith("04") and e.source is not None and e.target is not None}
    assert {("discussed", "BRA", "COL"), ("discussed", "COL", "BRA")} <= pairs, pairs
    assert not any(target == "VEN" for _, _, target in pairs), pairs


def test_whom_they_met_to_discuss_a_topic_is_the_counterpart(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Wang Yi met Lavrov in Moscow on Tuesday to discuss Afghanistan.", "2023-04-11")
    discussed = [e for e in events if e.trigger.text == "discuss"]
    assert discussed and all(e.target is not None and e.target.country == "RUS" for e in discussed), \
        [(e.trigger.text, e.target and e.target.code) for e in events]


def test_a_phone_call_is_a_consultation_not_an_appeal(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Macron's telephone call with Tinubu lasted an hour.", "2023-09-06")
    assert any(e.cameo == "041" for e in events) and not any(e.cameo.startswith("02") for e in events), \
        [(e.cameo, e.rule) for e in events]


def test_he_in_reported_speech_is_the_speaker(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ghana's finance minister said he had asked Beijing for debt relief.", "2022-12-02")
    asks = [e for e in events if e.cameo.startswith("02") and not e.rule.startswith("model:")]
    assert asks and all(e.source is not None and e.source.country == "GHA" for e in asks), \
        [(e.cameo, e.source and e.source.code) for e in asks]


@pytest.mark.parametrize("text", [
    "Support for the governing coalition slipped to 38 percent in the latest survey.",
    "Demand for Zambian cobalt rose sharply last year, the central bank said.",
])
def test_support_or_demand_that_rises_or_falls_is_a_figure(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    rules = [(e.cameo, e.rule) for e in code(coder, text, "2021-03-02") if e.plover and not e.rule.startswith("model:")]
    assert rules == [], rules


@pytest.mark.parametrize("text", [
    "Bangladesh's transport ministry blamed the delays on the heavy monsoon rains.",
    "Farmers' leaders blamed the drought for the poor harvest.",
])
def test_blaming_the_weather_accuses_no_one(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2021-03-02")
    assert not any(e.plover == "ACCUSE" for e in events), [(e.cameo, e.rule) for e in events]


def test_blaming_an_actor_is_still_an_accusation(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Nairobi blamed the bombing on al-Shabaab.", "2021-03-02")
    assert any(e.plover == "ACCUSE" and not e.rule.startswith("model:") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    # A ban on trade is an embargo; a ban on anything else stays an administrative one.
    ("Seoul lifted its ban on Japanese fish imports on Monday.", "085"),
    ("Jakarta imposed a ban on palm oil exports last week.", "163"),
    ("Riyadh lifted the ban on women driving in 2018.", "081"),
    # Material cooperation said another way.
    ("Ankara shared video footage of the raid with Baghdad.", "064"),
    ("Djibouti opened its airfield to Japanese patrol planes.", "062"),
])
def test_the_object_decides_the_code(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2022-05-02") if not e.rule.startswith("model:")}
    assert cameo in codes, codes


@pytest.mark.parametrize(("text", "target"), [
    ("Riyadh eased its blockade of Qatar on Thursday.", "QAT"),
    ("Israel halted its shelling of Gaza on Monday.", "PSE"),
])
def test_the_act_named_by_the_object_falls_on_its_of_phrase_not_on_the_day(coder, text: str,  # type: ignore[no-untyped-def]
                                                                            target: str) -> None:
    events = [e for e in code(coder, text, "2021-03-02") if not e.rule.startswith("model:") and e.cameo.startswith("08")]
    assert events and all(e.target is not None and e.target.country == target for e in events), \
        [(e.cameo, e.target and e.target.code) for e in events]


def test_money_released_is_aid_not_a_release_of_people(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Washington released 40 million dollars in aid to Honduras.", "2021-03-02")
    codes = {e.cameo for e in events if not e.rule.startswith("model:")}
    assert "071" in codes and "0841" not in codes, codes


@pytest.mark.parametrize(("text", "cameo"), [
    ("Moscow threw out three Estonian diplomats on Friday.", "161"),
    ("A Russian attache was declared persona non grata by Tallinn on Friday.", "161"),
    ("The opposition leader was struck off the electoral roll by the court.", "1722"),
])
def test_forms_of_expulsion_and_barring(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2021-03-02") if not e.rule.startswith("model:")}
    assert cameo in codes and not any(c.startswith("19") for c in codes), codes


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Beijing stopped disbursing loans for the railway to Nairobi in 2019.", "1621", "CHN", "KEN"),
    ("Ankara halted sharing intelligence with Baghdad last year, officials said.", "160", "TUR", "IRQ"),
])
def test_a_cooperative_act_stopped_is_a_reduction_of_relations(coder, text: str, cameo: str, source: str,  # type: ignore[no-untyped-def]
                                                                target: str) -> None:
    events = code(coder, text, "2021-03-02")
    halts = [e for e in events if e.rule.startswith("halt_codes.tsv")]
    assert [(e.cameo, e.status, e.source.country, e.target.country) for e in halts] == [(cameo, "asserted", source, target)]
    assert all(e.status == "negated" for e in events if e.plover in ("AID", "COOPERATE") and not e.rule.startswith("model:"))


def test_an_attack_stopped_is_no_reduction_of_relations(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The army stopped shelling the border villages on Friday.", "2021-03-02")
    assert not any(e.rule.startswith("halt_codes.tsv") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Jailed dissidents in Baku launched a hunger strike over their conditions.", "142"),
    ("Dockworkers' unions launched a general strike over the port sale.", "143"),
    ("The coalition launched strikes on militia depots near the river.", "195"),
])
def test_a_longer_noun_of_another_sense_is_not_the_bare_words_act(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    rules = {e.cameo for e in code(coder, text, "2021-03-02") if not e.rule.startswith("model:")}
    assert cameo in rules, rules
    assert cameo == "195" or not any(c.startswith("19") for c in rules), rules


@pytest.mark.parametrize("text", [
    "Tehran's threat to shut the strait to tankers rattled oil markets.",
    "Qatar's efforts to free the kidnapped engineers have stalled.",
    "The militia made a bid to seize the airport from government troops.",
])
def test_an_act_threatened_or_attempted_has_not_been_done(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    acts = [e for e in code(coder, text, "2021-03-02") if e.cameo[:2] in ("08", "16", "17", "19")
            and not e.rule.startswith("model:")]
    assert acts and all(e.status == "possible" for e in acts), [(e.cameo, e.status, e.rule) for e in acts]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Somalia's interior minister survived an assassination attempt by al-Shabaab in Mogadishu.", "185", "SOMSHB", "SOM"),
    ("The Chadian patrol survived an ambush by Boko Haram near the lake.", "190", "NGABKH", "TCD"),
    ("Haiti's prime minister escaped an assassination attempt on Sunday.", "185", None, "HTI"),
])
def test_whoever_survives_an_attack_is_its_target(coder, text: str, cameo: str, source: str | None, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2022-05-09") if e.cameo == cameo]
    assert events, [(e.cameo, e.source, e.target) for e in code(coder, text, "2022-05-09")]
    event = events[0]
    assert event.target is not None and event.target.country == target, (event.source, event.target)
    assert source is None and event.source is None or event.source is not None and source in (event.source.code, event.source.country)


def test_two_air_forces_striking_together_do_not_strike_each_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "French and British air strikes pounded the rebel stronghold overnight.", "2011-04-02")
    pairs = {(e.source.country, e.target.country) for e in events
             if e.plover == "ASSAULT" and e.source is not None and e.target is not None}
    assert {("FRA", "GBR"), ("GBR", "FRA")}.isdisjoint(pairs), pairs
    clash = code(coder, "Thai and Cambodian troops clashed near the temple on Friday.", "2011-04-02")
    assert has(clash, "ASSAULT", "THA", "KHM") and has(clash, "ASSAULT", "KHM", "THA")


def test_an_ally_fought_alongside_is_not_the_foe(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Hezbollah fighters fought alongside Syrian government troops near Qusayr.", "2013-05-20")
    fights = [e for e in events if e.plover == "ASSAULT"]
    assert fights and all(e.target is None or e.target.country != "SYR" for e in fights), \
        [(e.source, e.target) for e in fights]


@pytest.mark.parametrize(("text", "cameo"), [
    ("The governing coalition holds 212 of the 350 seats, its slimmest margin since 1996.", None),
    ("The reports of shelling near the dam could not be independently verified.", None),
    ("Five years of fighting have killed some 20,000 people in the province.", None),
    ("The insurgency has killed more than 40,000 people since 2009.", None),
    ("Malian troops still hold the town after the rebels withdrew.", "192"),
    ("Rebels killed 14 soldiers in an ambush on Friday.", "19"),
])
def test_a_seat_count_a_reporters_check_and_a_wars_toll_are_no_acts(coder, text: str, cameo: str | None) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2020-07-14") if not e.rule.startswith("model:")}
    assert any(c.startswith(cameo) for c in codes) if cameo else not {c for c in codes if c[:2] in ("09", "18", "19", "20")}, codes


def test_fighting_between_two_sides_is_each_on_the_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Fighting between the army and the rebels flared again on Tuesday.", "2019-02-12")
    pairs = {(e.source.sector, e.target.sector) for e in events
             if e.plover == "ASSAULT" and e.source is not None and e.target is not None}
    assert {("MIL", "REB"), ("REB", "MIL")} <= pairs, pairs


def test_fighting_between_two_peoples_forces_is_each_on_the_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Fighting between Eritrean and Ethiopian troops broke out near Badme.", "1998-05-14")
    pairs = {(e.source.country, e.target.country) for e in events
             if e.plover == "ASSAULT" and not e.rule.startswith("model:") and e.source is not None and e.target is not None}
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= pairs, pairs


def test_those_killed_alongside_others_are_victims_too(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A man was killed alongside a Kenyan soldier near the camp.", "2016-08-03")
    assault = [e for e in events if e.plover == "ASSAULT"]
    assert assault and all(e.target is not None and e.target.country == "KEN" for e in assault), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_loan_received_is_given_by_its_lender(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Moldova received a $90 million tranche of its IMF loan on Thursday.")
    aid = [e for e in events if e.plover == "AID"]
    assert aid and all(e.source is not None and e.source.code == "IGOIMF" for e in aid), events
    assert all(e.target is not None and e.target.country == "MDA" for e in aid), events


@pytest.mark.parametrize("text", [
    "Nearly three million German tourists visited Greece last summer.",
    "Cruise passengers toured the old town of Dubrovnik on Sunday.",
])
def test_tourists_visits_are_no_diplomacy(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(coder, text) if e.plover], text


def test_an_attack_on_tourists_still_codes(coder) -> None:  # type: ignore[no-untyped-def]
    assert has(code(coder, "Gunmen attacked a bus carrying tourists near Luxor."), "ASSAULT", None, None)


def test_no_intention_of_freeing_them_is_a_refusal(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Azerbaijan has no intention of freeing the Armenian detainees, its foreign minister said.")
    refusal = [e for e in events if e.cameo == "1243"]
    assert refusal and refusal[0].status == "asserted", [(e.cameo, e.status) for e in events]
    assert refusal[0].source is not None and refusal[0].source.country == "AZE"


@pytest.mark.parametrize(("text", "name"), [
    ("Indian warships were deployed to the Gulf of Aden on Monday.", "Gulf of Aden"),
    ("Pirates boarded a tanker in the Gulf of Guinea on Friday.", "Gulf of Guinea"),
    # "The Gulf" of news copy is the Persian Gulf, not Papua New Guinea's Gulf Province.
    ("The Revolutionary Guards seized a Greek tanker in the Gulf on Thursday.", "Persian Gulf"),
])
def test_a_sea_named_with_of_is_placed_whole(coder, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert events and all(e.location is None or e.location.name == name for e in events), \
        [(e.location, e.source, e.target) for e in events]
    assert not any(a is not None and a.country in ("PNG", "GIN") for e in events for a in (e.source, e.target))


@pytest.mark.parametrize("text", [
    "Militants ambushed a convoy in the Delta on Sunday.",
    "Pirates seized a fishing boat off the Horn last week.",
    "Soldiers raided a rebel camp in the Highlands.",
])
def test_a_word_written_with_the_is_no_foreign_town(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert events and all(e.location is None for e in events), [e.location for e in events]
    assert not any(a is not None and a.country for e in events for a in (e.source, e.target))


@pytest.mark.parametrize(("text", "country"), [
    ("Chad Daybell was sentenced to death in Idaho on Saturday.", "TCD"),
    ("Basketball great Michael Jordan praised the Chicago mayor.", "JOR"),
])
def test_a_country_inside_another_persons_name_is_no_state(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not any(a is not None and a.country == country for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]
    # A guard: the country named alone is still the state.
    events = code(coder, f"{'Chad' if country == 'TCD' else 'Jordan'} condemned the raid on the refugee camp.")
    assert any(e.source is not None and e.source.country == country for e in events)


def test_the_hague_keeps_its_the(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the rule above: the one town news copy writes with "the".
    events = code(coder, "Belgrade and Pristina resumed talks in The Hague on Monday.")
    assert events and all(e.location is not None and e.location.country == "NLD" for e in events)


def test_a_state_is_placed_in_the_story_s_country(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Nigerian police arrested 40 people in Plateau state after the riots.")
    assert events and all(e.location is not None and e.location.country == "NGA" for e in events), \
        [e.location for e in events]


def test_a_participles_noun_underwent_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The four Russian diplomats expelled by Poland left Warsaw on Friday.")
    expulsion = [e for e in events if e.cameo.startswith(("174", "166", "161"))]
    assert expulsion, [(e.cameo, e.source, e.target) for e in events]
    assert expulsion[0].source is not None and expulsion[0].source.country == "POL"
    assert expulsion[0].target is not None and expulsion[0].target.country == "RUS"


def test_a_relative_clause_in_the_passive_names_no_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Shabab fighters, who were blamed for the bombing in Mogadishu, freed two aid workers.")
    blame = [e for e in events if e.plover == "ACCUSE"]
    assert not any(e.source is not None and "SHB" in (e.source.code or "") for e in blame), \
        [(e.cameo, e.source, e.target) for e in events]


def test_pro_russian_fighters_are_not_russian(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Pro-Russian rebels shelled Ukrainian positions near Avdiivka on Sunday.")
    assert has(events, "ASSAULT", "UKR", "UKR"), [(e.cameo, e.source, e.target) for e in events]


def test_military_style_weapons_are_no_military(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Australia will outlaw military-style rifles, the prime minister said.")
    assert not any(a is not None and a.sector == "MIL" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Colombia sent 3,000 soldiers to Cauca after FARC dissidents attacked a police station there.", "154"),
    ("Rwanda sent 1,000 troops to the Central African Republic.", "074"),
])
def test_troops_sent_among_ones_own_people_are_a_build_up(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Riot police were bussed into the centre of Yerevan as the protest grew.", "153"),
    ("Ankara rushed masks, test kits and four virologists to Bosnia on Friday.", "073"),
    ("Georgia and Armenia initialled a border agreement on Tuesday.", "057"),
    ("Mali ordered out the Danish special forces contingent.", "166"),
    ("The Nigerian president lavished praise on the army after the rescue.", "051"),
    ("The two rival Libyan governments put pen to paper on a unity accord in Rabat on Friday.", "057"),
    ("Ruling party activists handed out bags of maize and cash to voters across the district.", "070"),
    ("Tehran warned of a crushing response to any Israeli strike on its nuclear sites.", "138"),
    ("Ethiopia's army chief vowed a fresh offensive against the rebels in Amhara.", "138"),
    ("Nigeria held Boko Haram responsible for the abduction of the schoolgirls.", "112"),
    ("The speaker suspended twelve opposition legislators from the Kenyan assembly for a week.", "172"),
    ("Belgrade handed the Bosnian Serb army three tanks and a battery of howitzers.", "072"),
    ("Seoul accepted Tokyo's apology for the remarks on Thursday.", "056"),
    ("Peru's nationwide state of emergency has been cancelled, the president wrote on Monday.", "0814"),
    ("Kyrgyzstan stood down its reservists along the Tajik border on Friday.", "0873"),
    ("Moscow defended Belgrade's record on minority rights at the Council of Europe.", "052"),
    ("Turkey signed a deal to buy forty fighter jets from Sweden.", "0312"),
    ("Moscow to hand back three seized Ukrainian tugboats, an official says", "0353"),
    ("Pakistan said it might release the captured Indian pilot as a gesture of peace.", "0353"),
    # Battalions sent to one's own border are a posture, not protection given.
    ("Azerbaijan dispatched three more battalions to its frontier with Armenia on Sunday.", "154"),
    ("Congress held up $300 million in security aid to Egypt over human rights.", "162"),
    ("Japan committed $1 billion for Sri Lanka's reconstruction after the tsunami.", "0331"),
    ("Iran ferried rockets to Houthi fighters aboard fishing dhows, the report said.", "072"),
    ("The US president federalized 4,000 National Guard troops on Sunday.", "154"),
    ("Jordanian intelligence passed Israel warnings about the plot weeks earlier.", "064"),
    ("Kurdish families petitioned Baghdad to release their detained sons.", "0253"),
    ("Armenian and Azerbaijani diplomats sat down for talks in Geneva on Friday.", "040"),
    ("Pakistan placed the water-sharing treaty with India in abeyance after the attack.", "160"),
    # A headline's verb tagged a noun still governs its "to" clause.
    ("Ethiopia and Eritrea pledge to settle border dispute through talks", "037"),
    # A penalty dealt "with" a force verb is the penalty.
    ("Washington hit Turkish steel with a 50 percent tariff on Friday.", "163"),
    ("Kabul and Islamabad resumed cross-border freight shipments after a month.", "061"),
    ("The two delegations initialled a protocol on fishing rights in Dakar.", "057"),
    ("Tunisia's president pardoned the imprisoned bloggers on the eve of the holiday.", "0841"),
    ("Ottawa lifted a range of trade sanctions on Caracas on Thursday.", "085"),
    # The own side's "would" in reported speech offers cooperation, as "will" does.
    ("Kenya's interior minister said Nairobi would help Uganda's inquiry into the blasts.", "0313"),
    ("Pyongyang said it would quit the nuclear treaty if Washington kept up its drills.", "131"),
    ("Brussels postponed aid payments to Bamako after the coup.", "162"),
    ("Washington held back deliveries of attack helicopters to Baghdad.", "1622"),
    ("A protester slapped the prime minister across the face in Lyon.", "182"),
    ("Dock workers in Durban stopped work on Monday over unpaid wages.", "143"),
    ("Tehran's supreme leader banned any talks with the Americans.", "125"),
    # A particle that makes another verb: "called back" and "called off" are no phone calls.
    ("Warsaw called back its envoy from Minsk on Tuesday.", "161"),
    ("Beijing called off its naval exercises off Taiwan after the vote.", "087"),
    ("Tokyo wound up its live-fire drills near the Kuril Islands.", "087"),
    ("Chancellor Scholz called up Emmanuel Macron on Sunday.", "041"),
    ("France killed a Security Council draft on Rwanda.", "129"),
    ("Manila gave Beijing a dossier on the reef incursions.", "064"),
    ("Washington rushed anti-aircraft batteries to Riyadh.", "072"),
    ("The Kenyan foreign ministry said it was in close contact with Addis Ababa.", "040"),
    # A suspect handed over to stand trial is judicial cooperation, not a surrender of arms.
    ("Belgrade surrendered the former general to the Hague tribunal to stand trial.", "063"),
    ("Caracas stood by Tehran throughout the nuclear dispute.", "052"),
    ("Militiamen set the opposition party's offices ablaze in Harare.", "1712"),
    ("Quito informed Washington it was terminating the air base lease agreement.", "127"),
    ("The Kurdish parties will boycott the peace congress in Sochi.", "125"),
    ("Belgium's king said sorry for the colonial abuses in Congo.", "055"),
])
def test_more_verb_forms(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_an_agreement_to_act_is_a_commitment(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Serbia and Kosovo reached an agreement to withdraw police from the northern border crossings.")
    assert has(events, "AGREE", "SRB", None), [(e.cameo, e.source, e.target) for e in events]
    assert all(e.status == "planned" for e in events if e.plover == "RETREAT")


def test_seeking_office_is_no_request(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Senegal's president Macky Sall will seek a third term in February.")
    assert not any(e.plover == "REQUEST" for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_a_documentary_praising_no_one_acts(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The documentary, which praises the Chilean rescue teams, won an award in Berlin.")
    assert not [e for e in events if e.plover], [(e.cameo, e.source, e.target) for e in events]


def test_one_target_named_twice_codes_one_event(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Cuba flew 30 doctors and nurses to Calabria on Monday.")
    keys = [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.trigger.start) for e in events]
    assert events and len(keys) == len(set(keys)), keys


def test_the_trigger_word_is_not_its_own_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russian peacekeepers rolled into the Lachin corridor on Tuesday.")
    aid = [e for e in events if e.plover == "AID"]
    assert aid and all(e.target is None or e.target.code != "RUSMIL" for e in aid), \
        [(e.cameo, e.source, e.target, e.trigger) for e in events]


def test_two_sides_agreeing_a_ceasefire_cease_fire_on_each_other(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Sudanese and South Sudanese commanders agreed on Friday to a ceasefire after talks hosted by Ethiopia.")
    truce = [e for e in events if e.cameo == "0871"]
    pairs = {(e.source and e.source.country, e.target and e.target.country) for e in truce}
    assert ("SDN", "SSD") in pairs and ("SSD", "SDN") in pairs, pairs


def test_the_place_words_were_said_in_is_no_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Armenia is ready to sign a peace treaty, its foreign minister told reporters in Vienna.")
    assert events and not any(e.target is not None and e.target.country == "AUT" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_one_killed_in_a_strike_was_killed_by_its_owner(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Two Hezbollah commanders were killed in an Israeli drone strike near Tyre on Monday.")
    killing = [e for e in events if e.trigger.text.startswith("killed") or "killed" in e.trigger.text]
    assert killing and all(e.source is not None and e.source.country == "ISR" for e in killing), \
        [(e.cameo, e.source, e.target, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Turkish troops entered the UN-patrolled buffer zone in Cyprus.",
    "Gunmen attacked a UN-monitored camp near Bunia.",
])
def test_a_hyphened_sponsor_is_no_party(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert events and not any(a is not None and (a.code or "").startswith("IGO") for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "group"), [
    ("A car bomb blamed on the Shabab killed nine soldiers in Mogadishu.", "SOMSHB"),
    ("Four people died in an attack blamed on Boko Haram near Maiduguri.", "NGABKH"),
])
def test_an_attack_blamed_on_a_group_is_the_groups(coder, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.plover == "ASSAULT" and e.source is not None and e.source.code == group for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_act_put_as_whether_to_do_it_is_open(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Officials in Accra said a decision on whether to recall the ambassador from Abuja would come next month.")
    recall = [e for e in events if e.plover == "SANCTION"]
    assert recall and all(e.status == "possible" for e in recall), [(e.cameo, e.status) for e in events]


def test_a_body_given_its_country_by_the_place_sends_no_troops_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Parliament will vote next week on whether to send troops to Somalia.")
    assert not any(e.cameo == "154" for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_people_hit_by_a_flood_were_attacked_by_no_one(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The cabinet approved cash handouts for 300,000 farmers hit by the floods in Sindh.")
    assert any(e.cameo == "071" for e in events), [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.plover == "ASSAULT" for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_a_deal_brokered_by_a_third_party_is_no_pledge_and_not_the_brokers(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ethiopia and Eritrea restored diplomatic ties under an accord brokered by the Saudi government.")
    assert not any(e.rule.startswith("intent_codes") for e in events), [(e.cameo, e.rule) for e in events]
    assert not any(e.cameo == "057" and e.source is not None and e.source.country == "SAU" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_conjoined_passives_share_their_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Three journalists were beaten and detained by Belarusian riot police on Sunday.")
    for verb in ("beaten", "detained"):
        assert any(e.trigger.text == verb and e.source and e.source.code == "BLRCOP" for e in events), \
            [(e.cameo, e.source, e.target, e.trigger.text) for e in events]
    # A conjunct with its own auxiliaries is a verb group of its own, with its own "by".
    events = code(coder, "The enclave was recognised as part of Azerbaijan and has been controlled by Armenian "
                         "forces since 1994.")
    assert not any(e.trigger.text == "recognised" and e.source is not None and e.source.country == "ARM"
                   for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "doer"), [
    ("The Pakistani Taliban claimed responsibility for Tuesday's bombing of a police post in Peshawar.", "PAKTTP"),
    ("Ankara blamed the PKK for the car bombing near a bus station in Kayseri.", "TURPKK"),
])
def test_who_claims_or_is_blamed_for_an_attack_did_it(coder, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.plover == "ASSAULT" and e.trigger.text.endswith("bombing") and e.source and e.source.code == doer
               for e in events), [(e.cameo, e.source, e.target, e.trigger.text) for e in events]


def test_denying_an_attack_names_no_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The PKK denied responsibility for the car bombing near a bus station in Kayseri.")
    assert not any(e.trigger.text.endswith("bombing") and e.source and e.source.code == "TURPKK" for e in events)


def test_what_an_agreement_allows_is_not_done_now(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Mali tore up a 2014 defence agreement allowing French troops to operate from its bases.")
    assert not any(e.trigger.text == "allowing" for e in events), [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Truckers closed the Pan-American Highway south of Lima on Monday.", "USA"),
    ("Police in Managua raided the offices of a Central American rights group on Friday.", "USA"),
    ("Jihadists killed 30 villagers in Solhan overnight, officials in Burkina Faso said.", "TUR"),
])
def test_names_that_only_look_like_a_country(coder, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    countries = {a.country for e in events for a in (e.source, e.target) if a is not None}
    assert events and wrong not in countries, [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "code_"), [
    ("The Lok Sabha passed a motion condemning Pakistan on Thursday.", "INDLKS"),
    ("Norway's Storting voted to suspend cooperation with Moscow.", "NORSTO"),
])
def test_legislatures_by_their_own_names(coder, text: str, code_: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.source and e.source.code == code_ and e.source.sector == "LEG" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_pair_whose_talks_are_mediated_is_mediated(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Negotiations between Armenia and Azerbaijan were mediated by Kazakhstan in Almaty.")
    assert has(events, "CONSULT", "KAZ", "ARM") and has(events, "CONSULT", "KAZ", "AZE"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_role_word_is_placed_by_its_own_place_name(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Darfur rebels met Sudanese officials in Doha.")
    assert any(e.source and e.source.code == "SDNREB" for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "absent"), [
    # Accords named for a city are not its state's.
    ("Moscow accused Kyiv of violating the Minsk agreements.", "BLR"),
    # A state body named like another country's is its possessor's.
    ("South Korea's Joint Chiefs of Staff said the North fired two missiles into the sea.", "USA"),
])
def test_a_name_that_suggests_a_country_does_not_make_it_an_actor(coder, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    countries = {a.country for e in events for a in (e.source, e.target) if a is not None}
    assert events and absent not in countries, [(e.cameo, e.source, e.target) for e in events]


def test_a_participle_after_the_speaker_goes_with_the_report(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Gunmen stormed a hotel in Mogadishu, police said, killing at least nine guests.")
    assert any(e.trigger.text == "killing" and e.source and e.source.sector == "REB" for e in events), \
        [(e.cameo, e.source, e.target, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Israel's defence minister refused to rule out air strikes on Iranian nuclear sites.", "1384", "ISR", "IRN"),
    ("Seoul declined on Friday to rule out new sanctions on Pyongyang.", "1312", "KOR", "PRK"),
    # Talks held out are offered, and the "rule out" that is not done rejects nothing.
    ("Tehran did not rule out direct talks with Washington, Iran's foreign minister said.", "036", "IRN", "USA"),
    ("Athens declined to rule out a summit with Ankara this spring.", "036", "GRC", "TUR"),
    # No pattern codes "the use of force"; the model's threat is asserted, as the holding out is done.
    ("Ankara did not rule out using force against Kurdish militants in northern Syria.", "130", "TUR", "SYR"),
])
def test_not_ruling_out_an_act_holds_it_out(coder, text: str, cameo: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo and e.status == "asserted" and e.source and e.source.country == source
               and e.target and e.target.country == target for e in events), \
        [(e.cameo, e.status, e.source, e.target) for e in events]
    assert not any(e.plover == "REJECT" for e in events), [(e.cameo, e.status) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("New sanctions against Minsk are on the table, a Lithuanian diplomat told a news conference in Vilnius.",
     "1312", "LTU"),
    ("Pakistan's foreign minister said new talks with the Taliban remain on the table.", "036", "PAK"),
])
def test_what_is_on_the_table_is_held_out(coder, text: str, cameo: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo and e.status == "asserted" and e.source and e.source.country == source
               for e in events), [(e.cameo, e.status, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Bangladesh's meteorological department warned that Cyclone Mocha would make landfall near Cox's Bazar.",
    "Bankers in Jakarta warned that the rupiah could slide further against the dollar.",
])
def test_a_warning_about_weather_or_markets_threatens_no_one(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not any(e.plover == "THREATEN" for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Israeli analysts agreed that Hezbollah would not join the war.",
    "Western analysts warned that Moscow would retaliate against the Baltic states.",
    # What commentators assess is a view, not news of an act.
    "Political analysts in Nairobi say the sanctions on Eritrea have done little to change its behaviour.",
])
def test_commentators_share_a_view_not_an_intent_or_a_threat(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not any(e.plover in ("AGREE", "THREATEN", "REJECT", "COERCE", "REQUEST") and e.status != "possible"
                   for e in events), [(e.cameo, e.status, e.source, e.target) for e in events]


def test_with_and_a_clause_of_its_own_names_no_partner(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Serbian troops began manoeuvres near the Kosovo boundary on Monday, with the defence "
                         "minister saying the drills would show Pristina the army was ready.")
    assert any(e.plover == "MOBILIZE" for e in events) and not any(e.plover == "COOPERATE" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Deportations of foreign workers from Malaysia fell by a third last year.",
    "Ethiopia's Tigst Assefa defended her Berlin marathon title on Sunday.",
    "The Brazilian real retreated against the euro for a second day on Friday.",
    "Ghana spurned a late chance to level the score against Nigeria.",
    "Galatasaray mobilised 20,000 fans for the cup final in Copenhagen.",
    "The Zimbabwean batsman attacked the Kenyan bowling in the final session.",
    "Critics in Cannes hailed the Lebanese film as a triumph.",
    "Atletico Madrid opened talks with Dynamo Kyiv over the transfer of their young defender.",
    # Campaigns against ills, a firm's moves in its markets, records and bouts use no force.
    "The mayor of Nairobi declared war on litter this week.",
    "Measles killed more than 5,000 children in Congo last year, the WHO said.",
    "Argentina's new economy minister declared war on inflation on his first day.",
    "Chinese telecoms giant Huawei stormed into the Kenyan market last year.",
    "Kenya's Faith Kipyegon smashed the mile world record in Monaco.",
    "Ukraine's boxer beat Britain's champion by split decision to become undisputed heavyweight champion.",
    # A cricket win, works of art on loan, a view of the outlook and a rocket's payload are no acts.
    "Sri Lanka beat England by 90 runs to lift the trophy in Colombo.",
    "Italy lent Egypt a collection of Roman sculptures for the museum opening.",
    "Chile's finance minister told reporters she was optimistic the economy would recover by spring.",
    "An Indian rocket deployed twelve weather satellites into orbit on Tuesday.",
    # Deaths in a mishap, a river, a war's toll in a relative clause and a lasting state are no acts.
    "Nineteen passengers were killed in Peru when a bus plunged off a mountain road.",
    "Eleven pilgrims were killed in a stampede outside the shrine in Karbala.",
    "The Niger River feeds the rice fields of some ten million farmers.",
    "The museum in Sarajevo tells the story of the war, in which 100,000 civilians were killed.",
    "Thousands of Libyans remained displaced after the fighting.",
    # Deaths put down to a war, and deaths no verb row reads, are no acts either.
    "Some 3,000 civilians in Darfur were killed due to the conflict last year.",
    "More than 200 Rohingya have been killed as a consequence of the violence in Rakhine.",
    "Nine Iranian pilgrims died in a crush near the Jamarat bridge in Mina.",
])
def test_figures_sport_and_currencies_are_no_events(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not [e for e in events if e.plover], [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Ecuador's new president vowed to fight corruption in the customs service.",
    "Thailand and Malaysia teamed up to fight human trafficking along their border.",
    "Senegal pledged to fight disinformation ahead of the vote.",
])
def test_a_fight_on_an_ill_threatens_and_uses_no_force(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not [e for e in events if e.plover in ("ASSAULT", "THREATEN")], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("UN monitors were granted access to the prison by Libyan authorities.", "RETREAT", "LBY", "IGOUNO"),
    ("Venezuela's foreign ministry leapt to Cuba's defence on Tuesday.", "SUPPORT", "VEN", "CUB"),
    ("Tehran sprang to the defence of Damascus on Friday.", "SUPPORT", "IRN", "SYR"),
    ("Two Belarusian athletes were granted asylum in Poland on Tuesday.", "AID", "POL", "BLR"),
    # The caller calls; whoever takes the call is called.
    ("Saudi Arabia's crown prince took a phone call from Iran's president on Sunday.", "CONSULT", "IRN", "SAU"),
    # A first-person quote is the speaker's own: the participle after it is the speaker's act.
    ("'We will not sign this,' Kosovo's prime minister told reporters in Pristina, rejecting the "
     "French proposal.", "REJECT", "XKX", "FRA"),
    ("Vietnam's leader backed down in his standoff with Beijing, agreeing to recall the survey ship.",
     "CONCEDE", "VNM", "CHN"),
    ("Armenia and Azerbaijan agreed to withdraw frontline troops from the ridge.", "AGREE", "ARM", "AZE"),
    ("Kenyan and Ugandan police joined forces to break up a cattle-rustling ring.", "COOPERATE", "KEN", "UGA"),
    ("Britain released a 50-million-pound grant to Zambia's health budget.", "AID", "GBR", "ZMB"),
    # Condemning an act condemns its doer.
    ("Britain condemned the arrest of the opposition leader by Ugandan police.", "ACCUSE", "GBR", "UGA"),
    ("A report by Amnesty International accused Mali's army of executing herders near Mopti.",
     "ACCUSE", "NGOAMN", "MLI"),
    # Troops sent "to their borders with" a neighbour are a posture aimed at it.
    ("Ghana and Togo sent troops to their borders with Burkina Faso on Tuesday.", "MOBILIZE", "GHA", "BFA"),
    ("Tokyo lodged a protest with N. Korean diplomats in Beijing.", "ACCUSE", "JPN", "PRK"),
    # Names from older wire copy.
    ("The IRA announced a ceasefire on Wednesday.", "RETREAT", "GBR", None),
    ("Zairean officials accused Rwanda of arming the rebels.", "ACCUSE", "COD", "RWA"),
    ("The European Community imposed an arms embargo on Yugoslavia.", "COERCE", "IGOEUREEC", "YUG"),
    # A posture is aimed at the foreigner whose act prompted it.
    ("Armenia placed its army on high alert after Azerbaijani drones struck a border post.",
     "MOBILIZE", "ARM", "AZE"),
])
def test_who_receives_and_who_is_defended(coder, text: str, plover: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_name_written_in_lower_case_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Sappers destroyed the pontoon on the west bank of the river overnight, the army said.")
    assert events and not any("PSE" in (e.source.code if e.source else "") + (e.target.code if e.target else "")
                              for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_a_crowd_rallying_against_a_measure_protests(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Hundreds of nurses rallied against the pension reform in Lisbon.")
    assert any(e.cameo == "141" for e in events) and not any(e.plover == "ACCUSE" for e in events)


def test_a_governments_unnamed_partner_is_its_own_not_the_hosts(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Mali's government and the Tuareg rebels signed a peace deal in Algiers on Friday.")
    rebels = [a for e in events for a in (e.source, e.target) if a is not None and a.sector == "REB"]
    assert rebels and all(a.country == "MLI" for a in rebels), [(e.cameo, e.source, e.target) for e in events]


def test_picking_up_a_bill_or_the_pace_arrests_no_one(coder) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Kenyan delegation picked up the bill for the summit dinner.",
                 "Negotiators from Juba and the rebel movement picked up the pace on Tuesday."):
        assert not any(e.plover == "COERCE" for e in code(coder, text)), text
    assert any(e.cameo == "173" for e in code(coder, "Police picked up three student leaders in Dhaka overnight."))


@pytest.mark.parametrize(("text", "target"), [
    ("Ottawa condemned Beijing's detention of two Canadian citizens on Friday.", "CHNGOV"),
    ("Hungary's closure of the university was condemned by the European Commission on Tuesday.", "HUN"),
])
def test_condemning_an_act_someone_owns_condemns_the_owner(coder, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "ACCUSE" and e.cameo.startswith("11")]
    assert events and all(e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_critic_a_student_leader_and_a_labour_congress_are_no_government(coder) -> None:  # type: ignore[no-untyped-def]
    (strike,) = [e for e in code(coder, "Jailed Kremlin critic Ilya Yashin began a hunger strike on Monday.")
                 if e.plover == "PROTEST"]
    assert strike.source is not None and (strike.source.country, strike.source.sector) == ("RUS", "OPP")
    events = code(coder, "Leaders of the Nigeria Labour Congress threatened a three-day strike over the new tax bill.")
    assert any(e.source is not None and e.source.sector == "LAB" for e in events if e.plover == "THREATEN")
    (appeal,) = [e for e in code(coder, "Hong Kong student leader Nathan Law urged residents to boycott the vote.")
                 if e.plover == "REQUEST"]
    assert appeal.source is not None and appeal.source.sector == "EDU"


def test_leaving_an_international_body_reduces_relations(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Venezuela withdrew from the Organization of American States on Saturday.")
    assert any(e.cameo == "160" and e.rule.startswith("verbs.tsv") for e in events)
    assert not any(e.plover == "RETREAT" for e in events)


def test_a_forecast_by_others_is_no_offer(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the own side's "would": analysts who say so offer nothing.
    events = code(coder, "Analysts said China would provide aid to Sri Lanka.")
    assert not any(e.rule.startswith("intent_codes") for e in events)


def test_soldiers_killed_by_a_countrys_rebels_are_its_own_when_no_place_is_named(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Colombian guerrillas ambushed an army patrol before dawn, killing eight soldiers.")
    assert {e.target.code for e in events if e.plover == "ASSAULT" and e.target is not None} == {"COLMIL"}


def test_an_organ_of_a_body_does_not_act_on_the_body(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "UN Secretary-General Antonio Guterres renewed his plea for a truce in Sudan.")
    pleas = [e for e in events if e.plover == "REQUEST"]
    assert pleas and not any(e.target is not None and e.target.code == "IGOUNO" for e in pleas)


def test_kicking_off_drills_starts_them(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Dutch navy kicked off its annual minesweeping drills in the Baltic on Monday.")
    assert any(e.cameo == "150" for e in events) and not any(e.plover == "ASSAULT" for e in events)


def test_a_force_verb_with_arms_is_still_force(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the penalty rule: only a penalty "with" phrase turns force into a sanction.
    events = code(coder, "Rebels hit the army convoy with rockets near Goma.")
    assert any(e.plover == "ASSAULT" for e in events) and not any(e.cameo == "163" for e in events)


def test_an_attack_on_a_vehicle_is_still_an_attack(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard: vehicles are inanimate cues too, but force used on them is force.
    assert any(e.plover == "ASSAULT" for e in code(coder, "Militants attacked a bus carrying pilgrims in Kashmir."))


@pytest.mark.parametrize("text", [
    "Ethiopia pledged to pull its soldiers back from the disputed town within a week.",
    "Armenia brought its troops along the border to full combat readiness after shelling exchanges with Azerbaijan.",
    "Toyota and Honda joined forces on hydrogen engines last spring.",
])
def test_the_forces_one_moves_are_no_target(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert not any(a is not None and a.sector == "MIL" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_north_is_the_korea_the_south_is_not(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "South Korea's Joint Chiefs of Staff said the North fired two missiles into the sea.")
    assert has(events, "MOBILIZE", "PRK", None), [(e.cameo, e.source, e.target) for e in events]


def test_an_auxiliary_have_demands_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The ousted Bolivian leader and his aides have been given asylum in Mexico, an official said.")
    assert has(events, "AID", "MEX", "BOL") and not any(e.plover == "REQUEST" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_people_killed_in_a_place_are_its_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A car bomb tore through a market in Mogadishu, killing 14 people.")
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.code == "SOMCVL" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Chad sent 800 troops to the UN mission in Mali.",
    "The UN mission in Congo said it was looking into the killings.",
])
def test_a_mission_with_no_one_visited_is_a_body(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.plover == "CONSULT" for e in code(coder, text)), [(e.cameo, e.source) for e in code(coder, text)]


def test_a_people_named_without_a_state_takes_the_places_country(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Thousands of Tibetans marched in Lhasa on Monday.")
    assert has(events, "PROTEST", "CHN", None), [(e.cameo, e.source, e.target) for e in events]


def test_an_opposition_named_as_a_side_opposes_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Venezuela's opposition will take part in the regional elections in November.")
    assert not any(e.plover == "ACCUSE" for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_ones_own_soldiers_ordered_out_retreat(coder) -> None:  # type: ignore[no-untyped-def]
    # Another's troops ordered out are expelled (166); one's own retreat (0874).
    events = code(coder, "Moscow ordered its soldiers to leave the Moldovan border region.")
    assert any(e.cameo == "0874" for e in events) and not any(e.cameo == "166" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_side_the_parser_hangs_on_the_other_as_a_modifier_is_a_side(coder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm reads "government and FARC" as modifiers of "rebels".
    events = code(coder, "The Colombian government and FARC rebels held talks in Havana.")
    assert any(e.source is not None and e.source.code == "COLGOV" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_former_official_titled_by_a_group_acts_for_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Police arrested Shining Path leader Abimael Guzman in Lima.")
    assert any(e.target is not None and e.target.code == "PERSLU" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_customs_union_is_no_labour_union(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kyiv declined to join the customs union being set up by Moscow and Minsk.")
    assert not any(a is not None and a.sector == "LAB" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_hyphen_after_an_abbreviation_splits_the_names(coder) -> None:  # type: ignore[no-untyped-def]
    # "U.S.-North" was one token, so the summit was read as South Korea's.
    events = code(coder, "Officials prepared the second U.S.-North Korea summit in Hanoi.")
    assert any(a is not None and a.country == "PRK" for e in events for a in (e.source, e.target)) \
        and not any(a is not None and a.country == "KOR" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_meeting_held_in_the_passive_is_the_named_sides(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Russia-Mongolia summit was held in Ulan Bator on Tuesday.")
    assert has(events, "CONSULT", "RUS", "MNG") and has(events, "CONSULT", "MNG", "RUS"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_banks_of_a_river_are_no_lenders(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Sudanese troops withdrew from the banks of the Atbara river on Sunday.", "2021-05-02")
    retreat = [e for e in events if e.plover == "RETREAT"]
    assert retreat and all(e.target is None or e.target.sector != "BUS" for e in retreat), \
        [(e.cameo, e.source, e.target) for e in events]


def test_days_of_drills_are_the_drills_of_the_verbs_subject(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Japan's navy began four days of drills off Okinawa on Tuesday.", "2022-08-09")
    drills = [e for e in events if e.plover == "MOBILIZE"]
    assert drills and all(e.source is not None and e.source.code == "JPNMIL" for e in drills), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "date", "cameo", "source", "target"), [
    ("Kuwait gave Egypt a loan of $1 billion last spring to prop up its currency.", "2019-03-10", "071", "KWT", "EGY"),
    ("Turkish officials gave German prosecutors information on the smuggling network.", "2019-03-10", "064",
     "TURGOV", "DEU"),
    ("Niger's gendarmes fanned out across Niamey on the eve of the vote.", "2019-03-10", "150", "NERCOP", None),
    ("Iran let a team of IAEA inspectors into the Natanz enrichment hall on Monday.", "2019-03-10", "0862", "IRN",
     "IGOIAEA"),
    ("Canberra ordered four Iranian diplomats to leave within a week on Tuesday.", "2023-02-14", "161", "AUSGOV",
     "IRN"),
    ("Peru's Congress approved a state of emergency in the southern region of Puno.", "2023-02-14", "1724",
     "PERLEG", None),
    ("Investigators from Human Rights Watch found evidence of summary executions by Malian soldiers.", "2023-02-14",
     "112", "NGOHRW", "MLI"),
    ("Emmanuel Macron and Olaf Scholz spoke by telephone on Sunday about the gas crisis.", "2023-02-14", "041",
     "FRAGOV", "DEUGOV"),
    ("Dockers' unions called a nationwide strike for Monday.", "2023-02-14", "143", "LAB", None),
    ("Guatemala handed over a cartel boss to American prosecutors on Friday.", "2023-02-14", "063", "GTM", "USA"),
])
def test_forms_read_from_the_weak_type_sentences(coder, text: str, date: str, cameo: str,  # type: ignore[no-untyped-def]
                                                 source: str, target: str | None) -> None:
    # Double objects ("gave Egypt a loan"), particles ("fanned out", "let ... into"), a talk's medium
    # ("by telephone") and the other forms the weak-type tuning sentences showed missing.
    events = code(coder, text, date)
    assert any(e.cameo == cameo and e.source is not None and e.source.code.startswith(source)
               and (target is None or e.target is not None and e.target.code.startswith(target))
               for e in events), [(e.cameo, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Nigeria's annual inflation rate hit 28 percent in October, the statistics office said.",
    "Turkey's growth rate struck a two-year low in the third quarter.",
])
def test_a_rate_hits_no_one(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2023-11-15")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.cameo, e.source, e.target) for e in events]


def test_a_participle_on_an_event_noun_is_the_nouns_act(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Sanctions imposed by Washington on Chinese chip makers came into force on Friday.", "2022-10-21")
    assert [e.cameo for e in events if e.trigger.text == "imposed"] == [], \
        [(e.cameo, e.source, e.target, e.trigger.text) for e in events]


def test_reservists_summoned_are_mobilised_not_an_envoy_rebuked(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Armenia summoned 20,000 reservists to their units on Tuesday.", "2020-09-29")
    assert [e.cameo for e in events if e.trigger.text.startswith("summoned")] == ["154"], \
        [(e.cameo, e.source, e.target, e.rule) for e in events]


def test_a_group_headed_by_a_leader_is_the_leaders(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A mission of Gulf ministers headed by Kuwaiti Foreign Minister Sheikh Sabah al-Khalid "
                         "met Lebanese President Michel Aoun in Beirut on Sunday.", "2021-01-24")
    met = [e for e in events if e.cameo.startswith("04")]
    assert any(e.source is not None and e.source.country == "KWT" for e in met), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_act_named_as_the_subject_is_done_by_its_by_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A drone strike by the US-led coalition hit a wedding convoy near Raqqa on Friday.", "2017-06-02")
    hits = [e for e in events if e.trigger.text == "hit"]
    assert hits and all(e.source is not None and e.source.country == "USA" for e in hits), \
        [(e.cameo, e.source, e.target, e.trigger.text) for e in events]


def test_two_states_restoring_ties_together_need_no_with(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Bahrain and Qatar agreed on Wednesday to re-establish full diplomatic relations and "
                         "will restore diplomatic ties within weeks.", "2023-04-12")
    pairs = {(e.cameo, e.source.country, e.target.country) for e in events if e.source and e.target}
    assert ("054", "BHR", "QAT") in pairs and ("032", "BHR", "QAT") in pairs, pairs


def test_an_amount_in_aid_is_given_by_whoever_approves_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The German cabinet approved 500 million euros in humanitarian assistance for Sudan on Tuesday.",
                  "2023-06-20")
    aid = [e for e in events if e.plover == "AID"]
    assert aid and all(e.source is not None and e.source.country == "DEU" for e in aid), \
        [(e.cameo, e.source, e.target) for e in events]


def test_taken_into_custody_is_an_arrest(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Zimbabwean police took three opposition activists into custody in Harare on Saturday.", "2020-07-25")
    assert any(e.cameo == "173" and e.target is not None and e.target.code == "ZWEOPP" for e in events), \
        [(e.cameo, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Sanaa lies on a high plateau ringed by mountains.",
    "Manama sits on an island surrounded by the sea.",
])
def test_the_lie_of_the_land_is_no_act(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, "2022-03-03")
    assert [e for e in events if e.rule.startswith("verbs.tsv")] == [], \
        [(e.cameo, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Four hundred US marines arrived in Latvia on Tuesday for a six-month rotation.", "154", "USA", "LVA"),
    ("A second consignment of vaccines from Beijing arrived in Harare overnight.", "073", None, "ZWE"),
    ("The Brazilian peacekeepers landed in Port-au-Prince on Sunday.", "074", "BRA", "HTI"),
])
def test_forces_or_goods_that_arrive_pay_no_visit(coder, text: str, cameo: str, source: str | None,
                                                  target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2021-05-04") if not e.rule.startswith("model:")]
    assert not any(e.cameo == "042" for e in events), [(e.cameo, e.rule) for e in events]
    moved = [e for e in events if e.cameo == cameo]
    assert moved and all(e.target is not None and e.target.country == target for e in moved), \
        [(e.cameo, e.source, e.target) for e in events]
    assert source is None or all(e.source is not None and e.source.country == source for e in moved)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Washington eased restrictions on Myanmar's timber and gem sectors in 2016.", "085"),
    ("Ottawa imposed curbs on Russian crude on Friday.", "163"),
])
def test_curbs_on_a_commodity_are_an_embargo(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2022-03-04") if not e.rule.startswith("model:")}
    assert cameo in codes and not codes & {"081", "172"}, codes


def test_financial_support_is_aid_not_praise(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Tokyo announced a fresh package of financial support for Sri Lanka's budget.", "2023-03-20")
    nouns = {e.cameo for e in events if e.rule.startswith("nouns.tsv")}
    assert "071" in nouns and "051" not in nouns, nouns


@pytest.mark.parametrize("text", [
    "Asmara called on every man under fifty to enlist before the offensive.",
    "Hundreds of students enlisted in the national guard on Monday.",
])
def test_a_call_to_enlist_and_enlisting_are_mobilisation(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2022-03-07") if not e.rule.startswith("model:")}
    assert "154" in codes, codes


@pytest.mark.parametrize(("text", "cameo", "not_cameo"), [
    ("Pakistan blocked access to YouTube after the film was posted.", "1721", "144"),
    ("Tehran restricted access to the internet across Khuzestan.", "1721", "191"),
    ("Lebanese farmers blocked access to the port of Tripoli.", "144", "1721"),
    ("Hungary opened its border to thousands of refugees from Ukraine.", "075", "081"),
])
def test_what_is_blocked_or_opened_sets_the_code(coder, text: str, cameo: str, not_cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2022-03-08") if not e.rule.startswith("model:")}
    assert cameo in codes and not_cameo not in codes, codes


@pytest.mark.parametrize("text", [
    "A three-day pause in fighting between Sudan's army and the RSF began at dawn.",
    "The lull in fighting between the Yemeni government and the Houthis held for a second day.",
])
def test_a_pause_in_fighting_is_a_truce_not_fighting(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2023-05-22") if e.rule.startswith("nouns.tsv")}
    assert "0871" in codes and "190" not in codes, codes


def test_a_price_to_pay_is_a_threat_by_whoever_says_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Those who shelled our border posts will pay a heavy price, Azerbaijan's defence ministry said.",
                  "2022-09-13")
    assert any(e.cameo == "130" and e.source is not None and e.source.country == "AZE"
               and not e.rule.startswith("model:") for e in events), \
        [(e.cameo, e.source, e.target, e.rule) for e in events]
    past = code(coder, "Armenia's army has paid a heavy price for the defeat, analysts said.", "2022-09-13")
    assert not any(e.plover == "THREATEN" and e.rule.startswith("verbs.tsv") for e in past), \
        [(e.cameo, e.rule) for e in past]


def test_taking_to_the_streets_is_a_demonstration(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Thousands of Georgians took to the streets of Tbilisi against the foreign agents bill.", "2024-05-01")
    assert any(e.cameo == "141" and e.source is not None and e.source.country == "GEO"
               and not e.rule.startswith("model:") for e in events), [(e.cameo, e.source, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "The interior ministry warned against storming the parliament.",
    "The junta vowed to jail anyone who blocks the highways.",
])
def test_an_act_warned_against_or_by_anyone_who_might_is_no_act(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2023-08-01") if not e.rule.startswith("model:")}
    assert not codes & {"144", "145"}, codes


@pytest.mark.parametrize(("text", "told"), [
    ("The cleric warned his followers not to take to the streets after Friday prayers.", "141"),
    ("The governor warned the miners not to block the highway again.", "1122"),
    ("Army chiefs warned the militia not to attack the convoy.", "190"),
])
def test_an_act_warned_off_is_neither_a_threat_of_it_nor_done(coder, text: str, told: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2022-03-04") if not e.rule.startswith("model:")]
    assert any(e.cameo == "130" for e in events), [(e.cameo, e.rule) for e in events]
    # no specific threat (1382 occupy, 1321 block, 1384 attack) read from the act warned off, nor the act itself
    assert not any(e.cameo.startswith("13") and e.cameo != "130" or e.cameo[:2] == told[:2] for e in events), \
        [(e.cameo, e.status, e.rule) for e in events]


def test_a_place_left_behind_before_the_act_is_not_where_it_happened(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "The Georgian opposition leader was arrested at the border after driving over"
                                     " from Armenia.", "2022-07-11") if e.cameo.startswith("17")
              and not e.rule.startswith("model:")]
    assert events and not any(e.source is not None and e.source.country == "ARM" or e.location is not None
                              and e.location.country == "ARM" for e in events), \
        [(e.cameo, e.source, e.location) for e in events]


@pytest.mark.parametrize(("text", "foreign"), [
    ("The foreign ministry ordered two Swedish diplomats to leave within a week.", "SWE"),
    ("Officials summoned the Nigerian ambassador over the remarks.", "NGA"),
])
def test_a_bare_ministry_acting_on_envoys_is_not_of_their_country(coder, text: str, foreign: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2023-02-14") if not e.rule.startswith("model:")]
    assert events and all(e.target is not None and e.target.country == foreign for e in events), \
        [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.source is not None and e.source.country == foreign for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_police_sent_abroad_arrive_as_a_force(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Rwandan police and soldiers arrived in Bangui on Sunday.", "2021-01-03")
              if not e.rule.startswith("model:")]
    assert any(e.cameo == "153" for e in events) and not any(e.cameo == "042" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_halting_noun_codes_the_halt_of_its_of_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The severing of diplomatic relations with Iran by Bahrain came hours after the embassy attack.",
                  "2016-01-04")
    halts = [e for e in events if e.plover == "SANCTION" and not e.rule.startswith("model:")]
    assert any(e.source is not None and e.source.country == "BHR" and e.target is not None
               and e.target.country == "IRN" for e in halts), [(e.cameo, e.source, e.target, e.status) for e in events]
    assert not any(e.plover == "SUPPORT" and e.status == "asserted" for e in events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mali was suspended from ECOWAS on Sunday after the second coup.", "IGOECOWAS", "MLI"),
    ("Two Iranian diplomats were ordered out of the Netherlands on Thursday.", "NLD", "IRN"),
])
def test_put_out_of_a_body_or_country_is_its_act(coder, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2021-05-30") if e.plover == "SANCTION" and not e.rule.startswith("model:")]
    assert any(e.source is not None and source in (e.source.code, e.source.country)
               and e.target is not None and e.target.country == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "day", "plover", "source"), [
    # "it" stands for the whole speaker, not only its country
    ("Pakistan's army said it had killed twelve militants in North Waziristan.", "2022-02-03", "ASSAULT", "PAKMIL"),
    # ... and a bare office speaking for itself is of the country named before it
    ("Turkey's interior ministry detained 40 suspects on Monday. The ministry said it would deport the foreign"
     " nationals among them.", "2023-04-10", "COERCE", "TURGOV"),
    # a role word as modifier lets "from" say whose
    ("Military planes from India delivered drinking water to the Maldives on Friday.", "2014-12-05", "AID", "IND"),
])
def test_the_doer_is_read_from_the_whole_phrase(coder, text: str, day: str, plover: str,
                                                source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text, day)
    acts = [e for e in events if e.plover == plover and not e.rule.startswith("model:")]
    assert acts and all(e.source is not None and source in (e.source.code, e.source.country) for e in acts), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "withdrawal"), [
    ("The last Danish soldiers left Mali on Tuesday.", True),
    ("The Danish prime minister left Mali on Tuesday.", False),
])
def test_forces_that_leave_a_country_withdraw(coder, text: str, withdrawal: bool) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text, "2022-08-16") if not e.rule.startswith("model:")}
    assert ("0874" in codes) is withdrawal, codes


def test_allowing_someone_to_deliver_aid_lets_aid_in(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Khartoum allowed the World Food Programme to deliver food to Darfur's camps.", "2021-06-01")
    assert any(e.cameo == "0863" and e.source is not None and e.source.country == "SDN" for e in events), \
        [(e.cameo, e.source, e.target, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    # The particle read as a preposition: its object is the row's object.
    ("Bus drivers in Accra walked off the job after a row over fares with the transport ministry.", "143"),
    ("Nurses in Malawi went on strike against the health ministry over months of unpaid salaries.", "143"),
    ("Lecturers in Uganda went on strike against the government over arrears.", "143"),
    # A kind of strike with a code of its own beats the bare strike's row.
    ("Jailed Kurdish politicians began a hunger strike against the Turkish government.", "142"),
    ("Inmates in Bahrain went on a hunger strike against the government.", "142"),
    ("Bolivia went to war with Paraguay over the Chaco in 1932.", "190"),
])
def test_what_a_body_goes_on_or_walks_off_is_the_act(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.rule) for e in events]
    assert all(e.status == "asserted" for e in events if e.cameo == cameo), [(e.cameo, e.status) for e in events]


def test_a_strike_being_planned_still_needs_a_to_clause(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the rule above: "are to" plans, as before.
    events = code(coder, "Teachers in Chile are to go on strike against the education ministry next week.")
    strikes = [e for e in events if e.cameo == "143"]
    assert strikes and all(e.status == "planned" for e in strikes), [(e.cameo, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "India requested that Dhaka extradite the former prime minister.",
    "The panel recommended that Ankara suspend its talks with Brussels.",
])
def test_an_act_requested_or_recommended_is_not_done(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    asked = [e for e in events if e.plover not in ("REQUEST", None) and not e.rule.startswith("model:")
             and e.source is not None and e.source.country in ("BGD", "TUR")]
    assert asked and all(e.status != "asserted" for e in asked), [(e.cameo, e.status, e.source) for e in events]


@pytest.mark.parametrize(("text", "foreign"), [
    ("A teenager was arrested in Paris, Texas, after a shooting at his school.", "FRA"),
    ("Officials in Lebanon, Pennsylvania, condemned the attack on a local mosque.", "LBN"),
])
def test_a_town_written_with_its_state_is_american(coder, text: str, foreign: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert events, text
    assert not any(a is not None and a.country == foreign for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]
    assert all(e.location is None or e.location.country == "USA" for e in events), [e.location for e in events]


def test_capitals_in_a_list_are_not_towns_in_a_state(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the rule above: "Washington" is a state, but here the list names three governments.
    events = code(coder, "Tehran accused Moscow, Washington and London of meddling in its affairs.")
    targets = {e.target.country for e in events if e.target is not None}
    assert {"RUS", "USA", "GBR"} <= targets, targets


def test_another_churchs_pope_is_not_the_holy_see(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Coptic Pope Tawadros II condemned the bombing of a church in Tanta.")
    assert events and not any(a is not None and a.country == "VAT" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_seized_ship_of_no_named_owner_is_not_the_seizers_own(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Iran seized a tanker in the Strait of Hormuz on Friday.")
    seizures = [e for e in events if e.cameo.startswith("171")]
    assert seizures and all(e.target is None or e.target.country != "IRN" for e in seizures), \
        [(e.cameo, e.source, e.target) for e in seizures]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kazakhstan and Kyrgyzstan held a joint mountain patrol along the Chu valley.", "KAZ", "KGZ"),
    ("Mongolian troops joined China's annual war games in Inner Mongolia.", "MNG", "CHN"),
    ("Uzbek soldiers took part in Russian exercises near Termez.", "UZB", "RUS"),
    # The adjective the parser hangs on a compound word before the noun.
    ("Seoul said joint air force drills by U.S. and South Korean pilots would begin on Monday.", None, None),
])
def test_drills_held_together_or_joined_are_military_cooperation(coder, text: str, source: str | None,
                                                                 target: str | None) -> None:  # type: ignore[no-untyped-def]
    drills = [e for e in code(coder, text) if not e.rule.startswith("model:") and e.cameo in ("062", "150")]
    assert drills and all(e.cameo == "062" for e in drills), [(e.cameo, e.source, e.target) for e in drills]
    if source is not None:
        assert any(e.source is not None and e.source.country == source and e.target is not None
                   and e.target.country == target for e in drills), [(e.source, e.target) for e in drills]


def test_a_hunger_strike_gone_on_is_the_strikers(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A jailed Belarusian blogger has gone on hunger strike.")
    strikes = [e for e in events if e.cameo == "142"]
    assert strikes and strikes[0].source is not None and strikes[0].source.country == "BLR", \
        [(e.cameo, e.source, e.rule) for e in events]


def test_the_partner_of_a_talk_about_a_topic_is_the_with_phrase(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kenya's president discussed the refugee crisis with Ugandan President Yoweri Museveni by phone.")
    talks = [e for e in events if e.plover == "CONSULT"]
    assert talks and all(e.target is not None and e.target.country == "UGA" for e in talks), \
        [(e.cameo, e.source, e.target) for e in talks]


def test_a_states_security_council_is_its_government(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Kremlin's Security Council warned Finland against hosting American bases.")
    assert any(e.source is not None and e.source.code == "RUSGOV" for e in events), [(e.source, e.target) for e in events]
    # A guard: the bare name is still the UN's.
    events = code(coder, "Ukraine asked the Security Council to condemn the strikes on its power grid.")
    assert any(e.target is not None and e.target.code == "IGOUNOSC" for e in events)


def test_a_pullout_from_a_city_of_a_country_leaves_that_country(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Eritrean forces completed their pullout from the northern town of Adigrat on Friday.")
    retreats = [e for e in events if e.cameo.startswith("087")]
    assert retreats and all(e.target is not None and e.target.country == "ETH" for e in retreats), \
        [(e.cameo, e.source, e.target) for e in events]
    assert all(e.location is not None and e.location.country == "ETH" for e in retreats)


@pytest.mark.parametrize(("text", "doer"), [
    # The parser hangs "of" on the accused: the accused still did the act, and it is alleged.
    ("Rights groups accused militiamen of torching homes in the villages near Geneina.", "REB"),
    ("The opposition accused police officers of beating detainees in the cells of Harare.", "COP"),
])
def test_the_accused_did_the_act_they_are_accused_of(coder, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:") and not e.cameo.startswith("11")]
    assert events and all(e.source is not None and e.source.sector == doer for e in events), \
        [(e.cameo, e.source, e.target) for e in events]
    assert all(e.status == "possible" for e in events), [(e.cameo, e.status) for e in events]


def test_an_anti_word_names_whom_a_protest_is_against(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ethiopia declared a state of emergency after months of anti-government protests in Oromia.")
    protests = [e for e in events if e.cameo.startswith("14")]
    assert protests and all(e.target is not None and e.target.sector == "GOV" for e in protests)
    assert all(e.source is None or e.source.sector != "GOV" for e in protests), [(e.source, e.target) for e in protests]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Brussels rapped Budapest over its curbs on the press.", "111"),
    ("Pyongyang's state media fired a broadside at the Japanese premier.", "111"),
    ("Caracas thumbed its nose at the Organization of American States.", "120"),
    ("The Dutch finance minister threw cold water on Rome's call for eurobonds.", "110"),
    ("Burkina Faso's junta showed the French envoy the door.", "161"),
    ("Bamako showed the door to the ECOWAS special representative.", "161"),
    # The second object parsed as an apposition of the first.
    ("Ankara gave the visiting Greek minister the cold shoulder.", "120"),
    ("Croatia lifted its veto on Serbia's accession talks with the EU.", "080"),
    ("The Slovenian government lifted its objection to the border ruling.", "080"),
    ("Peru's attorney general stepped aside while the inquiry ran.", "0831"),
    # A place put under siege is blockaded, not arrested; a person put under house arrest is.
    ("Serb forces placed Srebrenica under a tight siege.", "191"),
    ("The junta placed the deposed president under house arrest.", "173"),
    ("Kyrgyzstan stood shoulder to shoulder with Tajikistan after the mudslides.", "051"),
    ("The Qatari envoy broke bread with Hamas leaders in Doha.", "040"),
])
def test_idioms_and_phrasal_forms_code_by_their_rows(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, text) if not e.rule.startswith("model:")}
    assert cameo in codes, codes


def test_pulling_out_all_the_stops_is_no_retreat(coder) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, "Hanoi pulled out all the stops to welcome the Chinese president.")}
    assert not any(c.startswith("087") for c in codes), codes


def test_a_verb_that_starts_a_role_words_name_is_still_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    # "ousted president" is a role word; here "ousted" is the verb of the sentence.
    events = code(coder, "Mutinous soldiers ousted President Ibrahim Keita in Bamako.", "2020-08-19")
    assert any(e.cameo == "172" and e.source is not None and e.source.sector == "MIL" for e in events), \
        [(e.cameo, e.source, e.target, e.rule) for e in events]
    # A guard: the role word still names the ousted.
    events = code(coder, "The ousted president of Mali flew to Abu Dhabi for treatment.", "2020-09-05")
    assert not any(e.cameo == "172" for e in events)


def test_shells_lobbed_at_a_side_are_force(coder) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in code(coder, "Hezbollah fighters lobbed mortar shells at Israeli army posts.")
             if not e.rule.startswith("model:")}
    assert "190" in codes, codes


@pytest.mark.parametrize("text", [
    "Talks between Ethiopia and Egypt over the Nile dam broke down in Cairo on Tuesday.",
    "Negotiations between the Colombian government and the ELN collapsed after the bombing.",
])
def test_talks_that_break_down_are_a_halt_of_negotiations(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == "164" and e.source is not None for e in events), [(e.cameo, e.source, e.rule) for e in events]


def test_talks_that_resume_are_no_halt(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the rule above.
    events = code(coder, "Talks between Ethiopia and Egypt over the Nile dam resumed in Cairo on Tuesday.")
    assert not any(e.cameo.startswith("16") for e in events)


def test_neither_nor_negates_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Neither Khartoum nor the RSF sent delegates to the talks in Jeddah.")
    assert events and all(e.status == "negated" for e in events if not e.rule.startswith("model:")), \
        [(e.cameo, e.status) for e in events]


def test_an_envoy_summoned_is_not_the_summoners_own(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The ambassador was summoned by the Turkish foreign ministry over the cartoon.")
    summons = [e for e in events if e.cameo.startswith("11")]
    assert summons and all(e.target is None or e.target.country != "TUR" for e in summons), \
        [(e.cameo, e.source, e.target) for e in summons]


def test_a_countrys_envoy_is_one_target_not_two(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Officials summoned Ghana's ambassador over the comments.")
    summons = [e for e in events if e.cameo.startswith("11")]
    assert len(summons) == 1 and summons[0].target is not None and summons[0].target.code == "GHAGOV", \
        [(e.cameo, e.source, e.target) for e in summons]


def test_an_envoy_is_a_guest_where_he_acts(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The ambassador met Libyan officials in Tripoli.")
    talks = [e for e in events if e.plover == "CONSULT"]
    assert talks and all(e.source is None or e.source.country != "LBY" for e in talks), \
        [(e.cameo, e.source, e.target) for e in talks]



def test_a_truce_that_goes_into_effect_is_planned(coder) -> None:  # type: ignore[no-untyped-def]
    # The present tense of "go" still plans; only its past ("went on strike") is done.
    events = code(coder, "The truce between Khartoum and the rebels goes into effect on Sunday.")
    truces = [e for e in events if e.cameo.startswith("087")]
    assert truces and all(e.status == "planned" for e in truces), [(e.cameo, e.status) for e in events]


def test_a_result_clause_happens_where_the_strike_was(coder) -> None:  # type: ignore[no-untyped-def]
    # "in Zaporizhzhia" hangs on the station the drones hit; the killing is there too, so the
    # workers are Ukraine's, not the attacker's.
    events = code(coder, "Russian drones hit a power station in Zaporizhzhia, killing two workers.")
    killings = [e for e in events if e.trigger.text == "killing"]
    assert killings and all(e.target is not None and e.target.country == "UKR" for e in killings), \
        [(e.cameo, e.source, e.target) for e in killings]


@pytest.mark.parametrize(("text", "country"), [
    ("Rebels killed six soldiers in an attack on a base in North Kivu.", "COD"),  # a site in a named place
    ("Police detained 40 people at a rally in a town in Jharkhand.", "IND"),  # ISO writes "Jhārkhand"
    ("Gunmen attacked a checkpoint in Dagestan.", "RUS"),  # a province ISO names in Russian
])
def test_a_site_is_placed_by_the_named_place_it_lies_in(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert events and all(e.location is not None and e.location.country == country for e in events), \
        [(e.cameo, e.location) for e in events]


def test_a_capital_where_force_is_used_is_a_place_not_its_government(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "A suicide bomber struck a checkpoint in Baghdad on Friday.") if e.plover == "ASSAULT"]
    # Unnamed attackers: their country's government is attacked, not named by the capital's metonym.
    assert events and all(e.target is not None and e.target.code == "IRQGOV" and e.target.text != "Baghdad"
                          for e in events), [(e.cameo, e.target) for e in events]
    # At a market they hit its people (civil_site), still not the capital's government.
    events = [e for e in code(coder, "A suicide bomber struck a market in Baghdad on Friday.") if e.plover == "ASSAULT"]
    assert events and all(e.target is not None and e.target.code == "IRQCVL" for e in events), \
        [(e.cameo, e.target) for e in events]
    # A curfew imposed in the capital falls on the country's people, not on its government.
    events = [e for e in code(coder, "The junta imposed a curfew in Niamey on Thursday.") if e.cameo == "1723"]
    assert events and all(e.target is not None and e.target.code == "NERCVL" for e in events), \
        [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Teachers in Lima marched against Congress on Thursday.", "PEREDU", "PERLEG"),
    ("Students in Manila rallied against Congress over the tax.", "PHLEDU", "PHLLEG"),
])
def test_a_congress_is_the_country_of_the_people_it_deals_with(coder, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "PROTEST"]
    assert any(e.source.code == source and e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_congress_dealing_with_another_state_stays_the_us_one(coder) -> None:  # type: ignore[no-untyped-def]
    # A guard for the rule above: Colombia here is the object of sanctions, not Congress's home.
    events = code(coder, "Congress approved new sanctions on Colombia.")
    assert events and all(e.source is None or e.source.code == "USALEG" for e in events), \
        [(e.cameo, e.source) for e in events]


def test_an_ethnic_demonym_names_a_people_not_a_state(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Ethnic Armenian lawmakers in Georgia boycotted the vote.") if e.plover]
    assert events and all(e.source is not None and e.source.country == "GEO" for e in events), \
        [(e.cameo, e.source) for e in events]
    events = [e for e in code(coder, "Ethnic Albanians in Kosovo protested against Belgrade.") if e.plover]
    assert any(e.source is not None and e.source.code == "XKXCVL" for e in events), [(e.cameo, e.source) for e in events]


def test_armed_men_storming_a_building_attack_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Pakistani troops stormed a compound in a village in North Waziristan.")
    assert any(e.cameo == "190" and e.source.code == "PAKMIL" for e in events), [(e.cameo, e.source) for e in events]
    assert not any(e.plover == "PROTEST" for e in events)
    # Crowds that storm a building still riot.
    events = code(coder, "Angry protesters stormed the parliament building in Tbilisi.")
    assert any(e.cameo == "145" for e in events), [e.cameo for e in events]


def test_a_possessive_on_the_object_is_the_doers_own(coder) -> None:  # type: ignore[no-untyped-def]
    # "their" is the commanders': troops they pull back are their means, not a party acted on.
    events = [e for e in code(coder, "After talks with Washington, Pakistani commanders pulled back their troops "
                                     "from the border.") if e.cameo.startswith("087")]
    assert events and all(e.target is None or e.target.country != "PAK" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_by_phrase_hung_on_another_phrase_of_a_passive_names_the_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kosovo was recognised as an independent state by Ghana.")
    assert any(e.cameo == "054" and e.source is not None and e.source.country == "GHA"
               and e.target is not None and e.target.country == "XKX" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_smashing_a_record_is_no_riot(coder) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.plover for e in code(coder, "The Kenyan runner smashed the course best in Berlin."))
    events = code(coder, "Rioters smashed cars and shop doors in the old town.")
    assert any(e.cameo == "145" for e in events), [e.cameo for e in events]


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("Kenya's opposition alliance called off its weekend rallies.", "082", "KENGOV"),
    ("Cameroonian student leaders vowed to paralyse the campuses if fees rose.", "133", "CMRGOV"),
])
def test_a_movements_own_protests_eased_or_threatened_face_its_government(coder, text, cameo, target) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo and e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_people_driven_out_are_the_civilians_of_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Separatist fighters drove the ethnic Georgian population out of Abkhazia.")
    assert any(e.cameo == "201" and e.target is not None and e.target.code == "GEOCVL" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "source"), [
    # Our dated roles give him no office in 2015 (he was interior minister before he was prime
    # minister), but the title the text gives says he held one.
    ("French Interior Minister Bernard Cazeneuve urged EU partners to share intelligence.", "FRAGOV"),
    ("Former French Interior Minister Bernard Cazeneuve urged EU partners to share intelligence.", "FRAELI"),
])
def test_a_state_title_in_the_text_says_the_person_held_office(coder, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text, "2015-11-20") if e.plover == "REQUEST"]
    assert events and all(e.source.code == source for e in events), [(e.cameo, e.source) for e in events]


def test_a_government_acting_on_its_own_government_acts_on_its_people(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Senegal's government restored mobile data services on Wednesday.")
              if e.plover == "CONCEDE"]
    assert events and all(e.target is not None and e.target.code == "SENCVL" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Huge crowds poured onto the streets of Bucharest on Sunday.", "141", "ROU", None),  # arena after "onto"
    ("Tens of thousands of Serbs streamed into the squares of Belgrade.", "141", "SRB", None),
    ("Kyiv laid the blame for the dam breach on Moscow.", "112", "UKR", "RUS"),  # "lay" lends its subject
])
def test_crowds_pouring_out_and_blame_laid(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]  # read by a row, not guessed
    assert any(e.cameo == cameo and e.source is not None and e.source.country == source
               and (target is None or e.target is not None and e.target.country == target) for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_envoy_expelled_from_the_expellers_capital_is_the_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Niger expelled the French ambassador from Niamey on Tuesday.") if e.cameo == "161"]
    assert events and all(e.target is not None and e.target.country == "FRA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_act_dated_after_the_report_is_planned(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Dock workers are going on strike next week, the union said.", "2024-03-05")
              if e.plover == "PROTEST"]
    assert events and all(e.status == "planned" and e.date > "2024-03-05" for e in events), \
        [(e.cameo, e.status, e.date) for e in events]


@pytest.mark.parametrize(("text", "target"), [
    ("Separatist gunmen opened fire on a bus in Balochistan on Friday.", "PAKCVL"),
    ("A suicide bomber struck a wedding party in Maiduguri.", "NGACVL"),  # no political party
    ("Insurgents torched a crowded market in Mogadishu.", "SOMCVL"),
])
def test_an_attack_on_a_place_people_gather_hits_its_people(coder, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "ASSAULT" and not e.rule.startswith("model:")]
    assert events and all(e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_tigrayan_forces_are_ethiopian_rebels(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Tigrayan forces shelled the town of Kobo on Monday.") if e.plover == "ASSAULT"]
    assert events and all(e.source is not None and e.source.code == "ETHREB" for e in events), \
        [(e.cameo, e.source) for e in events]


def test_officials_counted_as_several_are_not_the_venues(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "The two leaders are meeting in Geneva next week.") if e.plover == "CONSULT"]
    assert events and all(e.source is not None and e.source.country is None for e in events), \
        [(e.cameo, e.source) for e in events]
    assert all(e.target is None for e in events), [(e.cameo, e.target) for e in events]  # Geneva is no party
    # Officials not counted are the place's, as before.
    events = [e for e in code(coder, "Officials met in Kabul to discuss security.") if e.plover == "CONSULT"]
    assert events and all(e.source is not None and e.source.country == "AFG" for e in events)


@pytest.mark.parametrize("text", [
    "Chile's copper output fell in March as ore grades declined at several large mines.",
    "The chess champion from Norway beat his Russian challenger in Dubai.",
    "The All Blacks thrashed Italy 66-3 in Rome to round off their tour.",
    "A fungus has invaded Colombian farms for the first time, scientists said.",
    "The Kenyan runner threatened the world record in Berlin.",
])
def test_no_political_event_in_sport_nature_or_markets(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover and not e.rule.startswith("model:")]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("North Korea's army promised pre-emptive strikes against US carriers.", "138"),  # a promise of force threatens
    ("Hezbollah pledged revenge for the killing of its commander.", "138"),
    ("The king granted an audience to the opposition leader.", "043"),  # hosts, gives no aid
    ("Thailand sent 40 Uyghur men back to China.", "174"),  # a forced return
])
def test_promised_force_audiences_and_returns(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.trigger.text) for e in events]


def test_niger_state_is_nigerian_not_niger(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Gunmen abducted dozens of students from a school in Kagara, Niger state.")
    assert events and not any(a is not None and a.country == "NER" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_town_is_weighed_against_namesakes_of_its_own_name(coder) -> None:  # type: ignore[no-untyped-def]
    # Pune is spelled "Puno" by some, and is 25 times bigger; Peru's Puno is the town named so.
    events = [e for e in code(coder, "Peru declared a state of emergency in Puno after weeks of protests.")
              if e.plover == "COERCE"]
    assert events and all(e.location is not None and e.location.country == "PER" for e in events), \
        [(e.cameo, e.location) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    # The one handed to receives the suspect, not the suspect's group.
    ("Spain handed a suspected ETA commander to French magistrates on Friday.", "063", "ESP", "FRA"),
    # A complement's indirect object is whom the promise is to, not a partner of the joint doers.
    ("Germany and France pledged to send Ukraine more air-defence systems.", "033", "DEU", "UKR"),
    # A light verb's "by" phrase makes the act its passive subject names; its "to" phrase receives it.
    ("An offer of flood relief for Pakistan was conveyed to Islamabad by Norway's minister.", "030", "NOR", "PAK"),
    ("A request for the extradition of Alejandro Toledo was transmitted by Peru to the United States.", "020",
     "PER", "USA"),
])
def test_who_receives_what_is_handed_pledged_or_conveyed(coder, text, cameo, source, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == cameo and not e.rule.startswith("model:")]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_a_reaction_by_someone_does_not_make_them_the_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "The attack was condemned by the United Nations.") if e.plover == "ASSAULT"]
    assert all(e.source is None or e.source.code != "IGOUNO" for e in events), [(e.cameo, e.source) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Tens of thousands of Israelis flooded the streets of Tel Aviv on Sunday night.", "141"),
    ("Riot police flooded the streets of the capital before the vote.", "153"),  # forces deployed, no protest
    ("Russia has parked more than 100,000 troops near the border with Ukraine.", "154"),
    ("Tonga's government sent out an SOS to Australia for drinking water.", "0233"),
    ("Belarus threw two opposition bloggers behind bars on Monday.", "173"),
    ("Kabul gave its word to Islamabad that the border posts would be moved.", "030"),
    ("Romania closed ranks with Moldova at the summit in Chisinau.", "051"),
    ("The main opposition alliance shunned the referendum in Bamako.", "143"),
    ("The European Union withheld 6 billion euros from Poland over the judicial reforms.", "1621"),
    ("Armenia's army sent home 5,000 reservists after the ceasefire held.", "0873"),
    ("Kenya's opposition is baying for the interior minister's resignation.", "100"),
])
def test_crowds_forces_and_appeals_in_other_words(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "A highway bridge collapsed into the river in Minneapolis, killing 13 people.",  # a structure is no doer
    "Critics in London slammed the new musical on its opening night.",  # a work panned is no accusation
    "A Spanish publisher withdrew a celebrity chef's memoir after a plagiarism row.",
    "Airlines and banks in Australia were hit by outages after a faulty software update.",
])
def test_no_event_in_shows_mishaps_and_reviews(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Awami League activists attacked opposition supporters in Dhaka.", "190"),  # a party's name, no sport
    ("The Arab League condemned the Israeli air strikes on Gaza.", "195"),
])
def test_a_sport_word_inside_an_actors_name_is_no_game(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "cameo", "target"), [
    ("Moscow has been pouring armour and artillery into Crimea.", "154", "UKR"),  # forces poured in mobilise
    ("Seoul beefed up its frontline garrisons on the western islands.", "154", None),
    ("South Korea laid the sinking of the warship on Pyongyang.", "112", "PRK"),  # an act laid on someone blames
    ("Washington pinned the cyber raid on North Korea.", "112", "PRK"),
    ("Qatar footed the bill for the diesel that runs Gaza's power plant.", "071", None),
])
def test_forces_poured_blame_laid_and_bills_footed(coder, text: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == cameo and not e.rule.startswith("model:")]
    assert events and (target is None or any(e.target is not None and e.target.country == target for e in events)), \
        [(e.cameo, e.target) for e in events]


def test_crowds_out_to_celebrate_do_not_protest(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Crowds thronged the streets of Colombo to celebrate the cricket victory.")
              if e.plover == "PROTEST"]
    assert not events, [(e.cameo, e.trigger.text) for e in events]
    events = [e for e in code(coder, "Crowds thronged the streets of Colombo to demand the president's resignation.")
              if e.cameo == "141"]
    assert events, "a crowd out to demand something protests"


@pytest.mark.parametrize("text", [
    "Spain beat France in the semi-finals in Munich and will meet Portugal in the final.",  # "semi - finals"
    "The Pakistan cricket squad arrived in Colombo on Monday for a two-match Test series.",  # a tour, not a visit
])
def test_a_match_or_a_tour_is_no_visit_and_no_meeting(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo[:2] in ("04", "18") and not e.rule.startswith("model:")]
    assert not events, [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "Volkswagen and Porsche agreed to share a battery plant in Salzgitter.",
    "Toyota and Honda agreed to merge their battery units.",
    "Japan's Nippon Steel agreed to buy U.S. Steel for 14 billion dollars.",  # firms of two states
])
def test_trade_between_firms_is_no_political_event(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover and e.source is not None and e.source.sector == "BUS"]
    assert not events, [(e.cameo, e.source, e.target) for e in events]


def test_firms_of_two_states_can_carry_their_quarrel(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Gazprom accused Naftogaz of siphoning off gas meant for European customers.")
    assert any(e.plover == "ACCUSE" and e.source is not None and e.source.country == "RUS"
               and e.target is not None and e.target.country == "UKR" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_posture_is_aimed_across_the_border_not_at_its_own_possessive(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Japan's air force raised its alert status along the border with Russia.")
    assert any(e.cameo.startswith("15") and e.target is not None and e.target.country == "RUS" for e in events), \
        [(e.cameo, e.target) for e in events]


def test_arms_sent_to_ones_own_border_are_a_build_up(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "India sent tanks and artillery to its border with China after the clash.")
              if not e.rule.startswith("model:")]
    assert any(e.cameo == "154" and e.target is not None and e.target.country == "CHN" for e in events), \
        [(e.cameo, e.target) for e in events]
    assert not any(e.cameo == "072" for e in events), "arms moved to one's own frontier are not arms given"


@pytest.mark.parametrize(("text", "cameo"), [
    ("A sit-in by retired teachers outside the education ministry in Accra entered its second week.", "141"),
    ("The cease-fire between Armenia and Azerbaijan held through the night.", "0871"),
])
def test_a_hyphenated_event_noun_is_read_whole(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == cameo and not e.rule.startswith("model:")]
    assert events and "-" in events[0].trigger.text, [(e.cameo, e.trigger.text) for e in code(coder, text)]


def test_striking_workers_are_on_strike_not_struck(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The port of Mombasa was paralysed by striking dock workers demanding higher pay.")
    assert any(e.cameo == "143" and e.source is not None and e.source.sector == "LAB" for e in events), \
        [(e.cameo, e.source) for e in events]
    assert not any(e.plover == "ASSAULT" for e in events)
    events = code(coder, "Russian drones striking workers at a power plant in Zaporizhzhia killed three.")
    assert not any(e.cameo == "143" for e in events), "a drone that strikes workers is force"


@pytest.mark.parametrize(("text", "group"), [
    ("Argentina's CGT called a general strike against the labour reform.", "ARGLABCGT"),
    ("The CGT called a strike against Macron's pension reform in Paris.", "FRALABCGT"),
    ("Bangladesh's interim government lifted its ban on Jamaat-e-Islami.", "BGDJIS"),
])
def test_a_name_several_countries_groups_share_takes_the_countrys_named(coder, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    codes = {a.code for e in code(coder, text) for a in (e.source, e.target) if a is not None}
    assert group in codes, codes


def test_responding_to_an_act_aims_at_its_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Russia denounced the joint naval drills by Britain and Norway near its waters.")
              if e.plover == "ACCUSE"]
    assert {e.target.country for e in events if e.target is not None} >= {"GBR", "NOR"}, \
        [(e.cameo, e.target) for e in events]


def test_peacekeepers_withdrawn_from_karabakh_leave_azerbaijan(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Russia began withdrawing its peacekeepers from Nagorno-Karabakh on Wednesday.")
    assert any(e.cameo.startswith("166") and e.target is not None and e.target.country == "AZE" for e in events), \
        [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("The expulsion of nine Iranian diplomats by Albania was announced on Wednesday.", "161", "ALB", "IRN"),
    ("The seizure of a Liberian-flagged tanker by Iran's navy raised tensions in the Gulf.", "1711", "IRN", None),
])
def test_a_noun_of_acting_codes_as_its_verb_with_that_object(coder, text: str, cameo: str, source: str,  # type: ignore[no-untyped-def]
                                                            target: str | None) -> None:
    events = [e for e in code(coder, text) if e.cameo == cameo]
    assert any(e.source is not None and e.source.country == source
               and (target is None or e.target is not None and e.target.country == target) for e in events), \
        [(e.cameo, e.source, e.target, e.rule) for e in code(coder, text)]
    assert "cues.tsv" in events[0].rule  # the rule names the verb row and the cue it came by


def test_a_threat_with_no_doer_named_is_the_warners(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Pakistan's army chief warned the Taliban that their hideouts would be "
                                     "bombed if attacks across the border continued.")
              if e.plover == "THREATEN" and not e.cameo == "130"]
    assert any(e.source is not None and e.source.country == "PAK" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_handover_of_suspects_is_judicial_cooperation_with_the_receiver(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The handover of three suspected smugglers by Greek police to Bulgarian authorities "
                         "took place at the Kulata crossing.")
    assert any(e.cameo == "063" and e.source is not None and e.source.country == "GRC"
               and e.target is not None and e.target.country == "BGR" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "A play about the 1944 Warsaw Uprising, when Polish fighters attacked German garrisons, opened in Krakow.",
    "A new exhibition in Belgrade recalls the 1999 NATO bombing of the city.",
    "Veterans marked the 50th anniversary of the invasion of Cyprus by Turkish troops.",
])
def test_an_act_told_of_a_past_event_is_background(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "ASSAULT"]
    assert events and all(e.historical for e in events), [(e.cameo, e.trigger.text, e.historical) for e in events]


@pytest.mark.parametrize("text", [
    "A small cargo plane crashed outside Juba on Friday, killing the three crew.",  # the verb names a mishap
    "An army helicopter crashed during a training flight in Chile, killing six soldiers.",
    "A passenger coach skidded on ice and caught fire, killing 14 travellers in Kazakhstan.",
    "A gas explosion in a block of flats killed five residents in Kharkiv on Sunday.",  # a fuel's blast
    "A blast at a chemical plant in Gujarat killed four workers on Monday.",  # a works' blast
    "Two guards were killed and nine hurt when a boiler exploded at a power station in Iraq.",
    "The Egyptian pound came under attack in thin trading on Tuesday.",  # a currency attacked
    "A series of cyclones swept the coast of Mozambique, killing dozens of villagers.",  # a run of storms
])
def test_accidents_and_market_attacks_are_no_events(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "A car bomb explosion killed 12 people outside a police station in Mogadishu.",  # a blast alone is a bombing
    "A Russian drone crashed into a block of flats in Odesa, killing two residents.",  # a weapon's crash
    "Israeli jets struck a gas station in Rafah, killing four people.",
    "Police opened fire on marchers in Kinshasa, killing three.",  # fire opened is no fire caught
])
def test_bombings_and_weapons_that_crash_are_still_attacks(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.plover == "ASSAULT" for e in events), [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Guinea withdrew from the regional bloc on Friday.", "160"),  # a body left (cue family `body`)
    ("Niger pulled out of the defence alliance in January.", "160"),
    ("Ukrainian forces withdrew from the town of Avdiivka.", "0874"),  # ground given up
])
def test_leaving_a_body_reduces_relations_and_leaving_a_town_is_retreat(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if not e.rule.startswith("model:")]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "A South Korean chipmaker agreed to buy a Dutch startup for $300 million.",  # firms' trade
    "Mexico bombarded the Jamaican goal but never found an equaliser.",  # a game
])
def test_firms_named_by_trade_and_games_in_other_words_are_no_events(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "target"), [
    ("Hamas moved hundreds of fighters to positions near the Israeli border on Friday.", "ISR"),
    ("France dispatched a naval strike group to the eastern Mediterranean as a warning to Turkey.", "TUR"),
])
def test_the_forces_a_posture_moves_are_its_means_not_its_target(coder, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "MOBILIZE"]
    assert events and all(e.target is not None and e.target.country == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_streets_of_a_city_are_in_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Thousands took to the streets of Bamako on Friday.") if e.plover == "PROTEST"]
    assert events and all(e.location is not None and e.location.name == "Bamako" for e in events), \
        [(e.location, e.source) for e in events]
    assert all(e.source is not None and e.source.code == "MLICVL" for e in events), [e.source for e in events]


def test_residential_areas_of_a_city_are_in_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Russian drones hit residential areas of Sumy overnight, killing a child.")
              if e.plover == "ASSAULT"]
    assert events and all(e.target is not None and e.target.country == "UKR" for e in events), \
        [(e.cameo, e.target) for e in events]


def test_a_share_of_voters_polled_is_no_actor(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "A new poll found that 41% of Polish voters approve of the cabinet.") if e.plover]
    assert not events, [(e.cameo, e.source, e.target, e.rule) for e in events]


def test_a_states_own_country_named_nearby_is_no_guessed_target(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Hanoi refused to budge on the reef, insisting that it was Vietnamese territory."
    events = [e for e in code(coder, text) if e.plover == "REJECT"]
    assert events and all(e.target is None or e.target.code != "VNM" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_whoever_reports_a_private_crime_is_not_its_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "A man stabbed his cousin to death in a quarrel over money in Marseille, police said.")
    assert all(e.source is None or e.source.sector != "COP" for e in events), [(e.cameo, e.source) for e in events]


def test_force_on_a_tumour_is_no_attack(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Doctors in Seoul said they had destroyed tumours with a new laser.") if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Any Israeli aggression will be answered with force, Iran's foreign minister said.", "IRN", "ISR"),
    ("Any Azerbaijani incursion would be met with a strong response, Armenia's defence ministry said.", "ARM", "AZE"),
])
def test_a_reported_passive_answer_with_force_is_the_speakers_threat(coder, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "THREATEN"]
    assert any(e.source and e.source.country == source and e.target and e.target.country == target for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "A poll released on Friday showed support for the ruling party slipping to 27 percent.",  # a figure measured
    "A Kenyan businessman withdrew cash from a bank in Mombasa minutes before the robbery.",  # money (a guard)
])
def test_measured_support_and_cash_withdrawn_are_no_events(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "The minister condemned the shelling, calling the strike a grave error.",  # a strike named, not called
    "The senator held a campaign rally in Des Moines on Saturday.",  # electioneering, no protest
    "Norway froze new grants to Malawi in protest at the jailing of the reporter.",  # a motive, not a rally
])
def test_named_strikes_campaign_rallies_and_motives_are_no_protests(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == "PROTEST"]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Dock workers in Chittagong launched a strike against the port authority.", "143", "BGD", None),
    ("Nelson Mandela rallied southern African leaders behind Mozambique's peace deal.", "053", "ZAF", None),
    ("Hanoi issued a list of demands to Beijing over the fishing boats.", "100", "VNM", "CHN"),
    ("Israeli settlers went on a rampage through the West Bank village of Turmus Ayya.", "180", "ISR", None),
    ("Riyadh extended aid to Yemen.", "070", "SAU", "YEM"),  # a bare subject parsed as an adverb
])
def test_workers_strikes_rallies_lists_and_rampages(coder, text: str, cameo: str, source: str,
                                                    target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo and e.source and e.source.country == source
               and (target is None or e.target and e.target.country == target) for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Japan's weather agency issued flood warnings for much of Kyushu on Monday.",  # a weather warning
    "A fuel lorry overturned and exploded on a highway in Kenya, setting fire to cars and killing 12 people.",
    "Wildfires raging across Portugal's Algarve have scorched thousands of hectares, forcing villagers to flee.",
    "Customs officers in Rotterdam seized three tonnes of cocaine hidden in a banana shipment from Colombia.",
    "A man stabbed his neighbour during a row over parking in the southern French city of Lyon, police said.",
    "Nickel prices fell on the London Metal Exchange after weak factory data from China.",
    "India's lunar probe landed near the south pole of the moon on Wednesday.",
    "A survey found that 55% of Chilean voters back the pension reform.",  # a figure (a guard)
])
def test_weather_warnings_mishaps_seizures_of_drugs_and_crime_are_no_events(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Insurgents set fire to a police post in Kunduz, killing three officers.", "ASSAULT", "AFG", None),  # a guard
    ("Fighting broke out between Sudanese and South Sudanese troops near Heglig.", "ASSAULT", "SDN", "SSD"),
    ("India's prime minister pledged that New Delhi would deepen defence ties with Tokyo.", "AGREE", "IND", "JPN"),
    ("Britain insisted that Tehran let the inspectors return at once.", "REQUEST", "GBR", "IRN"),
])
def test_pairs_on_the_verb_promises_in_a_clause_and_demands_in_a_past_form(coder, text: str, plover: str, source: str,
                                                                            target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_player_withdrawn_from_a_squad_is_no_retreat(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kenya withdrew its captain from the squad for the qualifier against Uganda because of a knee injury.")
    assert not [e for e in events if e.cameo.startswith("08")], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Armenia has placed its armed forces on full alert along the border with Azerbaijan, officials in Yerevan said.",
     "MOBILIZE", "ARM", "AZE"),
    ("Iran paraded its new drones through Tehran in a display of strength aimed at Israel.", "MOBILIZE", "IRN", "ISR"),
    # a phrase inside the object's phrase (a guard: the nearest-actor guess found it before)
    ("Beijing lifted its ban on group tours to Japan's hot spring resorts, the Chinese tourism ministry said.",
     "CONCEDE", "CHN", "JPN"),
])
def test_a_show_of_force_aims_along_a_border_or_at_whom_it_says(coder, text: str, plover: str, source: str,
                                                                 target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a truce named for the city it was signed in is no act of that city's state
    ("Pro-Russian separatists broke the Minsk ceasefire by pressing their assault on government forces near Mariupol.",
     "ASSAULT", "UKR", "UKR"),
])
def test_a_truce_named_for_a_city_is_not_its_states(coder, text: str, plover: str, source: str,
                                                    target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_an_act_of_dissent_is_done_by_whoever_does_the_act(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of Belarusians laid flowers outside the embassy in an act of quiet dissent against the war in Ukraine."
    dissent = [e for e in code(coder, text) if "dissent" in e.trigger.text]
    assert dissent and all(e.source and e.source.country == "BLR" for e in dissent), \
        [(e.cameo, e.source, e.target) for e in dissent]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a "by" phrase the parser hangs on the "to" clause of a passive names the asker
    ("Teachers on strike were urged to go back to their classrooms by Ghana's education minister.",
     "REQUEST", "GHA", "GHA"),
    # a quote with no doer of its own leaves the participle to the speaker
    ("Free elections must be held without delay, Canada's foreign minister said on Monday, urging Caracas "
     "to release political prisoners.", "REQUEST", "CAN", "VEN"),
    # "his country" is the country of the speaker, a role word of a named country
    ("Chad's foreign minister said on Thursday that his country had forgiven Libya for the occupation of the Aouzou Strip.",
     "SUPPORT", "TCD", "LBY"),
    # South Asian wire words for rebels and soldiers
    ("Maoists ambushed a convoy of jawans in Chhattisgarh's Sukma district on Tuesday.", "ASSAULT", "IND", "IND"),
])
def test_the_doer_is_found_past_a_misparse_or_a_quote(coder, text: str, plover: str, source: str,
                                                      target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_participle_after_a_quote_with_a_doer_is_still_the_quotes(coder) -> None:  # type: ignore[no-untyped-def]
    # guard: "killing" goes with the gunmen, not with the police who report it
    events = code(coder, "Gunmen attacked a bus near Quetta, police said, killing seven passengers.")
    assert not any(e.source is not None and e.source.sector == "COP" and e.plover == "ASSAULT" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a favour told with no doer named is the telling state's own
    ("Tents and water pumps will be flown to flood-hit Libya within days, Algeria's foreign ministry said on Sunday.",
     "AID", "DZA", "LBY"),
    # forces withdrawn are withdrawn by their own state, and "by June" is a deadline, not a doer
    ("Italian troops will be withdrawn from Lebanon by June, the Lebanese army said on Friday.",
     "RETREAT", "ITA", "LBN"),
])
def test_a_passive_act_with_no_doer_named_is_read_from_the_quote(coder, text: str, plover: str, source: str,
                                                                 target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_release_told_by_the_freed_ones_lawyer_is_not_the_lawyers(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Three reporters were released from a jail in Minsk, their lawyer said on Monday.")
              if e.cameo.startswith("084")]
    assert events and not any(e.source is not None and e.source.sector in ("JUD", "LEG") for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Opposition parties in the region usually boycott elections they consider rigged.",
    "Military juntas frequently suspend the constitution and jail opposition figures after seizing power.",
    "Incoming prime ministers traditionally pay their first official visit to Washington.",
    "UN peacekeepers are normally deployed only after a ceasefire is agreed.",
    "A siege is an operation in which an army surrounds a town and cuts off its supplies.",
])
def test_a_habit_or_a_definition_is_no_event(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover]
    assert not events, [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover"), [
    # guards: the past tense reports acts, and "rarely" stresses a real one
    ("Police often fired tear gas at the marchers in Nairobi during the protests last July.", "ASSAULT"),
    ("China has rarely criticised Russia so openly, accusing Moscow of endangering civilians in Kharkiv.", "ACCUSE"),
])
def test_an_act_said_to_be_frequent_or_rare_is_still_news(coder, text: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.plover == plover for e in code(coder, text))


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # the ones who died in an ambush underwent it; its owner did it
    ("Eleven Malian soldiers died in a jihadist ambush near the border with Burkina Faso.", "ASSAULT", None, "MLI"),
    ("Five Afghan policemen died in a Taliban raid on a checkpoint in Helmand.", "ASSAULT", "AFG", "AFG"),
])
def test_those_who_die_in_an_attack_are_its_targets(coder, text: str, plover: str, source: str | None,
                                                    target: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.plover == plover]
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.source is not None and e.source.sector in ("MIL", "COP") for e in events), \
        [(e.cameo, e.source, e.target) for e in events]
    assert any(e.target is not None and e.target.sector in ("MIL", "COP") for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_obituary_is_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Former Israeli prime minister Ariel Sharon died in a hospital near Tel Aviv "
                                     "on Saturday, aged 85.") if e.plover]
    assert not events, [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a venue "at" the White House is no party to a deal signed there
    ("Serbia and Kosovo signed an economic accord at the White House on Friday.", "SUPPORT", "SRB", "XKX"),
    # "the leaders of A and B" are two sides
    ("The presidents of Chad and Sudan signed a border security pact in N'Djamena.", "SUPPORT", "SDN", "TCD"),
    # talks are "on" their topic, not with it
    ("Talks on a prisoner swap were held in Abu Dhabi on Tuesday between Russian and Ukrainian officials.",
     "CONSULT", "RUS", "UKR"),
])
def test_a_deal_or_talk_is_between_its_sides_not_its_venue_or_topic(coder, text: str, plover: str, source: str,
                                                                    target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_force_is_still_aimed_at_whom_it_is_fired_at(coder) -> None:  # type: ignore[no-untyped-def]
    # guard: "at" still names a target outside deals and talks
    assert has(code(coder, "Hezbollah fired dozens of rockets at Israel on Sunday."), "ASSAULT", "LBN", "ISR")


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a reduced relative read as the main verb: the fishermen were detained and freed, not detainers
    ("Thirty-one Egyptian workers detained for overstaying were released by the authorities in Libya on Friday.",
     "RETREAT", "LBY", "EGY"),
    ("Thirty-one Egyptian workers detained for overstaying were released by the authorities in Libya on Friday.",
     "COERCE", None, "EGY"),
    # a party name two countries' parties share is the one of the country written before it
    ("Bangladesh's government lifted its ban on the Jamaat-e-Islami party on Thursday.", "CONCEDE", "BGD", "BGD"),
])
def test_actors_past_a_reduced_relative_or_a_shared_name(coder, text: str, plover: str, source: str | None,
                                                         target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_a_city_named_after_a_capital_is_not_that_capital(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Thousands of residents of Santiago de Cuba took to the streets on Sunday to "
                                     "protest power cuts.") if e.plover]
    assert events and not any(a is not None and a.country == "CHL" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # a seat of government another state's office is named like belongs to the owner written before it
    ("India's Foreign Office summoned Bangladesh's envoy in New Delhi on Monday.", "ACCUSE", "IND", "BGD"),
    # names the gazetteer would read as another country's
    ("Agents of the Department of State Services detained a senator in Abuja on Tuesday.", "COERCE", "NGA", "NGA"),
    ("Gunmen killed 30 villagers in Plateau State on Sunday.", "ASSAULT", "NGA", "NGA"),
])
def test_a_name_is_read_as_its_owners(coder, text: str, plover: str, source: str,
                                      target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert has(events, plover, source, target), [(e.cameo, e.source, e.target) for e in events]


def test_where_the_news_was_told_does_not_place_its_doers(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Militiamen burned three villages in Western Tigray, a rights group "
                                     "said in Nairobi on Monday.") if e.plover]
    assert events and not any(a is not None and a.country == "KEN" for e in events for a in (e.source, e.target)), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), [
    ("Ecuador's president decreed a night-time curfew in seven provinces.", "1723", "ECU", None),
    ("The junta decreed a state of emergency across the country.", "1724", None, None),
    ("Amhara forces attacked a federal army base near Gondar.", "190", "ETH", None),
    # the doer's own demonym is no other party: the place left says whom ground is given up to
    ("The withdrawal of Russian forces from Kherson was completed on Friday.", "0874", "RUS", "UKR"),
    # a crowd lifting its own blockade eases dissent, not a military blockade
    ("Protesters lifted their blockade of the refinery on Monday.", "082", None, None),
    # leaving an initiative rejects it, it gives up no ground
    ("Italy pulled out of China's Belt and Road Initiative.", "127", "ITA", None),
    # "back" read as an adverb still carries the "to" phrase of the one given back to
    ("Germany handed 20 Benin Bronzes back to Nigeria on Tuesday.", "084", "DEU", "NGA"),
    ("The Ugandan government suspended the operations of 54 charities.", "172", "UGA", None),
    ("Imran Khan was arrested by paramilitary Rangers on Tuesday.", "173", "PAK", "PAK"),
    ("The lawmaker was beaten by security operatives in Kampala.", "182", "UGA", None),
    # an envoy recalled: his own state recalls him from the one he was posted to
    ("South Africa's diplomats in Tel Aviv were recalled to Pretoria for consultations.", "161", "ZAF", "ISR"),
    # weapons that slam into a site are their maker's attack; a car that does so is an accident
    ("Russian missiles slammed into power plants across Ukraine overnight.", "190", "RUS", "UKR"),
    # the owner of a decision to act is the doer, not whoever talks about the decision
    ("Washington welcomed Hanoi's decision to release the prisoners.", "0841", "VNM", None),
    # a bare office after the quote speaks for its subject, even one the parser tags a name
    ("China could impose sanctions on Lithuania, the foreign ministry said.", "1312", "CHN", "LTU"),
    # abducted girls are people of the place
    ("Boko Haram abducted 276 girls from a school near the border with Cameroon.", "181", "NGA", "NGA"),
    ("Armed men stormed a church in Burkina Faso.", "190", "BFA", "BFA"),
    # a participle's noun is what its pattern takes as object: "diplomats expelled by Poland"
    ("Five Russian diplomats expelled by Poland left Warsaw on Friday.", "161", "POL", "RUS"),
    # captives freed with no one named as freeing them: their captors free them
    ("Two aid workers kidnapped by al Shabaab in Kenya were released on Monday.", "0841", "SOM", None),
    # a noun of warning whose clause announces the speaker's own act codes as that threat
    ("Khartoum's warning that it could expel the U.N. mission was read out in New York.", "1313", "SDN", None),
    ("Hungary's threat to veto the package angered Brussels.", "130", "HUN", None),
    # the noun a relative clause describes is what its verb acts on
    ("The $200 million in loans that Beijing released to Laos paid for the railway.", "071", "CHN", "LAO"),
    # a sum's "in" phrase says what the money is
    ("Washington paused $40 million in military aid to Kampala on Friday.", "162", "USA", "UGA"),
    # an envoy carrying messages between two sides mediates
    ("Oman relayed messages between Tehran and Washington.", "045", "OMN", None),
    ("Senators voted against the arms sale to Riyadh.", "120", None, None),
    ("Guatemala's president withdrew the land reform bill from Congress.", "0832", "GTM", "GTM"),
    ("Kenya forcibly repatriated 300 Somali refugees.", "174", "KEN", "SOM"),
    ("The Nigerien government sent in troops to restore order in Agadez.", "154", "NER", None),
    ("The Ugandan government called in the army after the riots in Kampala.", "154", "UGA", None),
    ("A bomb ripped through a police bus in Quetta on Friday.", "183", None, "PAK"),
    ("Students gathered outside the courthouse to demand the release of their teachers.", "141", None, None),
    # drills held by two named sides are held together
    ("Chinese and Pakistani marines began exercises off Karachi on Monday.", "062", None, None),
    # a participle set off before the verb may be given the sentence's subject by the parser
    ("Kenya's president, speaking after the vote, demanded that Ethiopia free the journalists.", "100", "KEN", "ETH"),
    # a state that tells of a favour withdrawn, with no doer named, withdraws it
    ("All military aid to Niger has been suspended, the French foreign ministry said.", "162", "FRA", "NER"),
    # a report naming who did a hostile act accuses them
    ("Baghdad said Tehran was behind the rocket attack on the oil field.", "112", "IRQ", "IRN"),
    ("Seoul said Pyongyang was responsible for the sinking of the corvette.", "112", "KOR", "PRK"),
    # a state organ acting on a body of a shared name makes it its own state's
    ("Peru's president submitted the pension bill to Congress.", None, None, "PER"),
    # the verb's own "to" phrase may hang on an apposition of its object
    ("Thailand extradited Viktor Bout, the arms dealer, to the United States.", "063", "THA", "USA"),
    # a quantity's "of" phrase counts all its conjuncts
    ("A shipment of rifles and armoured vehicles was handed over to the Somali army, the Turkish embassy said.",
     "072", "TUR", "SOM"),
    ("Tents, blankets and medicines sent by Ankara arrived in Aleppo on Friday.", "073", "TUR", None),
    # monitors who leave are withdrawn by their body, not retreating
    ("OSCE monitors pulled out of Donetsk on Friday.", "1662", None, None),
    # a day named after a strike is no one it is aimed at
    ("Kenyan doctors suspended their strike on Tuesday.", "082", "KEN", None),
    # the common noun before a vessel's name says what was given up
    ("Houthi rebels gave up the tanker Galaxy Leader on Sunday.", "0842", "YEM", None),
    ("Serb leaders threw out the Vance-Owen peace plan.", "120", None, None),
    # a claim of a hostile act names its doer
    ("Hezbollah said on Sunday it was behind the ambush on an Israeli patrol.", "190", "LBN", "ISR"),
    # a mock strike is a drill (a guard: the model reads it so too), a military strike is no walkout
    ("Russian bombers staged mock air strikes near the Norwegian coast.", "150", "RUS", None),
    ("Iraqi jets staged air strikes on Kurdish rebel positions near Zakho.", "195", "IRQ", None),
    # a complaint "against" one, lodged "with" a body, accuses the one
    ("Bolivia lodged a complaint against Chile with the United Nations.", "114", "BOL", "CHL"),
    # a day named after the verb is no phrase a row asks for (a guard: the embargo's own phrase names Belarus too)
    ("The EU on Friday extended its arms embargo against Belarus.", None, None, "BLR"),
    # a demand in the bare form, even with a day before it (a guard: a row once matched the day) or a misread verb
    ("Islamabad insisted on Wednesday that Kabul hand over the militant leaders.", "100", "PAK", "AFG"),
    ("Opposition parties insisted that the president resign.", "100", None, None),
    # a weapon's platform, named in its participle, is the doer's
    ("A rebel leader was killed by a missile fired from a Turkish drone near Qamishli.", None, "TUR", None),
    # a posture faces the neighbour named on the border
    ("Greece reinforced its troops along the Turkish border on Monday.", "154", "GRC", "TUR"),
    # a role word placed in a capital is that state's
    ("Switzerland returned the looted funds to the government in Abuja.", None, "CHE", "NGA"),
    # goods whose imports are halted name whose they are
    ("Moscow suspended imports of Moldovan wine on Tuesday.", "163", "RUS", "MDA"),
    ("Israel withheld the customs revenues owed to the Palestinian Authority.", "1621", "ISR", None),
    ("Kabul handed back the captured Pakistani soldiers at the Torkham crossing.", "0841", "AFG", "PAK"),
    # a passive's "by" phrase read as a plain preposition still names the doer
    ("Two suspects were handed over to French authorities by Algeria last week.", "063", "DZA", "FRA"),
    # goods received that a participle says another gave are that one's aid
    ("Mozambique received a shipment of patrol boats donated by India.", None, "IND", "MOZ"),
    # a role word written with a state's name and an area word is that country's
    ("The Kano state government lifted the curfew on Sunday.", None, "NGA", None),
    # the one criticised "over" a hostile act did it
    ("Amnesty International criticised the Iranian authorities over the mass arrests of students.", "173", "IRN", None),
])
def test_codes_and_actors_of_probed_forms(coder, text: str, cameo: str | None, source: str | None, target: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any((cameo is None or e.cameo == cameo) and (source is None or e.source is not None and e.source.country == source)
               and (target is None or e.target is not None and e.target.country == target) for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_act_voted_against_is_not_done(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Kenya's parliament voted against releasing the jailed Somali pirates.")
    assert "120" in {e.cameo for e in events} and not any(e.plover == "RETREAT" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_plan_a_state_backs_in_a_participle_is_no_news(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The plan backed by Turkey was rejected by the Kurdish fighters near Manbij.")
    assert not any(e.plover == "SUPPORT" for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_a_car_slamming_into_a_bus_is_no_attack(coder) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(coder, "A car slammed into a bus on the highway near Lagos.") if e.plover]


def test_an_army_pulling_back_at_home_acts_on_no_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(coder, "Ukraine's army pulled out of the town of Avdiivka.") if e.cameo == "0874"]
    assert event.source is not None and event.source.country == "UKR"
    assert event.target is None or event.target.sector != "CVL"


def test_regional_role_words_take_no_country_from_the_other_side(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "European officials have demanded that China open its market.") if e.plover == "REQUEST"]
    assert events and all(e.source is not None and e.source.country != "CHN" for e in events)
    events = [e for e in code(coder, "Chechen rebels attacked Russian troops.") if e.plover == "ASSAULT"]
    assert events and events[0].source is not None and events[0].source.country == "RUS"


def test_a_specific_demand_replaces_the_bare_demand(coder) -> None:  # type: ignore[no-untyped-def]
    # a guard on the bare-form row: the resignation demanded is coded, not a second, vaguer demand
    events = code(coder, "The protesters insisted that President Ortega step down.")
    assert "1041" in {e.cameo for e in events} and "100" not in {e.cameo for e in events}, \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_purpose_clause_is_not_blocked(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Cotton farmers blocked the highway near Multan to protest against low prices.")
    assert events and not any(e.status == "negated" for e in events if e.plover == "PROTEST"), \
        [(e.cameo, e.status) for e in events]


def test_a_state_title_in_the_text_overrides_a_later_opposition_role(coder) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(coder, "Colombian President Alvaro Uribe met Venezuelan officials in Cucuta.")
                if e.plover == "CONSULT"][:1]
    assert event.source is not None and event.source.code == "COLGOV", event.source


def test_a_crowd_counted_as_its_own_subject_borrows_no_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Riot police arrested 40 students in Caracas as thousands marched against the government.")
    assert not any(e.plover == "PROTEST" and e.source is not None and e.source.sector == "COP" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_pronoun_refers_to_a_bodys_envoy(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "The UN envoy for Libya said on Sunday he had consulted the rival factions in Tripoli.")
              if e.plover == "CONSULT" and e.rule.startswith("verbs.tsv")]  # the verb's own row, not the model
    assert events and events[0].source is not None and (events[0].source.code or "").startswith("IGOUNO"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_group_refers_to_the_armed_group_named_before(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Hezbollah told Al Manar television that the group had fired rockets at Israeli positions.")
    assert any(e.plover == "ASSAULT" and e.source is not None and e.source.code == "LBNHEZ" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_advance_into_a_town_with_a_day_between_is_force(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ethiopian tanks advanced on Friday into the outskirts of Mekelle.")
    assert any(e.cameo == "190" and e.rule.startswith("verbs.tsv") for e in events), [(e.cameo, e.rule) for e in events]


def test_a_named_kind_of_group_refers_back_to_no_armed_group(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Pentagon ordered the carrier strike group to the Red Sea, in what officials called a warning to Iran.")
    assert any(e.plover == "MOBILIZE" and e.target is not None and e.target.country == "IRN" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_shipments_halted_by_truckers_are_no_embargo(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Brazilian truckers halted grain shipments to protest against diesel prices.")
    assert not any(e.cameo.startswith("163") for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "country"), [
    ("Three Chinese engineers were taken hostage by gunmen in the Niger Delta on Monday.", "CHN"),
    ("Gunmen took three Chinese engineers hostage on Monday.", "CHN"),
])
def test_a_hostage_taking_falls_on_who_is_taken(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.cameo == "181"]
    assert events and all(e.target is not None and e.target.country == country for e in events), \
        [(e.cameo, e.source, e.target) for e in code(coder, text)]


def test_a_prisoner_taken_to_hospital_is_no_hostage_taking(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The wounded prisoner was taken to hospital in Kandahar on Monday, officials said.")
    assert not any(e.cameo == "181" for e in events), [(e.cameo, e.rule) for e in events]



def test_captives_detained_in_a_state_are_freed_by_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Five Americans detained in Iran were freed on Monday under a prisoner swap brokered by Qatar.")
    assert any(e.cameo.startswith("084") and e.source is not None and e.source.country == "IRN"
               and e.target is not None and e.target.country == "USA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_detained_did_not_detain(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Russia freed two Americans detained in Moscow.") if e.cameo == "173"]
    assert events and all(e.source is None or e.source.country != "USA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_joint_operations_with_another_army_are_military_cooperation(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ugandan troops crossed into eastern Congo on Tuesday to conduct joint operations "
                         "with the Congolese army against the Allied Democratic Forces.")
    assert coded(events, "062", "UGA", "COD"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_in_retaliation_names_the_motive_not_another_attack(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Israeli jets struck Hamas positions in Gaza in retaliation for rocket fire.")
    assert not any("retaliation" in e.trigger.text for e in events), [(e.cameo, e.trigger.text) for e in events]


def test_its_in_a_phrase_of_the_verb_is_the_subjects(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "India moved thousands of troops towards its western border with Pakistan on Thursday "
                         "in its biggest military build-up in three decades.")
    assert not any(e.source is not None and e.source.country == "PAK" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_the_army_is_the_one_named_before_not_a_namesake_capitals(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Lebanese troops exchanged fire with Fatah al-Islam militants in the Nahr al-Bared refugee "
                         "camp near Tripoli on Sunday, as the army tightened its siege of the camp.")
    sieges = [e for e in events if "siege" in e.trigger.text]
    assert sieges and all(e.source is not None and e.source.country == "LBN" for e in sieges), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_countrys_name_before_a_foreign_unions_makes_it_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Ghana Trades Union Congress called on the government to reverse a rise in fuel prices.")
    assert events and all(e.source is not None and e.source.country == "GHA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_alert_with_no_doer_named_is_aimed_at_whoever_prompted_it(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Pakistan's armed forces were put on high alert on Tuesday after Indian warplanes struck "
                         "a militant training camp near Balakot.")
    assert coded(events, "151", "PAK", "IND"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_alert_aimed_at_a_neighbour_is_not_told_twice(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Turkish troops were put on alert along the border with Syria.")
              if e.plover == "MOBILIZE"]
    assert len(events) == 1 and events[0].target is not None, [(e.cameo, e.source, e.target) for e in events]


def test_troops_sent_to_the_senders_own_provinces_are_a_build_up(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Thailand has sent an additional 3,000 troops to its three southernmost provinces.")
    assert coded(events, "154", None, "THA"), \
        [(e.cameo, e.source, e.target) for e in events]


def test_captives_freed_under_a_pardon_are_freed_by_its_grantor(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Two Swedish journalists were freed on Monday under a pardon granted by the Ethiopian government.")
    assert any(e.cameo.startswith("084") and e.source is not None and e.source.country == "ETH" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_an_adjective_set_off_after_the_subject_keeps_it_from_the_verb(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Italian Prime Minister Silvio Berlusconi, keen to secure Libyan help in stemming the flow of "
                         "migrants, received Colonel Muammar Gaddafi at Rome's Ciampino airport on Wednesday.")
    assert any(e.plover == "CONSULT" and e.source is not None and e.source.country == "ITA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "country"), [
    ("Israel pressed ahead with construction of the barrier in defiance of an advisory opinion by the "
     "International Court of Justice.", "ISR"),
    ("South Africa allowed Omar al-Bashir to fly out of a Pretoria air base on Monday, in defiance of a court order.", "ZAF"),
])
def test_in_defiance_is_the_defiance_of_whoever_acts(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if "defiance" in e.trigger.text]
    assert events and all(e.source is not None and e.source.country == country for e in events), \
        [(e.cameo, e.source, e.target) for e in code(coder, text)]


def test_our_forces_in_a_quote_are_the_quoted_ones(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, '"Our forces have taken operational control of the Gaza side of the Rafah crossing," '
                         'the IDF said on Tuesday.')
    assert coded(events, "192", "ISR", None), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Nigeria suspended Twitter indefinitely.", "1721"),
    ("Ethiopia suspended the BBC.", "1721"),
    ("Nigeria's federal government has lifted its seven-month suspension of Twitter.", "0811"),
    ("Bangladesh's interim government has banned the Chhatra League, the student wing of the Awami League.", "1722"),
])
def test_acts_on_platforms_outlets_and_leagues(coder, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, text)
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.rule) for e in events]


def test_a_participle_after_the_speakers_aside_is_the_reported_doers(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Saudi Arabia has reopened its airspace and land border to Qatar, Kuwait's foreign minister "
                         "announced, effectively ending the three-and-a-half-year blockade of the Gulf emirate.")
    assert coded(events, "0872", "SAU", None), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_protest_against_an_act_is_against_its_doer(coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, "Thousands marched in Rabat against Israel's bombardment of Gaza.")
              if e.plover == "PROTEST"]
    assert events and all(e.target is not None and e.target.country == "ISR" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_troops_ordered_into_the_streets_are_mobilised(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "Ecuador's President Daniel Noboa has ordered the armed forces into the streets to neutralise 22 gangs.")
    assert coded(events, "154", "ECU", None), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(("text", "country"), [
    ("Venezuela's government has walked out of talks with the opposition in Mexico City.", "VEN"),
    ("The Philippine government held talks with the rebels in Oslo.", "PHL"),
    ("Colombia's government signed a peace deal with the rebels in Havana.", "COL"),
])
def test_a_governments_talks_abroad_are_with_its_own_opposition(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(coder, text) if e.target is not None and e.target.sector in ("OPP", "REB")]
    assert events and all(e.target.country == country for e in events), \
        [(e.cameo, e.source, e.target) for e in code(coder, text)]


def test_a_reporter_named_with_of_is_no_target(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "South Korea's military has raised its alert level and stepped up surveillance, the Joint "
                         "Chiefs of Staff said, hours after Pyongyang fired an intermediate-range missile over Japan.")
    postures = [e for e in events if e.source is not None and e.source.country == "KOR"]
    assert postures and all(e.target is None or e.target.country != "USA" for e in postures), \
        [(e.cameo, e.source, e.target) for e in events]


def test_forces_in_an_agreements_name_are_no_ones(coder) -> None:  # type: ignore[no-untyped-def]
    events = code(coder, "The Philippines has formally notified Washington that it is terminating the Visiting Forces Agreement.")
    assert any(e.plover == "REJECT" and e.target is not None and e.target.country == "USA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]
