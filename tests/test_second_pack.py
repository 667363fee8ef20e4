"""A second admin's later-years pack (tests/fixtures/later_years2: IMD and CPI for 2568, the WJP rule-of-law
index, awards, a satisfaction survey, digital ID), added beside the first with no code change. It declares
its series by id, where the first pack's are found by shared names: both must make one measure."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
import yaml

from bot.core.engine import Engine
from bot.core.loader import load_bundle
from tests.conftest import INTENTS, KNOWLEDGE, LATER_YEARS, SECOND_PACK, scored
from tests.conftest import ask_of as ask


def test_a_declared_series_joins_the_years_found_by_name(with_both_packs: Engine) -> None:
    members = [r.id for r in with_both_packs.series["imd-2568"]]
    assert members[0] == "imd" and members[-1] == "imd-2568", members  # the report's 2564 to the pack's 2568
    reply = ask(with_both_packs, "IMD ด้านประสิทธิภาพภาครัฐ ดีขึ้นไหม")
    assert reply.intent == "trend" and "32" in reply.text and "20" in reply.text, reply.text


def test_a_score_out_of_a_whole_is_a_scale_not_a_share_done(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "CPI 2025 score of Thailand")
    assert "33" in reply.text and "left" not in reply.text and "percent done" not in reply.text, reply.text


def test_a_year_after_by_is_a_deadline_so_the_targets(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "How many services are meant to accept digital ID by 2027?")
    assert not reply.fallback and "1,000" in reply.text, reply.text


def test_a_how_word_with_a_topic_clue_inside_keeps_the_topic_being_discussed(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ดัชนีหลักนิติธรรม WJP ปี 2566 ไทยอันดับเท่าไหร่", session)
    reply = ask(with_both_packs, "แล้วแย่ลงมั้ย", session)  # แย่ลง is a trend cue, not the ITA record's keyword
    assert reply.intent == "trend" and "82" in reply.text, reply.text


def test_a_year_only_targeted_here_is_told_by_a_reading_that_holds_it(with_both_packs: Engine) -> None:
    # the report's satisfaction indicator has only a 2565 target; the pack's 2565 survey has the result
    reply = ask(with_both_packs, "ปี 2565 คนพอใจการจัดการจราจรกี่เปอร์เซ็นต์")
    assert not reply.fallback and "67" in reply.text, reply.text


def test_how_many_registered_is_a_count_not_steps_to_register(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "How many people registered for the digital wallet on the Tang Rat app?")
    assert not reply.fallback and "36" in reply.text, reply.text


def test_how_many_received_the_money_is_not_how_many_registered(with_both_packs: Engine) -> None:
    paid = ("ดิจิทัลวอลเล็ต รัฐโอนเงินให้ไปแล้วกี่คน", "ดิจิทัลวอลเล็ต สรุปมีคนได้รับเงินกี่คนคะ", "ดิจิทัลวอลเล็ต โอนเงินไปแล้วกี่ราย")
    for question in (*paid, "How many people actually received the digital wallet money?"):
        reply = ask(with_both_packs, question)
        assert reply.fallback and "36" in reply.text, reply.text  # the registrations it does give, as context


def test_the_top_prize_is_declined_unless_the_topic_names_its_winners(with_both_packs: Engine) -> None:
    declined = ask(with_both_packs, "Who took the grand prize at the Digital Government Awards 2023?")
    assert declined.fallback and "150" in declined.text, declined.text
    named = ask(with_both_packs, "Which agencies got the top prize of the Lert Rat awards in 2021?")
    assert not named.fallback and "Livestock" in named.text, named.text


def test_a_penalty_asked_of_a_topic_that_names_none_is_declined(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA ปี 66 หน่วยงานที่สอบตกมีบทลงโทษไหม")
    assert reply.fallback and "80.94" in reply.text, reply.text


def test_who_is_ahead_in_asean_is_answered_where_the_source_names_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD 2024: which ASEAN country came ahead of Thailand?")
    assert not reply.fallback and "Singapore" in reply.text, reply.text


def test_who_presided_is_told_by_the_text_naming_the_chair_not_the_organiser(with_both_packs: Engine) -> None:
    for question in ("Who presided at the 2024 Digital Government Awards?", "งาน DG Awards 2024 ใครเป็นประธาน"):
        reply = ask(with_both_packs, question)
        assert not reply.fallback and ("Prasert" in reply.text or "ประเสริฐ" in reply.text), reply.text
    organiser = ask(with_both_packs, "ใครเป็นผู้จัด DG Awards 2024")  # the who detail names the organiser
    assert not organiser.fallback and ("DGA" in organiser.text), organiser.text


def test_a_role_asked_of_no_year_is_told_by_the_year_whose_detail_names_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "Which prime minister pledged to use the WJP Rule of Law Index?")
    assert not reply.fallback and "Srettha" in reply.text, reply.text  # 2566's who, not 2568's presenter


def test_the_last_part_named_is_the_one_asked(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD ด้านประสิทธิภาพภาครัฐ ปัจจัยย่อยนโยบายการคลัง ปี 67 อันดับเท่าไร")
    assert reply.fallback and "24" in reply.text, reply.text  # the factor's rank it gives, as context


def test_a_change_listed_compares_a_years_figure_with_the_one_labelled_like_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "มีตัวไหนบ้างที่ผลดีขึ้นจากปีก่อน")
    line = next(ln for ln in reply.text.split("\n") if "เลิศรัฐ" in ln)
    assert "234" in line and "238" in line and "เพิ่มขึ้น 4" in line, line  # awards, not the 2 outstanding ones


def test_which_year_of_no_year_is_the_year_whose_source_says_it(with_both_packs: Engine) -> None:
    for question in ("ไทยติดอันดับ 2 ของอาเซียนใน IMD ปีไหนนะ", "In which year was Thailand second in ASEAN on IMD?"):
        reply = ask(with_both_packs, question)  # 2567's news says so; 2568's gives no ASEAN place
        assert not reply.fallback and "2567" in reply.text, reply.text


def test_a_grounded_reading_holding_every_clue_answers_for_one_lacking_some(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "Satisfaction with social-quality services in the 2022 survey: what were the rates?")
    assert not reply.fallback and "53.4" in reply.text, reply.text  # the survey's, not the report's overall 84.81


def test_two_measures_compared_by_progress_use_their_newest_years_with_a_target(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ระหว่าง Citizen Portal กับ Biz Portal อันไหนเข้าใกล้เป้ามากกว่ากัน")
    assert reply.intent == "whole_compare" and "58.33" in reply.text and "40.91" in reply.text, reply.text
    assert "รายงานการพัฒนาระบบราชการ" in reply.text, reply.text  # cited from where the values come


# Each written from the packs' FACTS.md without reading the code, scored with both packs loaded; the
# misses of each were looked at since. Accuracy at least, confidently wrong at most:
LATER_YEARS_SETS = {
    "later_years2.jsonl": (0.9825, 0.0175),  # the second pack's own: 0.638 / 0.052 on first contact
    # both packs, a third out of scope: 0.859 / 0.099 on first contact (7 of 27 out-of-scope answered);
    # guarded at the score last measured, so that one answer lost fails
    "later_years3.jsonl": (0.9995, 0.0005),
    # both packs, 25 of 71 out of scope, written a session later: 0.859 / 0.113 on first contact
    "later_years4.jsonl": (0.9715, 0.0005),
    # both packs, 24 of 70 out of scope, written a session later again: 0.771 / 0.171 on first contact
    # (0.900 once: the news outlets of "IMD 2565-2568" were told by chance in 2568's text, lost when a range
    # of years came to tell each year's figure)
    "later_years5.jsonl": (0.9425, 0.0295),
    # both packs, 26 of 77 turns out of scope, a session later still: 0.909 / 0.052 on first contact
    "later_years6.jsonl": (0.9865, 0.0005),
    # both packs, 28 of 76 turns out of scope, scored on the next session's starting code (e4a1b6c)
    "later_years7.jsonl": (0.9605, 0.0265),  # 0.816 / 0.118 on first contact
    # both packs, 27 of 80 turns out of scope, scored on the next session's starting code (869caef)
    "later_years8.jsonl": (0.9995, 0.0005),  # 0.925 / 0.062 on first contact
    # both packs, 30 of 81 turns out of scope, written mid-session and scored on 7517784
    "later_years9.jsonl": (0.9505, 0.0125),  # 0.840 / 0.111 on first contact
    # both packs, 27 of 85 turns out of scope, scored on the next session's starting code (ee05cc5)
    "later_years10.jsonl": (0.9875, 0.0005),  # 0.882 / 0.094 on first contact
    # both packs, 28 of 85 turns out of scope, written mid-session and scored on 6447c42
    "later_years11.jsonl": (0.9645, 0.0125),  # 0.800 / 0.118 on first contact
    # written at the start of the next session, scored on 24658e9 before any change for it
    "later_years12.jsonl": (0.9645, 0.0235),  # 0.930 / 0.035 on first contact
    # written mid-session, scored on 4d46d21 before any change for it
    "later_years13.jsonl": (0.9755, 0.0125),  # 0.905 / 0.083 on first contact
    # written late in the session, scored on 0d283d5 before any change for it
    "later_years14.jsonl": (0.9655, 0.0115),  # 0.932 / 0.034 on first contact
    # written at the start of the session after, scored on its starting code (0a004a0) before any change
    "later_years15.jsonl": (0.9885, 0.0005),  # 0.898 / 0.045 on first contact
    # written mid-session, scored on e5172f3 before any change for it
    "later_years16.jsonl": (0.9885, 0.0115),  # 0.909 / 0.045 on first contact
    # written late in the session, scored on 69a9ede before any change for it
    "later_years17.jsonl": (0.9425, 0.0235),  # 0.909 / 0.068 on first contact
    "later_years18.jsonl": (0.9765, 0.0115),  # 0.841 / 0.102 on first contact
    # written at the start of the session after, scored on its starting code (6099f79) before any change
    "later_years19.jsonl": (0.9575, 0.0345),  # 0.898 / 0.076 on first contact
    # written mid-session, scored on 00df3c3 before any change for it
    # l20-035 ("รางวัลอะไรบ้างในช่วงปี65-67", a list across years) went from declined to one topic's years told
    "later_years20.jsonl": (0.9745, 0.0085),  # 0.893 / 0.049 on first contact
    # written at the start of the session after, scored on 8134fe1 before any change for it
    "later_years21.jsonl": (0.9575, 0.0255),  # 0.890 / 0.059 on first contact
    # written at the start of the session after, scored on 2992aa9 before any change for it
    "later_years22.jsonl": (0.9495, 0.0335),  # 0.908 / 0.075 on first contact
    # written mid-session, scored on db0791b before any change for it
    "later_years23.jsonl": (0.9745, 0.0085),  # 0.950 / 0.033 on first contact
    "later_years24.jsonl": (0.9625, 0.0095),  # 0.870 / 0.083 on first contact
    "later_years25.jsonl": (0.9345, 0.0285),  # 0.898 / 0.037 on first contact
    "later_years26.jsonl": (0.9535, 0.0095),  # 0.926 / 0.046 on first contact
    "later_years27.jsonl": (0.9625, 0.0095),  # 0.897 / 0.047 on first contact
    # written at the start of the session after, scored on its starting code (d35ccd8) before any change
    "later_years28.jsonl": (0.9805, 0.0005),  # 0.954 / 0.019 on first contact (35/37 out of scope declined)
    # written mid-session, scored on 4d6f290 before any change for it
    "later_years29.jsonl": (0.9725, 0.0095),  # 0.936 / 0.036 on first contact (35/38 out of scope declined)
    # written late in the session, scored on 3a4cc53 before any change for it
    "later_years30.jsonl": (0.9335, 0.0195),  # 0.877 / 0.075 on first contact (33/38 out of scope declined)
    # written at the start of the session after, scored on its starting code (6fd043c) before any change
    "later_years31.jsonl": (0.9725, 0.0275),  # 0.955 / 0.045 on first contact (37/41 out of scope declined)
    # written mid-session, scored on c41bb16 before any change for it
    "later_years32.jsonl": (0.9725, 0.0275),  # 0.955 / 0.036 on first contact (39/42 out of scope declined)
    # written at the start of the next session, scored on 39e294f before any change for it
    "later_years33.jsonl": (0.9715, 0.0195),  # 0.963 / 0.028 on first contact (38/40 out of scope declined)
    # (0.981 mid-session; a follow-up rule taken out: keywords a long record mentions kept it over a new topic)
    # written at the start of the next session, scored on c5c31ed before any change for it
    "later_years34.jsonl": (0.9655, 0.0225),  # 0.944 / 0.034 on first contact (27/29 out of scope declined)
    # written mid-session, scored on f73f093 before any change for it
    "later_years35.jsonl": (0.9205, 0.0225),  # 0.899 / 0.022 on first contact (26/28 out of scope declined)
    # written at the start of the next session, scored on 037ac16 before any change for it
    "later_years36.jsonl": (0.9885, 0.0115),  # 0.966 / 0.023 on first contact (30/31 out of scope declined)
    "later_years37.jsonl": (0.9355, 0.0215),  # 0.915 / 0.043 on first contact (33/36 out of scope declined)
}


@pytest.mark.parametrize("name", LATER_YEARS_SETS)
def test_the_later_years_question_sets(with_both_packs: Engine, name: str) -> None:
    results = scored(with_both_packs, name)
    least, most = LATER_YEARS_SETS[name]
    right = sum(ok for _, ok, _ in results) / len(results)
    wrong = [i for i, _, w in results if w]
    assert right >= least, right
    assert len(wrong) / len(results) <= most, wrong


def test_a_score_for_a_year_only_ranked_in_passing_is_declined_naming_the_years_it_has(with_both_packs: Engine) -> None:
    # the 2568 WJP source gives 2567 only as "78th the year before": a rank, no score
    reply = ask(with_both_packs, "WJP score of Thailand in 2024?")
    assert reply.fallback and "2565 (2022), 2566 (2023), 2568 (2025)" in reply.text, reply.text
    ranked = ask(with_both_packs, "อันดับ WJP ของไทยปี 2567")  # the rank it does give for that year
    assert not ranked.fallback and "78" in ranked.text, ranked.text


def test_a_rank_of_a_year_a_source_names_only_in_passing_is_declined(with_both_packs: Engine) -> None:
    # the 2565 WJP source says its score equalled 2564's; no source gives a 2564 rank
    for question in ("wjp ปี 64 ไทยอยู่อันดับที่เท่าไหร่", "What was Thailand's WJP Rule of Law rank in 2021?"):
        reply = ask(with_both_packs, question)
        assert reply.fallback and "80" not in reply.text.split("2565")[0], (question, reply.text)
    target = ask(with_both_packs, "What is Thailand's EGDI target rank for 2027?")  # a target said in passing
    assert not target.fallback and "40" in target.text, target.text
    score = ask(with_both_packs, "WJP ปี 64 ได้คะแนนเท่าไหร่")  # "ได้ 0.50 จากคะแนนเต็ม 1 เท่ากับปี 2564"
    assert not score.fallback and "0.50" in score.text, score.text


def test_a_word_only_other_years_sources_give_is_declined_for_the_year_asked(with_both_packs: Engine) -> None:
    # only the 2567 and 2568 CPI news give Thailand's place in ASEAN
    reply = ask(with_both_packs, "CPI 2023 ไทยอยู่อันดับที่เท่าไหร่ในอาเซียน")
    assert reply.fallback and reply.record_id == "cpi-2566" and "2568" in reply.text, reply.text
    given = ask(with_both_packs, "CPI 2025 ไทยอยู่อันดับที่เท่าไหร่ในอาเซียน")
    assert not given.fallback and "อันดับ 7 ของอาเซียน" in given.text, given.text
    # ร่วง, a keyword of the 2564 IMD record only, reads as the 2568 source's ลดลง: no word of another year
    fell = ask(with_both_packs, "IMD ปี 2568 ด้านประสิทธิภาพภาครัฐ ร่วงไปที่เท่าไหร่")
    assert not fell.fallback and "32" in fell.text, fell.text


def test_an_attribute_said_in_the_other_language_is_stated(with_both_packs: Engine) -> None:
    # the 2566 IMD record's Thai text says อันดับรวม; its English says "ranked 30th ... overall"
    reply = ask(with_both_packs, "What was Thailand's overall rank in the IMD ranking of 2023?")
    assert not reply.fallback and "30" in reply.text, reply.text


def test_a_change_is_told_across_the_years_of_a_measures_sources(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "มีอันดับไหนที่แย่ลงบ้าง")
    assert reply.intent == "whole_worsened", reply.text
    assert "อันดับ 24 (ปี 2567) เป็น อันดับ 32 (ปี 2568)" in reply.text, reply.text  # IMD, two packs' records
    assert "EGDI" not in reply.text, reply.text  # 55 to 52: better


def test_a_change_is_asked_up_to_a_year_and_a_year_announced_without_figures_is_passed_over(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    shutil.copytree(LATER_YEARS, folder / "later-years")
    shutil.copytree(SECOND_PACK, folder / "later-years-2")
    (folder / "later-years-2" / "announced.yaml").write_text(
        "source: later-years-2\n"
        "records:\n"
        "  - id: imd-2569\n"
        "    kind: international\n"
        "    sections: ['1']\n"
        "    year: 2569\n"
        "    series: imd\n"
        "    name: {th: อันดับ IMD ปี 2569, en: IMD World Competitiveness Ranking 2026}\n"
        "    aliases: [IMD]\n"
        "    text: {th: IMD จะประกาศผลปี 2569 ในเดือนมิถุนายน, en: IMD will publish its 2026 ranking in June.}\n",
        encoding="utf-8",
    )
    engine = Engine(load_bundle(folder, INTENTS))
    latest = ask(engine, "ตัวชี้วัดไหนแย่ลงบ้าง")  # the 2569 record gives no figure: 2567 to 2568 still
    assert "อันดับ 24 (ปี 2567) เป็น อันดับ 32 (ปี 2568)" in latest.text, latest.text
    in_2566 = ask(engine, "Which indicators got better in 2566?")  # IMD 31 to 24 that year
    assert "rank 31 (2565 (2022)) to rank 24 (2566 (2023))" in in_2566.text, in_2566.text
    assert "Public Sector Development Report" not in in_2566.text, in_2566.text  # the news it comes from


def test_a_word_only_the_definition_holds_makes_the_answer_less_sure(with_both_packs: Engine) -> None:
    # IMD 2565's definition names the four factors; its figure is government efficiency's rank only
    factor = ask(with_both_packs, "ปี 2565 ไทยได้อันดับ IMD ด้าน business efficiency ที่เท่าไหร่")
    assert factor.confidence <= 0.7, (factor.confidence, factor.text)
    own = ask(with_both_packs, "ปี 2565 ไทยได้อันดับ IMD ด้าน government efficiency ที่เท่าไหร่")
    assert own.confidence >= 0.8 and "31" in own.text, (own.confidence, own.text)


def test_a_section_number_of_one_pack_is_no_neighbour_in_another(with_both_packs: Engine) -> None:
    # each pack numbers its facts from 1: EGDI is item 1 of the first, IMD 2568 item 1 of the second
    reply = ask(with_both_packs, "อันดับ EGDI ของไทยปี 2568 เท่าไหร่")
    assert reply.fallback and reply.record_id != "imd-2568" and "IMD" not in reply.text, reply.text


def test_a_change_is_told_of_the_figure_whose_label_the_question_says(with_both_packs: Engine) -> None:
    # "อันดับรวม": รวม is a cue word, so only the label said whole tells the overall rank from government efficiency
    reply = ask(with_both_packs, "อันดับรวม IMD ของไทยจากปี 2565 มาปี 2567 ดีขึ้นกี่อันดับ")
    assert "33" in reply.text and "25" in reply.text and "8" in reply.text, reply.text


def test_a_measure_reached_by_a_shared_keyword_is_not_compared(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD 2024 overall, was Thailand ahead of most ASEAN countries?")
    assert reply.intent != "whole_compare" and "CPI" not in reply.text, reply.text


def test_a_word_only_another_years_source_holds_makes_the_year_asked_less_sure(with_both_packs: Engine) -> None:
    # the world average is given with CPI 2568 only: the 2567 answer cannot tell it, so it is no sure answer
    reply = ask(with_both_packs, "CPI ปี 2567 world average กี่คะแนน")
    assert reply.fallback or reply.confidence < 0.8, (reply.confidence, reply.text)


def test_the_figure_of_a_part_is_told_only_by_a_year_whose_source_gives_it(with_both_packs: Engine) -> None:
    given = ask(with_both_packs, "IMD ปี 2566 ด้านโครงสร้างพื้นฐานไทยอยู่อันดับที่เท่าไร")  # "โครงสร้างพื้นฐานอันดับ 43"
    assert not given.fallback and "43" in given.text, given.text
    for question in (
        "IMD 2565 ด้านโครงสร้างพื้นฐานได้อันดับเท่าไหร่",  # 2565's source gives overall and government ranks only
        "What was Thailand's IMD 2568 rank for the sub-factor labour productivity?",  # named nowhere
    ):
        reply = ask(with_both_packs, question)
        assert reply.fallback, (question, reply.text)


def test_a_kind_of_figure_spoken_of_only_as_a_target_is_no_result_of_that_kind(with_both_packs: Engine) -> None:
    # its source gives a rank, and a score only as a target
    result = ask(with_both_packs, "EGDI ปี 2565 ไทยได้คะแนนเท่าไร")
    assert result.fallback, result.text
    target = ask(with_both_packs, "EGDI ตั้งเป้าคะแนนไว้อย่างน้อยเท่าไร")
    assert not target.fallback and "0.82" in target.text, target.text


def test_an_attribute_of_a_year_asked_must_be_in_that_years_own_source(with_both_packs: Engine) -> None:
    declined = ask(with_both_packs, "What was the world average CPI score in 2022?")  # only the 2568 news gives one
    assert declined.fallback and "2568" in declined.text, declined.text  # the year whose source has it is named
    told = ask(with_both_packs, "WJP 2566 ค่าเฉลี่ยโลกได้เท่าไหร่")
    assert not told.fallback and "0.55" in told.text, told.text


def test_the_source_of_a_figure_asked_is_told_by_the_topics_own_words(with_both_packs: Engine) -> None:
    for question in ("Who is the publisher of the CPI 2024 figures?", "ข้อมูล CPI ปี 2567 มาจากสำนักข่าวไหน"):
        reply = ask(with_both_packs, question)
        assert reply.intent == "source" and not reply.fallback and "The Nation" in reply.text, reply.text
    counted = ask(with_both_packs, "How many agencies were assessed in the ITA for fiscal 2024?")
    assert counted.intent != "source", counted.text


def test_a_year_asked_against_the_year_before_gives_both_years_figures(with_both_packs: Engine) -> None:
    for question in ("IMD 2024 อันดับรวมดีกว่าปีก่อนไหม", "imd 2024 overall rank, better than the previous year?"):
        reply = ask(with_both_packs, question)
        change = "ดีขึ้น 5" in reply.text or "rose 5" in reply.text
        both = "30" in reply.text and "25" in reply.text and change  # both years and the change between them
        assert reply.intent == "trend" and both, (question, reply.text)


def test_a_group_listed_for_a_year_is_each_measures_record_of_that_year(with_both_packs: Engine) -> None:
    year = ask(with_both_packs, "which international rankings do you have for 2024?")
    assert "33 points" not in year.text, year.text  # not CPI 2025's, which tells 2024 only in passing
    plans = ask(with_both_packs, "ยุทธศาสตร์ที่ 1 มีตัวชี้วัดอะไรบ้าง")  # a part's list keeps the report's own
    assert "Biz Portal" in plans.text and "Citizen Portal" in plans.text, plans.text


def test_the_source_asked_after_a_topic_is_that_topics_source(with_both_packs: Engine) -> None:
    for follow_up in ("ข้อมูลนี้มาจากไหนคะ", "ขอแหล่งที่มาหน่อย", "where is this from?", "what's the source"):
        session = uuid.uuid4().hex
        ask(with_both_packs, "รางวัลเลิศรัฐ ปี66 ได้รางวัลกี่รางวัล", session)
        reply = ask(with_both_packs, follow_up, session)
        assert reply.intent == "source" and "Brunei Tribune" in reply.text, (follow_up, reply.text)


def test_an_english_part_named_before_its_facet_word_is_the_part_asked(with_both_packs: Engine) -> None:
    missing = ask(with_both_packs, "IMD 2022 infrastructure pillar rank?")  # 2565's source gives no such part
    assert missing.fallback, missing.text
    given = ask(with_both_packs, "IMD 2023 infrastructure factor rank?")
    assert not given.fallback and "43" in given.text, given.text


def test_of_close_readings_none_holding_every_word_the_one_holding_more_is_meant(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ผลสำรวจพระปกเกล้าปี65 คนพอใจการรักษาความปลอดภัยกี่%")  # not "which survey?"
    assert not reply.fallback and "64.7" in reply.text, reply.text


def test_the_next_round_is_the_measures_next_year_held_and_the_year_after_is_the_next_year(
    with_both_packs: Engine,
) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "EGDI ปี 2565 ไทยอยู่อันดับไหน", session)
    assert "52" in ask(with_both_packs, "รอบต่อไปล่ะ", session).text  # surveyed every two years: 2567
    other = uuid.uuid4().hex
    ask(with_both_packs, "EGDI ปี 2565 ไทยอยู่อันดับไหน", other)
    assert ask(with_both_packs, "ปีต่อมาล่ะ", other).fallback  # 2566: no survey


def test_the_next_round_of_a_yearly_measure_is_the_next_year_and_a_lowest_year_is_not_guessed(
    with_both_packs: Engine,
) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "WJP ปี 2566 ไทยได้อันดับเท่าไร", session)
    assert "78" in ask(with_both_packs, "รอบถัดไปล่ะ", session).text  # yearly: 2567, told in the 2568 source
    lowest = ask(with_both_packs, "ITA ปีไหนคะแนนน้อยที่สุด")  # one year's source would answer for all
    assert lowest.fallback, lowest.text


def test_a_rank_of_a_part_only_the_definition_lists_is_declined_but_a_definitions_own_number_is_told(
    with_both_packs: Engine,
) -> None:
    listed = ask(with_both_packs, "IMD 2022: where did Thailand rank for infrastructure?")  # no such figure
    assert listed.fallback and listed.record_id == "imd-2565", listed.text
    numbered = ask(with_both_packs, "ITA ต้องได้คะแนนกี่คะแนนขึ้นไปจึงจะถือว่าดีเยี่ยม")  # "95 คะแนนขึ้นไปถือว่าดีเยี่ยม"
    assert not numbered.fallback and "95" in numbered.text, numbered.text


def test_a_year_named_for_the_figure_asked_tells_it_whatever_its_label_says(with_both_packs: Engine) -> None:
    # the 2568 record is named for the average ITA score; its figure is labelled the nationwide score
    reply = ask(with_both_packs, "คะแนนเฉลี่ย ITA ปีงบ 2568 ได้เท่าไร")
    assert not reply.fallback and "93.82" in reply.text, reply.text


def test_a_question_opening_on_the_target_asks_the_targets_number(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "เป้าแผนแม่บท ITA อยากให้หน่วยงานผ่านเกณฑ์กี่เปอร์เซ็นต์")  # set in the 2565 source
    assert reply.intent == "target" and "80" in reply.text, reply.text


def test_a_plans_span_of_years_is_its_name_not_the_year_asked(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ยุทธศาสตร์การพัฒนาระบบราชการ 2567-2570 ตั้งเป้าคะแนน EGDI ไว้เท่าไร")
    assert not reply.fallback and "0.82" in reply.text, reply.text
    short = ask(with_both_packs, "ยุทธศาสตร์ราชการ 67-70 ตั้งเป้าอันดับ EGDI ไว้ที่เท่าไร")  # two-digit years
    assert not short.fallback and "40" in short.text, short.text


def test_which_part_is_lowest_after_a_topic_asks_of_its_parts_not_the_reports_measures(
    with_both_packs: Engine,
) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "WJP 2023 Thailand score?", session)
    reply = ask(with_both_packs, "ด้านไหนของไทยคะแนนต่ำที่สุด", session)  # the source gives no part's score
    assert reply.fallback and reply.record_id == "wjp-2566", reply.text


def test_a_detail_leads_only_when_it_names_each_kind_of_figure_asked(with_both_packs: Engine) -> None:
    # the 2565 record's "who" names the strategy and its rank target; its text gives the score target too
    reply = ask(
        with_both_packs, "EGDI target in the Bureaucratic Development Strategy 2024-27: which rank, what score?"
    )
    assert "40" in reply.text and "0.82" in reply.text, reply.text


def test_a_target_that_was_set_is_no_location(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "คะแนน EGDI ที่ตั้งไว้เป็นเป้าใน strategy คือเท่าไร")  # ที่ตั้งไว้: not ที่ตั้ง
    assert reply.intent != "clarify" and "0.82" in reply.text, reply.text


def test_a_target_for_a_year_is_told_by_the_year_whose_source_sets_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "EGDI target for 2022, what rank was it?")  # the 2564 report's top 50, not 2570's 40
    assert "50" in reply.text and "40" not in reply.text, reply.text


def test_a_plans_years_with_no_target_asked_are_the_years_asked(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ตลอดแผนแม่บท 2565-2568 คะแนน ITA เพิ่มขึ้นเรื่อยๆ ไหม")  # no target: the years
    assert "87.57" in reply.text and "93.82" in reply.text, reply.text


def test_a_follow_up_stays_on_its_topic_when_several_readings_hold_its_words(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ดัชนีการรับรู้การทุจริตปี 2568 ไทยได้กี่คะแนน", session)
    reply = ask(with_both_packs, "อันดับอาเซียนล่ะครับ", session)  # EGDI and IMD give an ASEAN place too
    assert reply.intent != "clarify" and reply.record_id == "cpi-2568" and "7" in reply.text, reply.text


def test_a_range_of_years_tells_every_year_of_the_measure(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ขอคะแนน CPI ตั้งแต่ปี 2565 จนถึง 2568 ทุกปี")
    assert all(n in reply.text for n in ("36", "35", "34", "33")), reply.text


def test_a_kind_over_the_years_must_be_given_by_some_year_of_the_measure(with_both_packs: Engine) -> None:
    # EGDI's years give ranks; a score is only the plan's target ("at least 0.82"), so none is told over years
    reply = ask(with_both_packs, "What were the EGDI scores over the years?")
    assert reply.fallback and reply.record_id.startswith("egdi") and "scores" in reply.text, reply.text
    reply = ask(with_both_packs, "CPI scores over the years?")  # CPI's years each give a score
    assert not reply.fallback and all(n in reply.text for n in ("36", "33")), reply.text


def test_an_attribute_the_topics_own_name_says_is_what_it_counts(with_both_packs: Engine) -> None:
    # the wallet topic is a registration: "signed up" asks its own count, though the text says "registered"
    reply = ask(with_both_packs, "How many Thais signed up for the digital wallet scheme?")
    assert not reply.fallback and "36" in reply.text, reply.text
    companies = ask(with_both_packs, "How many companies signed up on Biz Portal?")  # its words say no sign-up
    assert companies.fallback and "sign up" in companies.text, companies.text
    # an English word of a kin standing in a name by chance is not it: "money" of value-for-money, no subsidy
    subsidy = ask(with_both_packs, "การประเมินความคุ้มค่าองค์การมหาชน ได้เงินอุดหนุนเท่าไหร่")
    assert subsidy.fallback, subsidy.text


def test_shops_are_a_counter_a_count_of_people_does_not_answer(with_both_packs: Engine) -> None:
    # the wallet counts people registered; กี่ร้านคะ also no longer splits as ร้า + นคะ (`not_words`)
    for question in ("โครงการดิจิทัลวอลเล็ตมีร้านค้าร่วมกี่ร้านคะ", "How many merchants took part in the digital wallet?"):
        reply = ask(with_both_packs, question)
        assert reply.fallback and reply.record_id == "tang-rat-wallet-2567", (question, reply.text)


def test_signed_up_after_the_wallet_is_its_registration_not_the_letters_signatory(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "Tell me about the digital wallet on Tang Rat", session)
    reply = ask(with_both_packs, "and how many people signed up?", session)
    assert reply.record_id == "tang-rat-wallet-2567" and "36" in reply.text, reply.text


def test_a_counter_that_is_all_a_follow_up_says_carries_the_count_over(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "Tell me about the digital wallet on Tang Rat", session)
    ask(with_both_packs, "how many people registered?", session)
    shops = ask(with_both_packs, "and merchants?", session)  # no merchants counted: not the 36 million people
    assert shops.fallback and shops.record_id == "tang-rat-wallet-2567", shops.text
    before = ask(with_both_packs, "แล้วปีก่อนหน้าล่ะ", uuid.uuid4().hex)  # หน้า inside ก่อนหน้า counts no pages
    assert "หน้า" not in before.text.split("ที่มา")[0][:60], before.text


def test_overall_that_year_after_a_topic_asks_its_overall_figure_not_the_reports(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "IMD 2024 government efficiency rank?", session)
    reply = ask(with_both_packs, "ภาพรวม overall ปีนั้นล่ะ", session)
    assert reply.intent != "whole_overview" and "25" in reply.text, reply.text


def test_none_met_with_many_sources_still_shows_the_closest(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "which met target?")  # every source cited: the opening must leave room
    assert reply.intent == "whole_met" and "84.81" in reply.text, reply.text


def test_a_kind_asked_over_the_years_picks_that_kinds_figure_each_year(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "WJP scores for the years you have")  # each year gives a rank and a score
    assert "0.49" in reply.text and "rank 82" not in reply.text, reply.text


def test_the_years_held_asked_in_english_is_a_trend(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "Show me the CPI rank for the years you have")
    assert reply.intent == "trend" and all(n in reply.text for n in ("101", "116")), reply.text


def test_a_plans_target_is_told_by_the_year_setting_one_for_its_deadline(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "EGDI ตามยุทธศาสตร์ 2024-27 ตั้งเป้าอันดับเท่าไหร่")  # 2565's text names the plan
    assert reply.record_id == "egdi-2567" and "40" in reply.text and "2570" in reply.text, reply.text
    # the rest of the plan's name between its span and its word ("the 2024-27 ... strategy"): still the plan
    named = ask(with_both_packs, "What EGDI rank does the 2024-27 public sector development strategy aim for?")
    assert not named.fallback and "40" in named.text, named.text


def test_where_a_country_stood_in_a_ranking_asks_its_place(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "Where was Thailand in the UN e-government index in 2020?")
    assert not reply.fallback and "57" in reply.text, reply.text


def test_a_two_digit_pass_mark_after_a_name_is_no_year(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ita ปีงบ 66 หน่วยงานผ่านita85คะแนนกี่หน่วยงาน")
    assert not reply.fallback and "6,737" in reply.text, reply.text


def test_a_detail_only_an_older_year_gives_is_told_by_that_year(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "What is the passing score agencies need in the ITA?")  # 2566's definition
    assert reply.record_id == "ita-average-2566" and "85" in reply.text, reply.text
    reply = ask(with_both_packs, "ITA คืออะไร")  # 2566 defines the pass mark, not what the ITA is
    assert reply.record_id != "ita-average-2566", reply.text


def test_between_two_years_is_a_range_of_every_year_from_one_to_the_other(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "What were the CPI scores between 2022 and 2025?")
    assert all(n in reply.text for n in ("36", "35", "34", "33")), reply.text


def test_a_range_of_years_changes_from_its_first_year_and_skips_years_not_held(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "คะแนน ITA ตั้งแต่ 2565 จนถึง 2568 เพิ่มขึ้นเท่าไหร่")
    assert "6.25" in reply.text, reply.text
    reply = ask(with_both_packs, "EGDI rank from 2020 to 2024")  # a survey every two years: no 2021 or 2023
    assert not reply.fallback and "57" in reply.text and "52" in reply.text, reply.text


def test_where_is_a_rank_only_when_asked_where_it_stands_not_where_it_is_published(with_both_packs: Engine) -> None:
    assert ask(with_both_packs, "ดูรายงาน CPI ได้ที่ไหน").fallback
    assert not ask(with_both_packs, "IMD ปี 2564 ไทยอยู่ที่ไหน").fallback


def test_every_year_of_a_measure_asked_is_its_series_told_year_by_year(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ขอดูคะแนน CPI ของไทยรายปีหน่อย")
    assert reply.intent == "trend" and all(s in reply.text for s in ("36", "35", "34", "33")), reply.text


def test_english_suggestions_name_each_year_of_a_series_apart(with_both_packs: Engine) -> None:
    starters = with_both_packs.starters("en")
    assert len(set(starters)) == len(starters), starters


def test_money_received_is_not_the_count_of_those_who_registered(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "โครงการเงินหมื่นผ่านแอปทางรัฐ มีคนได้รับเงินแล้วกี่คน")
    assert reply.fallback, reply.text
    registered = ask(with_both_packs, "โครงการเงินหมื่นผ่านแอปทางรัฐ มีคนลงทะเบียนกี่คน")
    assert not registered.fallback and "36" in registered.text, registered.text


def test_the_furthest_behind_cites_its_own_source_so_its_figures_fit(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "Which one is furthest behind its target?")
    assert reply.intent == "whole_worst" and not reply.more and "600" in reply.text, reply.text


def test_which_year_was_best_or_worst_is_told_from_every_year_held(with_both_packs: Engine) -> None:
    best = ask(with_both_packs, "คะแนนเฉลี่ย ITA ปีไหนสูงที่สุด")
    assert not best.fallback and "93.82" in best.text and "2568" in best.text, best.text
    worst = ask(with_both_packs, "Which year was Thailand's IMD government efficiency rank at its worst?")
    assert not worst.fallback and "was worst in 2568" in worst.text, worst.text
    # the overall rank, named by a cue word (ภาพรวม) the label spells as อันดับรวม, not the first figure
    overall = ask(with_both_packs, "อันดับภาพรวม IMD ของไทยปีไหนดีที่สุด")
    assert "ปี 2567 (อันดับ 25)" in overall.text, overall.text
    # a year a stated change implies counts: 2564's "up 13.35 from 2563" puts 2563 lowest, below every year listed
    lowest = ask(with_both_packs, "ITA ปีไหนแย่สุด")
    assert not lowest.fallback and "2563" in lowest.text and "67.9" in lowest.text, lowest.text


def test_a_measure_set_against_a_year_named_tells_the_change_since_that_year(with_both_packs: Engine) -> None:
    since = ask(with_both_packs, "อันดับ EGDI ตอนนี้ดีขึ้นหรือแย่ลง เมื่อเทียบกับปี 2563")
    assert "ดีขึ้น 5 จากปี 2563" in since.text and "52" in since.text, since.text
    # both years asked at the series' start: that year's own record tells it, no later year's figure
    first = ask(with_both_packs, "คะแนน ITA ปี 64 เทียบกับปี 63")
    assert "67.90" in first.text and "93.82" not in first.text, first.text


def test_a_thai_label_counts_as_named_only_when_spelt_nearly_whole(with_both_packs: Engine) -> None:
    # "IMD" alone spells a little of both labels: the measure's first figure (government efficiency) stays
    reply = ask(with_both_packs, "IMD ดีขึ้นไหม")
    assert "ปี 2564 อันดับ 20" in reply.text and "อันดับ 33" not in reply.text, reply.text


def test_a_trend_word_that_is_also_an_alias_gives_way_to_the_topic_named(with_both_packs: Engine) -> None:
    # แนวโน้ม asks a trend and is an alias of the trending provinces: ITA is what is asked
    reply = ask(with_both_packs, "ITA แนวโน้มเป็นยังไงบ้าง")
    assert reply.record_id is not None and reply.record_id.startswith("ita") and "93.82" in reply.text, reply.text


def test_a_number_after_the_word_counts_it_though_a_year_stands_before(with_both_packs: Engine) -> None:
    # "the framework's 2025 budget of 7.96 billion baht": the year before the word hid the amount after it
    reply = ask(with_both_packs, "DGA ดูแล budget ของ digital ID ปี 2025 เท่าไร")
    assert not reply.fallback and "7.96" in reply.text, reply.text


def test_a_reason_naming_the_figure_asked_only_as_its_cause_explains_another(with_both_packs: Engine) -> None:
    # the 2568 reason: government efficiency's fall "ทำให้" the overall rank fell; asked why the former fell
    questions = (
        "ภาคการบริหารของรัฐ IMD ปี 68 ร่วงเพราะอะไร ด้านประสิทธิภาพภาครัฐน่ะ",
        "Why did government efficiency drop in IMD 2025?",
        "ทำไม IMD ด้านประสิทธิภาพภาครัฐปี 68 ถึงร่วงหนัก",  # the label's words without its ของ
    )
    for question in questions:
        reply = ask(with_both_packs, question)
        assert reply.fallback and reply.record_id == "imd-2568", (question, reply.text)
    overall = ask(with_both_packs, "ทำไมอันดับรวม IMD ปี 2568 ถึงลดลง")  # the effect side: the reason answers
    assert not overall.fallback and "ปัจจัยสำคัญ" in overall.text, overall.text


def test_why_it_fell_asks_of_the_figure_named_the_turns_before(with_both_packs: Engine) -> None:
    # government efficiency named two turns back: its fall is the 2568 reason's cause, not what it explains
    session = uuid.uuid4().hex
    ask(with_both_packs, "IMD government efficiency ปี 2567 อันดับเท่าไหร่", session)
    ask(with_both_packs, "แล้วปี 68 ล่ะ", session)
    reply = ask(with_both_packs, "why did it fall?", session)
    assert reply.fallback and reply.record_id == "imd-2568", reply.text
    overall = uuid.uuid4().hex  # the overall rank named: the reason explains its fall
    ask(with_both_packs, "IMD ปี 68 อันดับรวมเท่าไหร่", overall)
    reply = ask(with_both_packs, "ทำไมถึงตก", overall)
    assert not reply.fallback and "ปัจจัยสำคัญ" in reply.text, reply.text
    named_now = uuid.uuid4().hex  # the overall rank named in the why question itself outweighs the turn before
    ask(with_both_packs, "IMD ปี 68 ด้านประสิทธิภาพภาครัฐ", named_now)
    reply = ask(with_both_packs, "ทำไมอันดับรวมถึงตก", named_now)
    assert not reply.fallback and "ปัจจัยสำคัญ" in reply.text, reply.text
    replaced = uuid.uuid4().hex  # ...and so does one named in a turn between
    for question in ("IMD ประสิทธิภาพภาครัฐ ปี 68", "แล้วอันดับรวมล่ะ"):
        ask(with_both_packs, question, replaced)
    reply = ask(with_both_packs, "ทำไมถึงตก", replaced)
    assert not reply.fallback and "ปัจจัยสำคัญ" in reply.text, reply.text


def test_which_year_was_best_after_a_topic_asks_of_that_topic(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ITA ปี 2568 ได้กี่คะแนน", session)
    reply = ask(with_both_packs, "which year was best?", session)
    assert reply.intent != "whole_best" and "best in 2568" in reply.text, reply.text


def test_a_trend_from_a_year_named_with_a_since_word_runs_from_it(with_both_packs: Engine) -> None:
    since = ask(with_both_packs, "อันดับ IMD ดีขึ้นไหมเมื่อเทียบกับปี 2565")
    assert "ปี 2565 อันดับ 31" in since.text and "ปี 2564" not in since.text, since.text
    own = ask(with_both_packs, "IMD ปี 2565 ดีขึ้นไหม")  # that year's own change, against the year before
    assert "ปี 2564 อันดับ 20" in own.text, own.text
    # a since word before no year ("compared to the prior year") is that year's own change too
    prior = ask(with_both_packs, "IMD 2023 government efficiency compared to the prior year?")
    # (told as the change from the year held before it, both figures given; its source's text says "31st to 24th")
    assert "rose 7 in 2566 (2023) from 2565 (2022)" in prior.text and "fell 8" not in prior.text, prior.text


def test_a_number_hyphened_to_its_unit_states_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "How many people registered for the 10,000-baht wallet on Tang Rat?")
    assert not reply.fallback and "36" in reply.text, reply.text


def test_a_factor_named_with_ปัจจัย_that_the_year_does_not_rank_is_declined(with_both_packs: Engine) -> None:
    unranked = ask(with_both_packs, "IMD ปี 2568 ปัจจัยเรื่องการศึกษาของไทยได้อันดับเท่าไร")
    assert unranked.fallback and unranked.record_id == "imd-2568", unranked.text
    ranked = ask(with_both_packs, "IMD ปี 2568 ปัจจัยโครงสร้างพื้นฐานได้อันดับเท่าไร")  # 47th, in its own text
    assert not ranked.fallback and "47" in ranked.text, ranked.text


def test_a_reason_asked_of_no_year_comes_from_the_newest_year_giving_one_with_that_year(
    with_both_packs: Engine,
) -> None:
    reply = ask(with_both_packs, "คะแนน ITA ทำไมถึงขึ้น")  # only 2564's source gives a reason
    assert not reply.fallback and "เปิดเผยข้อมูล" in reply.text and "2564" in reply.text, reply.text
    asked = ask(with_both_packs, "ทำไมคะแนน ITA ปี 2568 ถึงเพิ่มขึ้น")  # that year's source gives none
    assert asked.fallback, asked.text


def test_failed_as_people_say_it_reads_as_not_passing(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA ปี 2566 หน่วยงานสอบตกกี่แห่ง")  # สอบตก: ไม่ผ่าน, as the source words it
    assert not reply.fallback and "1,586" in reply.text, reply.text


def test_a_count_asked_of_another_year_is_of_that_years_own_figure(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "DG Awards 2024 มีหน่วยงานได้รางวัลกี่แห่ง", session)  # 2567 counts agencies
    reply = ask(with_both_packs, "แล้วปีก่อนหน้าล่ะ ให้ไปกี่รางวัล", session)  # 2566 counts awards: 150
    assert not reply.fallback and "150" in reply.text, reply.text


def test_a_place_in_asean_is_told_only_by_a_source_stating_one(with_both_packs: Engine) -> None:
    told = ask(with_both_packs, "CPI ปี 2568 ไทยอยู่อันดับเท่าไหร่ในอาเซียน")  # "อันดับ 7 ของอาเซียน"
    assert not told.fallback and "7" in told.text, told.text
    # the 2566 WJP record has ASEAN among its keywords, but its source gives no place in ASEAN
    untold = ask(with_both_packs, "WJP ปี 66 ไทยได้ที่เท่าไหร่ในอาเซียน")
    assert untold.fallback and untold.record_id == "wjp-2566", untold.text


def test_what_rank_a_part_got_is_a_figure_asked_of_that_part(with_both_packs: Engine) -> None:
    # "ได้อันดับอะไร" asks a rank as "กี่" does: public finance is no factor the 2567 source ranks
    reply = ask(with_both_packs, "IMD ปี 67 ด้านการคลังสาธารณะไทยได้อันดับอะไร")
    assert reply.fallback and reply.record_id == "imd-2567", reply.text
    given = ask(with_both_packs, "IMD ปี 67 ด้านโครงสร้างพื้นฐานได้อันดับอะไร")
    assert not given.fallback and "43" in given.text, given.text


def test_a_kind_asked_of_the_year_kept_from_the_last_turn_must_be_that_years(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "EGDI 2022 rank?", session)
    reply = ask(with_both_packs, "and the EGDI score?", session)  # 2022 gives a score only as a target
    assert reply.fallback and reply.record_id == "egdi-2565", reply.text


def test_a_share_of_a_group_of_people_the_source_never_names_is_declined(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ลงทะเบียนเงินดิจิทัล 10,000 บาทผ่านแอปทางรัฐได้กี่คน", session)
    reply = ask(with_both_packs, "ในนั้นเป็นผู้สูงอายุกี่เปอร์เซ็นต์", session)  # 36 million, no age groups
    assert reply.fallback and "ผู้สูงอายุ" in reply.text, reply.text


def test_a_service_sector_a_poll_does_not_name_is_declined(with_both_packs: Engine) -> None:
    # the 2565 KPI poll names traffic, safety and mass transit as the top three, not health care
    reply = ask(with_both_packs, "ผลสำรวจสถาบันพระปกเกล้าปี 65 คนพอใจบริการสาธารณสุขกี่ %")
    assert reply.fallback and "สาธารณสุข" in reply.text, reply.text
    traffic = ask(with_both_packs, "ผลสำรวจสถาบันพระปกเกล้าปี 65 คนพอใจการจัดการจราจรกี่ %")
    assert not traffic.fallback and "67" in traffic.text, traffic.text


def test_local_government_asked_of_a_source_that_never_names_it_is_declined(with_both_packs: Engine) -> None:
    for question in ("ITA ปี 66 กลุ่ม อปท. ได้คะแนนเฉลี่ยเท่าไหร่", "ITA 2566 local government average score?"):
        reply = ask(with_both_packs, question)  # the 2566 source gives the average of all agencies only
        assert reply.fallback and reply.record_id == "ita-average-2566", (question, reply.text)


def test_how_many_points_to_pass_asks_the_pass_mark_not_a_score(with_both_packs: Engine) -> None:
    # a hint (ถึงจะผ่าน) beside a count of points asks a threshold: 2566's definition gives the pass mark
    reply = ask(with_both_packs, "ITA ต้องได้กี่คะแนนถึงจะผ่านเกณฑ์")
    assert not reply.fallback and "85 คะแนน" in reply.text, reply.text
    english = ask(with_both_packs, "How many points does an agency need to pass the ITA?")
    assert not english.fallback and "pass mark is 85" in english.text, english.text
    counted = ask(with_both_packs, "ITA ปี 2566 มีกี่หน่วยงานผ่านเกณฑ์")  # a count of agencies: the figure
    assert not counted.fallback and "6,737" in counted.text, counted.text
    plain = ask(with_both_packs, "ITA คืออะไร")  # no word of the pass mark's definition: the newest year
    assert "85 คะแนน และ 95" not in plain.text, plain.text


def test_a_follow_up_asking_an_attribute_stays_on_the_topic(with_both_packs: Engine) -> None:
    # ASEAN names the ASEAN conference too, but after CPI it asks CPI's place in ASEAN
    session = uuid.uuid4().hex
    ask(with_both_packs, "CPI 2024 score?", session)
    reply = ask(with_both_packs, "and in ASEAN?", session)
    assert reply.record_id == "cpi-2567" and "ASEAN" in reply.text, reply.text
    untold = uuid.uuid4().hex  # of a topic whose source gives no ASEAN place: declined, not the conference
    ask(with_both_packs, "EGDI ปี 63 อันดับเท่าไหร่", untold)
    reply = ask(with_both_packs, "แล้วในอาเซียนล่ะ", untold)
    assert reply.fallback and reply.record_id != "intl-conference", reply.text


def test_which_parts_got_worse_is_answered_where_a_source_says_a_fall(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD ปี 68 ด้านไหนแย่ลงบ้าง")  # "ลดลงจากอันดับ 24 เป็นอันดับ 32": a fall said
    assert not reply.fallback and "32" in reply.text, reply.text


def test_a_pass_mark_asked_as_an_amount_is_told_by_the_year_defining_it(with_both_packs: Engine) -> None:
    # the newest ITA year has no definition; an older year's says "เกณฑ์ผ่านคือ 85 คะแนน"
    reply = ask(with_both_packs, "ITA ต้องได้อย่างน้อยกี่คะแนนถึงจะผ่าน")
    assert not reply.fallback and "85" in reply.text, reply.text


def test_reaching_a_pass_mark_counts_those_passing_not_a_target(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "How many agencies reached the pass mark in the fiscal 2023 ITA?")
    assert not reply.fallback and "6,737" in reply.text, reply.text


def test_a_year_told_in_passing_stays_the_year_a_follow_up_asks_of(with_both_packs: Engine) -> None:
    # 2567 (2024) has no WJP source of its own: the 2025 news says "up from 78th the year before", no score
    session = uuid.uuid4().hex
    rank = ask(with_both_packs, "ดัชนีนิติธรรม WJP 2024 ไทยได้ที่เท่าไหร่", session)
    assert not rank.fallback and "78" in rank.text, rank.text
    score = ask(with_both_packs, "แล้วได้คะแนนเท่าไหร่", session)
    assert score.fallback and "2567" in score.text, score.text
    later = ask(with_both_packs, "แล้ว 2025 ล่ะ ได้กี่คะแนน", session)
    assert not later.fallback and "0.50" in later.text, later.text


def test_a_follow_up_year_asks_the_figure_the_talk_named_not_the_first(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ITA ปีงบ 2565 หน่วยงานผ่านเกณฑ์ 85 คะแนนกี่หน่วยงาน", session)
    reply = ask(with_both_packs, "ปี 2567 ล่ะ", session)  # 2567's source counts participants, not passes
    assert reply.fallback and "ผ่านเกณฑ์" in reply.text, reply.text
    newest = ask(with_both_packs, "แล้วปี 2568", session)  # "หน่วยงานที่ผ่านเกณฑ์": the same measure, worded shorter
    assert not newest.fallback and "7,832" in newest.text, newest.text


def test_a_kind_of_figure_counted_is_no_figure_name_another_year_lacks(with_both_packs: Engine) -> None:
    # 2568's source is named "คะแนนเฉลี่ย ITA" though its label says "ภาพรวมระดับประเทศ"; "point" is a unit
    reply = ask(with_both_packs, "คะแนนเฉลี่ย ITA ปี 2568 ขึ้นมากี่ point")
    assert not reply.fallback and "0.77" in reply.text, reply.text


def test_a_part_asked_by_its_place_in_a_ranking_needs_its_own_figure(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD 2022 ด้าน business legislation ไทยอยู่อันดับไหน")
    assert reply.fallback, reply.text


def test_an_acronym_typed_in_lower_case_into_thai_is_a_name_to_hold(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ttbปี66ได้รางวัลเลิศรัฐกี่รางวัล")  # a bank the packs never name
    assert reply.fallback and "ttb" in reply.text, reply.text
    known = ask(with_both_packs, "itaปี66ได้เฉลี่ยกี่คะแนน")
    assert not known.fallback and "90.19" in known.text, known.text


def test_the_year_before_told_only_in_passing_is_the_last_year_asked(with_both_packs: Engine) -> None:
    # no WJP source is 2024's own; the 2025 one says "up from 78th the year before"
    session = uuid.uuid4().hex
    ask(with_both_packs, "WJP ปี 2025 ไทยได้คะแนนเท่าไหร่", session)
    rank = ask(with_both_packs, "แล้วปีที่แล้วอยู่อันดับไหน", session)
    assert not rank.fallback and "78" in rank.text, rank.text
    score = ask(with_both_packs, "ปีนั้นได้กี่คะแนน", session)
    assert score.fallback, score.text


def test_spellings_as_typed_name_the_measure(with_both_packs: Engine) -> None:
    for question, said in (
        ("ดัชนีรับรู้การทุจิตปี2568ไทยได้คะแนนเท่าไหร่", "33"),  # ทุจิต for ทุจริต
        ("imdปี68ด้านโครงสร้างพื้นฐานตกไปอยู่ที่เท่าไหล่", "47"),  # เท่าไหล่ for เท่าไหร่
        ("wjpปี65ไทยอยู่ที่เท่าไร จากกี่ปท.", "140"),  # ปท. for ประเทศ
    ):
        reply = ask(with_both_packs, question)
        assert not reply.fallback and said in reply.text, (question, reply.text)


def test_whether_a_target_will_be_met_is_told_only_once_its_year_has_a_result(with_both_packs: Engine) -> None:
    # the wallet's 2567 target has 2567's result (36 of 45 million); EGDI's top 40 is for 2570
    known = ask(with_both_packs, "ลงทะเบียนเงินดิจิทัลจะได้ตามเป้า 45 ล้านคนไหม")
    assert not known.fallback and "36" in known.text, known.text
    guess = ask(with_both_packs, "Is Thailand likely to reach its EGDI top-40 target?")
    assert guess.fallback and "forecast" in guess.text, guess.text


def test_two_measures_compared_in_one_year_are_read_from_that_years_sources(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "เทียบคะแนน CPI กับอันดับ IMD ของปี 2567 ให้หน่อย")
    assert reply.intent == "whole_compare" and "34" in reply.text and "2567" in reply.text, reply.text
    assert "(ปี 2565)" not in reply.text, reply.text  # not CPI 2022's 36, from the source the reading found


def test_a_launch_year_answers_when_first_asked(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "แอปทางรัฐเปิดตัวครั้งแรกเมื่อปีไหน")
    assert not reply.fallback and "2564" in reply.text, reply.text


def test_a_topic_named_by_its_own_name_is_not_told_by_another_holding_the_year(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "EGDI world ranking of Thailand in 2023?")  # IMD has 2023 and "world"
    assert reply.fallback and "IMD" not in reply.text, reply.text


def test_that_year_asks_the_year_just_talked_of_of_another_topic(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ITA ปี 67 มีหน่วยงานเข้าร่วมกี่หน่วยงาน", session)
    reply = ask(with_both_packs, "ปีนั้นมีหน่วยงานได้รางวัล ITA Awards กี่แห่ง", session)  # only 2565's awards held
    assert reply.fallback, reply.text


def test_a_year_alone_after_an_attribute_asks_that_attribute_of_the_year(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "CPI ปี 2567 ไทยอยู่อันดับที่เท่าไหร่ของอาเซียน", session)
    reply = ask(with_both_packs, "แล้วปี 2566 ล่ะ", session)  # 2566's source gives no place in ASEAN
    assert reply.fallback and "2566" in reply.text, reply.text


def test_another_countrys_score_is_an_attribute_the_sources_do_not_give(with_both_packs: Engine) -> None:
    for question in ("CPI ปี 2567 ฟินแลนด์ได้กี่คะแนน", "What did Estonia score on the 2024 EGDI?"):
        reply = ask(with_both_packs, question)
        assert reply.fallback, (question, reply.text)


def test_a_follow_up_year_naming_only_the_kind_of_figure_stays_on_the_topic(with_both_packs: Engine) -> None:
    # IMD's keyword อันดับ is the kind asked, no new topic: WJP gives no 2564 rank
    session = "wjp-kind"
    ask(with_both_packs, "WJP ปี 2566 ไทยอยู่อันดับเท่าไหร่", session)
    reply = ask(with_both_packs, "ปี64ล่ะ ได้อันดับเท่าไร", session)
    assert reply.fallback and "WJP" in reply.text, reply.text


def test_which_ranks_asks_the_figures_not_members_to_name(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD ปี 2568 ด้านโครงสร้างพื้นฐานกับด้านเศรษฐกิจ ได้อันดับไหนบ้าง")
    assert not reply.fallback and "47" in reply.text, reply.text


def test_a_change_word_another_years_source_keeps_is_no_word_the_year_lacks(with_both_packs: Engine) -> None:
    # only the 2564 report's IMD record keeps ตก as a keyword; the 2568 news tells its fall as ลดลง
    reply = ask(with_both_packs, "IMD 2568 ประสิทธิภาพภาครัฐ ตกลงไปอยู่อันดับไหน")
    assert not reply.fallback and "32" in reply.text, reply.text


def test_a_change_asked_as_a_follow_up_is_of_the_figure_talked_about(with_both_packs: Engine) -> None:
    session = "imd-overall-change"
    ask(with_both_packs, "อันดับรวม IMD ปี 2568 อยู่ที่เท่าไร", session)
    reply = ask(with_both_packs, "แล้วเมื่อเทียบกับปีที่แล้วล่ะ", session)
    assert not reply.fallback and "25" in reply.text and "อันดับ 33" in reply.text, reply.text


def test_a_share_worded_differently_each_year_is_one_measure_over_the_years(with_both_packs: Engine) -> None:
    # the Thai labels say it alike ("หน่วยงานที่ผ่านเกณฑ์ 85 คะแนน", "หน่วยงานที่ผ่านเกณฑ์"), the English ones do not
    for question in ("อัตราการผ่านเกณฑ์ ITA ปี65 66 68", "ITA pass rate 2022 to 2025"):
        reply = ask(with_both_packs, question)
        assert all(v in reply.text for v in ("70.52", "80.94", "94.17")), reply.text
        assert "87.57" not in reply.text, reply.text  # the average score is another measure


def test_the_best_year_within_a_range_opened_by_a_word_weighs_every_year_in_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMDด้านประสิทธิภาพภาครัฐ ปีไหนดีสุดในช่วง65-68")
    assert not reply.fallback and "2566, 2567 (อันดับ 24)" in reply.text, reply.text


def test_a_factor_only_listed_after_a_count_of_factors_has_no_figure_of_its_own(with_both_packs: Engine) -> None:
    # the 2022 definition says "4 factors: ... business efficiency and infrastructure": 4 counts the list
    for question in ("IMD 2565 business efficiency อันดับเท่าไหร่", "IMD ปี 2565 infrastructure ไทยอยู่อันดับไร"):
        reply = ask(with_both_packs, question)
        assert reply.fallback and "33" in reply.text, (question, reply.text)  # with the figures it does give


def test_how_many_past_a_mark_no_figure_is_labelled_with_is_declined(with_both_packs: Engine) -> None:
    # every year counts the agencies past 85; 95 and over ("excellent") is only defined
    declined = ask(with_both_packs, "ITA 2566 หน่วยงานที่ได้คะแนนตั้งแต่ 95 ขึ้นไปมีกี่แห่ง")
    assert declined.fallback, declined.text
    answered = ask(with_both_packs, "How many agencies scored at least 85 in the ITA for 2023?")
    assert not answered.fallback and "6,737" in answered.text, answered.text
    plus = ask(with_both_packs, "ita 2023: how many agencies got 95+?")  # "+" after the number: at least
    assert plus.fallback, plus.text


def test_a_part_only_the_definition_lists_is_asked_past_a_word_other_parts_share(with_both_packs: Engine) -> None:
    # ประสิทธิภาพ is in the government efficiency figure; ธุรกิจ only in the definition's list of factors
    reply = ask(with_both_packs, "IMD 2565 ด้านประสิทธิภาพของภาคธุรกิจ ไทยได้อันดับที่เท่าไหร่")
    assert reply.fallback, reply.text
    given = ask(with_both_packs, "IMD 2565 ด้านประสิทธิภาพของภาครัฐ ไทยได้อันดับที่เท่าไหร่")
    assert not given.fallback and "31" in given.text, given.text


def test_a_trend_follows_the_figure_named_whatever_order_the_admin_lists_figures_in(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    shutil.copytree(LATER_YEARS, folder / "later-years")
    shutil.copytree(SECOND_PACK, folder / "later-years-2")
    facts = folder / "later-years-2" / "facts.yaml"
    data = yaml.safe_load(facts.read_text(encoding="utf-8"))
    imd = next(r for r in data["records"] if r["id"] == "imd-2568")
    imd["figures"][:2] = imd["figures"][1::-1]  # the overall rank first, government efficiency second
    facts.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    reply = ask(Engine(load_bundle(folder, INTENTS)), "IMD government efficiency rank 2022 to 2025")
    assert "31" in reply.text and "32" in reply.text and "rank 30" not in reply.text, reply.text


def test_a_year_then_onwards_is_no_mark_to_count_past(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA ปี 2566 ขึ้นไป มีหน่วยงานผ่านเกณฑ์กี่แห่ง")
    assert not reply.fallback and "6,737" in reply.text, reply.text


def test_a_range_running_past_the_newest_year_tells_every_year_held_in_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "CPI ช่วง65-69 เป็นไงบ้าง")
    assert all(v in reply.text for v in ("36", "35", "34", "33")), reply.text


def test_a_follow_up_grounded_only_by_another_topics_keywords_stays_on_the_topic(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "รางวัลรัฐบาลดิจิทัลปี 2566 ให้ไปทั้งหมดกี่รางวัลครับ", session)
    reply = ask(with_both_packs, "ส่วนปี 2567 ได้รางวัลไปกี่หน่วยงาน", session)  # ได้รางวัล: a Lert Rat keyword
    assert not reply.fallback and reply.record_id == "dg-awards-2567" and "47" in reply.text, reply.text


def test_a_figure_carried_to_another_year_is_not_named_by_the_measures_own_name(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ITA ปี 2566 มีหน่วยงานผ่านกี่ %", session)
    reply = ask(with_both_packs, "แล้วปีก่อนหน้านั้นล่ะ", session)  # "ITA" names 2567's agencies assessed too
    assert not reply.fallback and "70.52" in reply.text, reply.text


def test_two_short_years_joined_by_a_dash_are_a_range_told_by_every_year_held(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ดัชนีหลักนิติธรรม 65-68 อันดับแย่สุดปีไหน")
    assert all(n in reply.text for n in ("80", "82", "77")) and "2566" in reply.text.split("แย่ที่สุด")[1], reply.text


def test_a_count_of_those_not_doing_what_a_figure_counts_is_declined(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA ปีงบ 2565 หน่วยงานที่ไม่ผ่านเกณฑ์มีกี่แห่ง")  # 70.52% passed; no count failed
    assert reply.fallback and reply.record_id == "ita-average-2565", reply.text
    rest = ask(with_both_packs, "biz portal ใบอนุญาตที่ยังไม่ fully digital เหลือกี่ใบ")  # 35 of 94: 59 are not
    assert not rest.fallback and "59" in rest.text, rest.text


def test_factor_alone_asks_the_parts_of_a_ranking_not_a_reason(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ขอดูผล IMD ปี 2567 แยกรายปัจจัยหน่อย")
    assert not reply.fallback and all(n in reply.text for n in ("20", "24", "43")), reply.text  # the factors' ranks
    asked = with_both_packs.nlu.understand("ITA ปี 66 คะแนนขึ้นมีปัจจัยอะไรบ้าง")  # no เพราะ: ปัจจัยอะไร asks why
    assert asked.intents[0] == "why", asked.intents


def test_a_detail_stating_another_figure_does_not_lead_a_count_the_text_states(with_both_packs: Engine) -> None:
    # the when detail shares the question's ยอด and gives the first two days' 20.1 million
    reply = ask(with_both_packs, "สรุปยอดคนลงทะเบียนดิจิทัลวอลเล็ตในแอปทางรัฐได้กี่ล้านคน")
    assert not reply.fallback and "36" in reply.text, reply.text


def test_an_acronym_spelt_out_in_thai_reads_as_the_topic_it_names(with_both_packs: Engine) -> None:
    # no pack gives CPI or WJP a Thai spelling as an alias
    cpi = ask(with_both_packs, "ซีพีไอปี 2567 ไทยได้กี่คะแนนครับ")
    assert not cpi.fallback and cpi.record_id == "cpi-2567" and "34" in cpi.text, cpi.text
    wjp = ask(with_both_packs, "ดับเบิลยูเจพีปี68 ไทยอันดับเท่าไหร่")
    assert not wjp.fallback and "77" in wjp.text, wjp.text


def test_a_place_inside_a_newspapers_name_is_no_place_asked(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "What did the Bangkok Post report on Thailand's IMD ranking in 2023?")
    assert not reply.fallback and "30" in reply.text, reply.text


def test_two_kinds_asked_over_the_years_tell_each_kinds_series(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ขอคะแนนกับอันดับ CPI ช่วงปี 2565-2568 หน่อยครับ")
    assert all(n in reply.text for n in ("36", "33", "101", "116")), reply.text
    wjp = ask(with_both_packs, "WJP คะแนนกับอันดับ ย้อนหลังทุกปีที่มี")  # labels sharing WJP and one kind word
    assert all(n in wjp.text for n in ("0.49", "82", "77")), wjp.text
    english = ask(with_both_packs, "CPI scores and ranks 2022-2025")  # both series, at a list's length
    assert all(n in english.text for n in ("36 points", "rank 116")), english.text


def test_a_breakdown_into_parts_the_question_names_is_given_when_each_part_has_its_number(
    with_both_packs: Engine,
) -> None:
    split = ask(with_both_packs, "ผู้ตอบ ITA ปี 2567 แยกเป็นเจ้าหน้าที่รัฐกับประชาชนผู้รับบริการอย่างละกี่คน")
    assert not split.fallback and "461,440" in split.text and "907,795" in split.text, split.text
    unsplit = ask(with_both_packs, "ผู้ตอบ ITA ปี 2567 แยกเป็นชายกับหญิงอย่างละกี่คน")  # one part counted: ผู้ตอบ
    assert unsplit.fallback, unsplit.text


def test_a_year_between_those_held_told_only_in_passing_joins_the_trend(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "อันดับหลักนิติธรรม WJP ย้อนหลังทุกปีที่มี")  # 2567's 78th is in 2568's news
    assert all(f"ปี {y} อันดับ {n}" in reply.text for y, n in ((2566, 82), (2567, 78), (2568, 77))), reply.text


def test_a_follow_up_stays_only_when_the_topic_holds_each_word_whole(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ศูนย์บริการร่วมคืออะไร", session)
    reply = ask(with_both_packs, "URL of the PM2.5 data platform?", session)  # "pm" stands inside "shopmall"
    assert not reply.fallback and "pm25air" in reply.text.casefold(), reply.text


def test_a_score_band_of_two_short_numbers_is_no_range_of_years(with_both_packs: Engine) -> None:
    for band in ("ITA 66 มีหน่วยงานได้คะแนน 60-69 กี่แห่ง", "ITA 66 มีหน่วยงานได้คะแนน 65-70 กี่แห่ง"):
        reply = ask(with_both_packs, band)  # scores after คะแนน, even with an end a year held
        assert "ปี 2568" not in reply.text and not reply.text.startswith("ปี 25"), (band, reply.text)  # no trend


def test_indicators_that_got_worse_in_a_year_are_every_measure_with_two_years(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ปี 2568 ตัวชี้วัดตัวไหนผลแย่ลงบ้าง")  # CPI is filed as international, not indicator
    assert reply.intent == "whole_worsened" and "IMD" in reply.text and "CPI" in reply.text, reply.text


def test_a_compound_keyword_said_whole_that_the_year_asked_lacks_is_declined(with_both_packs: Engine) -> None:
    # "ดิจิทัลเต็มรูปแบบ" reads as three words; only 2564's source counts fully digital licences
    reply = ask(with_both_packs, "ปี 2566 Biz Portal มีใบอนุญาตแบบดิจิทัลเต็มรูปแบบกี่ใบ")
    assert reply.fallback and "2564" in reply.text, reply.text
    plain = ask(with_both_packs, "ปี 2566 Biz Portal มีใบอนุญาตกี่ใบ")
    assert not plain.fallback and "95" in plain.text, plain.text


def test_a_count_of_a_year_told_only_by_another_kind_of_figure_is_declined(with_both_packs: Engine) -> None:
    # 2568's news gives 2567 only as a rank, "78th the year before": no field of countries that year
    reply = ask(with_both_packs, "ดัชนีหลักนิติธรรม WJP ปี 2567 จัดอันดับทั้งหมดกี่ประเทศ")
    assert reply.fallback, reply.text
    own = ask(with_both_packs, "ดัชนีหลักนิติธรรม WJP ปี 2568 จัดอันดับทั้งหมดกี่ประเทศ")
    assert not own.fallback and "143" in own.text, own.text


def test_a_word_of_other_years_is_checked_in_the_source_telling_the_year_asked(with_both_packs: Engine) -> None:
    # EGDI 2563 is told by the 2564 report, which says nothing of the Human Capital Index 2567's news gives
    reply = ask(with_both_packs, "EGDI ปี 2563 ค่า HCI ของไทยเท่าไหร่")
    assert reply.fallback and "2567" in reply.text, reply.text
    rank = ask(with_both_packs, "EGDI ปี 2563 ไทยอันดับเท่าไหร่")
    assert not rank.fallback and "57" in rank.text, rank.text


def test_a_thai_attribute_said_around_a_latin_name_is_read_whole(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ค่าเฉลี่ย CPI โลก ปี 2567 กี่คะแนนครับ")  # 2568's news gives the world average
    assert reply.fallback and "2568" in reply.text, reply.text


def test_of_close_readings_one_holding_far_more_and_lacking_one_word_is_meant(with_both_packs: Engine) -> None:
    # digital ID's services hold รองรับ, ดิจิทัล, ไอ; e-services only ออนไลน์ beside บริการ
    reply = ask(with_both_packs, "บริการออนไลน์ที่รองรับดิจิทัลไอดีระยะแรกมีกี่บริการคะ")
    assert not reply.fallback and "400" in reply.text, reply.text


def test_what_share_asks_a_percentage(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "ITA fiscal 2565: how many agencies reached 85 points?", session)
    reply = ask(with_both_packs, "and what share of all agencies is that?", session)
    assert not reply.fallback and "70.52" in reply.text, reply.text


def test_how_many_were_rejected_is_declined_where_only_sign_ups_are_counted(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "digital wallet registration on Tang Rat: how many signed up?", session)
    reply = ask(with_both_packs, "and how many were turned down at screening?", session)
    assert reply.fallback and "turned down" in reply.text and "36 million" in reply.text, reply.text


def test_who_came_first_in_a_ranking_is_declined_unless_the_leader_is_named(with_both_packs: Engine) -> None:
    for question in ("CPI ปี 2568 ใครได้ที่ 1", "who was number one in EGDI 2024?"):  # Thailand's place is given
        reply = ask(with_both_packs, question, question)
        assert reply.fallback and reply.intent == "fallback", (question, reply.text)
    award = ask(with_both_packs, "UNPSA ปี 2564 ใครได้ที่ 1")  # an award's winner is its first
    assert not award.fallback and "กรมควบคุมโรค" in award.text, award.text
    aim = ask(with_both_packs, "ใครเป็นผู้ประกาศอันดับ EGDI ที่ไทยอยากติดอันดับ 1 ในอาเซียน")  # who announced it
    assert not aim.fallback, aim.text


def test_avg_is_short_for_average(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ita national avg score for fiscal 2022")  # the 2565 average, not 2568's nationwide
    assert not reply.fallback and "87.57" in reply.text, reply.text


def test_what_place_it_got_asks_a_rank(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "IMD 2565 ด้าน business efficiency ไทยได้ที่เท่าไหร่")  # the factor's place: not given
    assert reply.fallback and "31" not in reply.text.split("สิ่งที่รายงานกล่าวไว้คือ")[0], reply.text


def test_the_year_before_that_asked_after_a_year_is_the_one_before_it(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "WJP 2566 ไทยอันดับเท่าไร", session)
    before = ask(with_both_packs, "ปีก่อนหน้านั้นได้ที่เท่าไหร่", session)  # 2565, not last year (2568)
    assert not before.fallback and "80" in before.text, before.text


def test_share_as_a_verb_asks_no_percentage(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "could you share Thailand's EGDI rank in 2024?")
    assert not reply.fallback and "52" in reply.text, reply.text


def test_the_answer_again_in_english_keeps_the_year_told(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "EGDI ปี 2565 ไทยได้อันดับที่เท่าไร", session)
    reply = ask(with_both_packs, "ขอเป็นภาษาอังกฤษได้ไหมคะ", session)  # 2022's 55th, not the newest year's 52nd
    assert reply.lang == "en" and "55" in reply.text and "52" not in reply.text, reply.text


def test_an_asean_average_asked_of_a_topic_giving_only_a_world_average_is_declined(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "CPI 2025: what was the ASEAN average score?")  # 42 is the world's
    assert reply.fallback and "asean average" in reply.text.casefold(), reply.text


def test_a_comparison_after_a_kind_of_figure_was_asked_compares_that_kind(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "what rank did thailand get on the cpi in 2025", session)
    reply = ask(with_both_packs, "how does that compare with 2024", session)  # 107th then 116th, not the points
    assert not reply.fallback and "107" in reply.text and "116" in reply.text, reply.text


def test_set_against_the_year_before_compares_the_year_talked_of_with_it(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "CPI 2568 ไทยได้กี่คะแนน", session)
    reply = ask(with_both_packs, "เทียบกับปีก่อนหน้าเป็นยังไงบ้าง", session)  # 2567 -> 2568, not 2566 -> 2567
    assert "ปี 2568 ลดลง 1 จากปี 2567" in reply.text and "ปี 2567 ลดลง 1 จากปี 2566" not in reply.text, reply.text


def test_who_came_first_is_asked_whatever_intent_the_ranking_words_lead_to(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "who took the number one spot in the e-government ranking of 2022")
    assert reply.fallback and "55" not in reply.text.split("What it does say")[0], reply.text


def test_a_sub_index_named_in_lower_case_is_declined_unless_the_source_holds_it(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "what was thailand's telecommunication infrastructure index in the 2024 egdi?")
    assert reply.fallback and "telecommunication infrastructure index" in reply.text, reply.text
    held = ask(with_both_packs, "what's the human capital index for thailand in the 2024 egdi?")
    assert not held.fallback and "0.8032" in held.text, held.text


def test_an_index_named_in_lower_case_and_held_excuses_no_other_name(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "what was the Online Service Index in the e-government development index 2024?")
    assert reply.fallback and "Online Service Index" in reply.text, reply.text


def test_what_the_target_is_asks_the_target_set_not_what_a_target_means(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "EGDI 2024 thailand rank?", session)
    reply = ask(with_both_packs, "แล้ว target คืออะไรคะ", session)
    assert not reply.fallback and reply.intent == "target" and "40" in reply.text, reply.text


def test_who_after_the_first_place_asks_who_came_first(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "WJP ปี 2568 อันดับ 1 ของโลกเป็นใคร")  # Thailand's place is given, not the leader's
    assert reply.fallback and "อันดับ 1" in reply.text, reply.text


def test_of_close_readings_the_one_setting_a_target_for_the_year_asked_is_meant(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "e-services with digital id: what's the 2027 target?")  # not e-services at large
    assert not reply.fallback and "1,000" in reply.text, reply.text


def test_how_many_did_not_pass_in_english_of_a_count_of_those_that_passed_is_declined(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA fiscal 2022: how many agencies did not pass?")  # 5,855 passed
    assert reply.fallback and "not pass" in reply.text, reply.text


@pytest.mark.parametrize("contracted", ["didn't", "didnt"])
def test_a_contracted_negation_is_read_as_not(with_both_packs: Engine, contracted: str) -> None:
    reply = ask(with_both_packs, f"ITA for fiscal 2022, how many agencies {contracted} pass?")  # 5,855 passed
    assert reply.fallback, reply.text


def test_a_tag_question_is_no_negation(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "ITA fiscal 2022 averaged 87.57, wasn't it?")
    assert not reply.fallback and "87.57" in reply.text, reply.text


def test_a_target_year_no_reading_holding_most_words_sets_picks_none(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "e-services with digital id: what's the 2565 target?")  # 170 is e-services'
    assert "170" not in reply.text, reply.text


def test_a_phase_asked_after_a_topic_telling_its_phases_stays_on_that_topic(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask(with_both_packs, "How many services accepted digital ID in the first phase?", session)
    reply = ask(with_both_packs, "what's the goal for phase 2?", session)  # not the OECD review's "Phase 2"
    assert reply.record_id.startswith("digital-id") and "1,000" in reply.text, reply.text


def test_what_an_acronym_stands_for_is_told_by_the_year_that_spells_it_out(with_both_packs: Engine) -> None:
    reply = ask(with_both_packs, "CPI ย่อมาจากอะไรคะ")  # the newest year's source does not spell it out
    assert not reply.fallback and "Corruption Perceptions Index" in reply.text, reply.text


def test_a_figure_a_year_states_only_in_its_words_is_told_for_that_year(with_both_packs: Engine) -> None:
    # 2567's source has a figure of agencies taking part; 2568's says "8,317 agencies took part" in words only
    reply = ask(with_both_packs, "ITA ปีงบ 68 มีกี่หน่วยงานเข้าร่วมประเมิน")
    assert not reply.fallback and "8,317" in reply.text, reply.text


def test_two_digits_after_a_measures_name_are_a_year_even_one_not_held(with_both_packs: Engine) -> None:
    for question in ("CPI 70 ไทยได้คะแนนเท่าไหร่", "ขอดู ITA 70 หน่อย", "รางวัลเลิศรัฐ 67 แจกไปกี่รางวัล"):
        reply = ask(with_both_packs, question)  # 2570 and 2567: no source holds them
        assert reply.fallback and ("2570" in reply.text or "2567" in reply.text), (question, reply.text)
    score = ask(with_both_packs, "ITA 85 นี่ผ่านเกณฑ์ไหม")  # 2585 is far from any year held: a score
    assert "2585" not in score.text, score.text
    about = ask(with_both_packs, "หน่วยงานที่ได้ ITA 70 กว่า มีเยอะไหม")  # about a value: not 2570
    assert "2570" not in about.text, about.text
    held = ask(with_both_packs, "CPI 67 ไทยได้กี่คะแนน")  # 2567 held
    assert not held.fallback and "34" in held.text, held.text
