"""Many sources, many years: a second source of later-year figures (tests/fixtures/later_years, written as
an admin would, with cited public figures) added to the bundled 2564 report with no code change."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import load_bundle
from bot.core.schema import Figure
from bot.core.series import find_series, same_measure
from bot.core.types import Inbound
from tests.conftest import INTENTS, KNOWLEDGE, LATER_YEARS, scored
from tests.conftest import ask_of as ask

REPORT_TH = "รายงานการพัฒนาระบบราชการ ประจำปี 2564"
NEWS_TH = "ข่าวและประกาศตัวชี้วัดภาครัฐ ปี 2565-2568"


def test_each_answer_cites_its_records_own_source(with_later_years: Engine) -> None:
    later = ask(with_later_years, "EGDI ปี 2567 ไทยได้อันดับเท่าไหร่")
    assert "52" in later.text and f"(ที่มา: {NEWS_TH} รายการที่ 2)" in later.text
    report = ask(with_later_years, "ความพึงพอใจของประชาชนเท่าไหร่")
    assert "84.81" in report.text and f"(ที่มา: {REPORT_TH} ข้อ 3.1.1.1 (1))" in report.text
    english = ask(with_later_years, "What was Thailand's EGDI rank in 2022?")
    assert "55" in english.text and "(Source: News and announcements on public-sector indicators" in english.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("EGDI ปี 2565 ได้อันดับที่เท่าไหร่", "55"),  # Buddhist era
        ("EGDI 2024 rank", "52"),  # Christian era
        ("ITA ปี 66 ได้กี่คะแนน", "90.19"),  # two digits after a year word
        ("ITA ปีงบ ๒๕๖๕ คะแนนเฉลี่ย", "87.57"),  # Thai digits
        ("EGDI ปี 2563", "57"),  # a year the 2564 report holds
        ("ITA 66 ได้กี่คะแนน", "90.19"),  # two bare digits the series holds a year for
        ("ita66 ได้คะแนนเท่าไหร่", "90.19"),  # a name run into its year
    ],
)
def test_the_year_asked_picks_that_years_record(with_later_years: Engine, question: str, figure: str) -> None:
    reply = ask(with_later_years, question)
    assert figure in reply.text and not reply.fallback, reply.text


def test_no_year_or_latest_answers_the_newest_and_says_its_year(with_later_years: Engine) -> None:
    for question in ("ITA ได้กี่คะแนน", "ITA ล่าสุดเท่าไหร่", "what is the current ITA score?"):
        reply = ask(with_later_years, question)
        assert "93.82" in reply.text and "2568" in reply.text and not reply.fallback, reply.text


def test_a_year_nobody_holds_says_which_years_exist(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "EGDI ปี 2566 อันดับเท่าไหร่")
    assert reply.fallback and all(year in reply.text for year in ("2563", "2565", "2567")), reply.text


def test_years_back_of_a_topic_holding_one_year_are_declined_with_that_year(with_later_years: Engine) -> None:
    for question in ("ความพึงพอใจต่อบริการภาครัฐย้อนหลัง4ปีเป็นไง", "citizen satisfaction over the past three years?"):
        reply = ask(with_later_years, question)
        assert reply.fallback and "2564" in reply.text and "84.81" in reply.text, reply.text  # the year held, told
    held = ask(with_later_years, "ITA 3 ปีที่ผ่านมาได้เท่าไหร่บ้าง")  # four years held: the three up to the newest
    assert not held.fallback and all(v in held.text for v in ("90.19", "93.82")), held.text
    assert "87.57" not in held.text, held.text
    sparse = ask(with_later_years, "EGDI ย้อนหลัง 5 ปี")  # every two years: all three rounds in the window
    assert not sparse.fallback and all(v in sparse.text for v in ("57", "55", "52")), sparse.text
    short = ask(with_later_years, "EGDI ย้อนหลัง 2 ปี")  # one round in the window: 2567's, no trend from 2563
    assert not short.fallback and "52" in short.text and "ดีขึ้น 5" not in short.text, short.text
    spelt = ask(with_later_years, "คะแนน ITA ย้อนหลังสามปี")  # the number written as a word
    assert not spelt.fallback and "90.19" in spelt.text and "87.57" not in spelt.text, spelt.text
    ended = ask(with_later_years, "ITA ปี 2566 ย้อนหลัง 3 ปี")  # counted back from the year asked
    assert all(v in ended.text for v in ("81.25", "87.57", "90.19")) and "93.82" not in ended.text, ended.text


def test_past_is_a_word_not_a_typo_of_an_acronym(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA past 3 years")  # "past" is not PAS, the structure analysis system
    assert reply.record_id != "pas" and "PAS" not in reply.text and "93.82" in reply.text, reply.text


def test_a_trend_comes_from_the_series_with_its_direction(with_later_years: Engine) -> None:
    thai = ask(with_later_years, "ITA ดีขึ้นไหม")
    assert all(v in thai.text for v in ("81.25", "87.57", "90.19", "93.82", "เพิ่มขึ้น")), thai.text
    assert REPORT_TH in thai.text and NEWS_TH in thai.text, "each source the trend draws on is cited"
    ranks = ask(with_later_years, "How has Thailand's EGDI rank changed since 2020?")
    # since 2020: from 2563 on; a smaller rank is better
    assert all(v in ranks.text for v in ("57", "55", "52", "rose 5")), ranks.text


def test_two_years_asked_are_compared(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "CPI ปี 2565 กับปี 2567 ต่างกันยังไง")
    assert "36" in reply.text and "34" in reply.text and "ลดลง 2" in reply.text, reply.text


def test_a_bare_second_year_after_a_year_word_is_compared_too(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "CPI ปี 65 กับ 67 ต่างกันยังไง")
    assert "36" in reply.text and "34" in reply.text and not reply.fallback, reply.text


def test_a_figure_the_year_asked_does_not_give_is_declined_naming_the_years_that_do(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ขอคะแนนเฉลี่ย ITA ของปีงบ 2567 หน่อย")
    assert reply.fallback and "2567" in reply.text, reply.text
    assert all(year in reply.text for year in ("2565", "2566")), reply.text
    held = ask(with_later_years, "ITA ปีงบ 2567 มีหน่วยงานเข้าร่วมประเมินกี่หน่วยงาน")
    assert "8,325" in held.text and not held.fallback, held.text


def test_no_year_asked_answers_the_newest_year_giving_the_figure_named(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA มีผู้ตอบแบบวัดการรับรู้กี่คน")
    assert "1,369,235" in reply.text and not reply.fallback, reply.text


def test_follow_ups_keep_the_year_and_can_step_back(with_later_years: Engine) -> None:
    session = uuid.uuid4().hex
    assert "87.57" in ask(with_later_years, "ITA ปี 65 ได้เท่าไหร่", session).text
    assert "70.52" in ask(with_later_years, "ผ่านเกณฑ์กี่เปอร์เซ็นต์", session).text, "the follow-up stays on 2565"
    steps = uuid.uuid4().hex
    assert "52" in ask(with_later_years, "EGDI ล่าสุด", steps).text
    assert "55" in ask(with_later_years, "แล้วครั้งก่อนหน้านั้นล่ะ", steps).text


def test_records_sharing_a_name_in_the_same_year_are_not_a_series(bundle) -> None:
    same_year = [r.model_copy(update={"id": f"copy-{r.id}"}) for r in bundle.records if r.id == "egdi"]
    assert find_series([*bundle.records, *same_year]) == {}
    declared = [r.model_copy(update={"series": "egdi-rank"}) for r in bundle.records if r.id in {"egdi", "ita"}]
    assert set(find_series(declared)) == {"egdi", "ita"}, "a declared series needs no shared name"


def test_the_later_years_question_set(with_later_years: Engine) -> None:
    """First contact (before any code change for it): 0.189 accuracy, 0.018 confidently wrong. The issue's
    target is 0.90 and 0.02; both are met now (0.982, 0.018): this guards them."""
    results = scored(with_later_years, "later_years.jsonl", "later_years_dialogues.jsonl")
    right = sum(ok for _, ok, _ in results) / len(results)
    wrong = [i for i, _, w in results if w]
    assert right >= 0.97, right
    assert len(wrong) / len(results) <= 0.02, wrong


def test_kb_stats_reports_per_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    shutil.copytree(KNOWLEDGE, tmp_path / "knowledge")
    shutil.copytree(LATER_YEARS, tmp_path / "knowledge" / "later-years")
    assert main(["kb", "stats", "--knowledge", str(tmp_path / "knowledge"), "--data", str(tmp_path / "var")]) == 0
    out = capsys.readouterr().out
    assert "2 sources" in out and "source pdr-2564: Public Sector Development Report 2564" in out
    assert "source later-years-news:" in out and "(15 records, years" in out


def test_last_year_of_a_measure_is_the_year_before_its_newest(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "CPI ปีที่แล้วไทยได้กี่คะแนน")  # the newest CPI held is 2567: "last year" is 2566
    assert "35" in reply.text and "2566" in reply.text and not reply.fallback, reply.text


def test_a_new_category_is_data(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    with (folder / "categories.yaml").open("a", encoding="utf-8") as categories:
        categories.write("  - {id: dataset, th: ชุดข้อมูล, en: dataset}\n")
    (folder / "pdr-2564" / "zz_dataset.yaml").write_text(
        "source: pdr-2564\nrecords:\n  - id: open-budget\n    kind: dataset\n    sections: ['3.1.2']\n"
        "    year: 2564\n    name: {th: ชุดข้อมูลงบประมาณเปิด, en: open budget dataset}\n"
        "    aliases: [ชุดข้อมูลงบประมาณเปิด, open budget dataset]\n"
        "    text: {th: ชุดข้อมูลงบประมาณเปิดมี 12 ชุด, en: The open budget dataset has 12 tables.}\n",
        encoding="utf-8",
    )
    reply = ask(Engine(load_bundle(folder, INTENTS)), "ชุดข้อมูลงบประมาณเปิดมีกี่ชุด")
    assert reply.record_id == "open-budget" and "12" in reply.text


def test_a_record_sharing_a_name_but_not_the_measure_joins_no_series(bundle) -> None:
    egdi = next(r for r in bundle.records if r.id == "egdi")
    plan = egdi.model_copy(
        update={"id": "digital-plan-2568", "kind": "law", "year": 2568, "figures": [], "aliases": [egdi.aliases[-1]]}
    )
    assert "digital-plan-2568" not in find_series([*bundle.records, plan])


def test_a_trend_never_lines_up_different_figures(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "Biz Portal ดีขึ้นไหม")  # 2564 counts fully digital licences, 2566 all licences
    assert "เพิ่มขึ้น 60" not in reply.text, reply.text


def test_naming_the_measure_again_keeps_the_year_being_discussed(with_later_years: Engine) -> None:
    session = uuid.uuid4().hex
    assert "90.19" in ask(with_later_years, "ITA ปี 2566 ได้กี่คะแนน", session).text
    assert "87.57" in ask(with_later_years, "แล้วปี 65 ล่ะ", session).text
    assert "70.52" in ask(with_later_years, "ปีนั้นหน่วยงานผ่านเกณฑ์ ITA กี่เปอร์เซ็นต์", session).text


def test_latest_words_are_whole_words(with_later_years: Engine) -> None:
    session = uuid.uuid4().hex
    assert "55" in ask(with_later_years, "What was Thailand's EGDI rank in 2022?", session).text
    assert "52" not in ask(with_later_years, "do you know what the target was?", session).text, "'now' is not in 'know'"


def test_a_detail_only_an_older_year_gives_is_answered_from_that_year(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA ต้องได้ตั้งแต่กี่คะแนนขึ้นไปจึงนับว่าดีเยี่ยม")
    assert "95" in reply.text and not reply.fallback, reply.text


def test_a_score_asked_of_a_year_that_gives_only_a_rank_is_declined(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ปี 2567 EGDI ไทยได้คะแนนเท่าไร")
    assert reply.fallback and "รายงานไม่ได้ระบุเรื่อง “คะแนน”" in reply.text and "52" in reply.text, reply.text
    english = ask(with_later_years, "How many points did Thailand score on the EGDI in 2024?")
    assert english.fallback and english.lang == "en", english.text


def test_an_index_value_asked_of_a_year_that_gives_only_a_rank_is_declined(with_later_years: Engine) -> None:
    for question in ("What was the EGDI index value for Thailand in 2024?", "ค่าดัชนี EGDI ของไทยปี 2567 เท่าไหร่"):
        reply = ask(with_later_years, question)
        assert reply.fallback and "52" in reply.text, reply.text


def test_the_value_of_a_part_named_with_a_number_of_its_own_is_answered(with_later_years: Engine) -> None:
    for question in ("What was Thailand's Human Capital Index value in the 2024 survey?", "HCI ไทยปี 2567 ได้กี่คะแนน"):
        reply = ask(with_later_years, question)  # named in capitals, or by a keyword written as a name
        assert not reply.fallback and "0.8032" in reply.text, reply.text


def test_who_announced_a_ranking_asks_a_person_not_the_rank(with_later_years: Engine) -> None:
    for question in ("Who announced the 2024 EGDI ranking for Thailand?", "ใครแถลงผลจัดอันดับ EGDI ปี 2567"):
        reply = ask(with_later_years, question)
        assert not reply.fallback and ("Sasikarn" in reply.text or "ศศิกานต์" in reply.text), reply.text


def test_how_many_failed_is_led_by_the_detail_counting_those_who_failed(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA ปี 2566 หน่วยงานที่สอบไม่ผ่านเกณฑ์ 85 คะแนน มีกี่หน่วยงาน")
    assert not reply.fallback and reply.text.index("1,586") < reply.text.index("6,737"), reply.text


def test_whether_a_years_result_reached_a_target_set_in_another_year_is_answered(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA ปี 2566 หน่วยงานผ่านเกณฑ์ถึงเป้า 80% หรือยัง")  # the target is 2565's
    assert not reply.fallback and "80.94" in reply.text, reply.text


def test_a_sub_index_named_after_the_topics_own_name_is_declined(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "Thailand's EGDI Telecommunication Infrastructure Index in 2024?")
    assert reply.fallback and "Telecommunication Infrastructure Index" in reply.text, reply.text
    own = ask(with_later_years, "Thailand's UN EGDI Index rank in 2024?")  # the topic's own index
    assert not own.fallback and "52" in own.text, own.text


def test_with_no_year_a_score_comes_from_the_newest_year_that_gives_one(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "EGDI อยากได้คะแนนสักเท่าไหร่")
    assert "0.82" in reply.text and not reply.fallback, reply.text


def test_a_target_with_no_year_comes_from_the_newest_year_that_sets_one(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA มีเป้าหมายไว้เท่าไร")  # 2568 says only "above the target"; 2565 sets 80%
    assert "80" in reply.text and "2565" in reply.text and not reply.fallback, reply.text


def test_a_negated_word_leads_with_the_detail_that_says_it(with_later_years: Engine) -> None:
    reply = ask(with_later_years, "ITA ปี 2566 หน่วยงานที่ไม่ผ่านมีกี่แห่ง")
    assert reply.text.startswith("ผลแถลงโดยประธานกรรมการ") and "1,586" in reply.text, reply.text


def test_a_follow_up_year_that_lacks_the_figure_just_told_is_declined(with_later_years: Engine) -> None:
    session = uuid.uuid4().hex
    assert "93.82" in ask(with_later_years, "คะแนน ITA ปี 2568 ได้เท่าไร", session).text
    reply = ask(with_later_years, "ปี 2567 ล่ะ", session)
    assert reply.fallback and "2568" in reply.text and "93.82" not in reply.text, reply.text


def test_a_year_told_only_in_a_later_source_is_answered_from_it(with_later_years: Engine) -> None:
    # the 2022 EGDI source gives no HCI; the 2024 one says "up from 0.7879 in 2022"
    reply = with_later_years.handle(Inbound("ปี 2565 ดัชนีทุนมนุษย์ของไทย HCI อยู่ที่เท่าไหร่", "hci-2022"))
    assert not reply.fallback and "0.7879" in reply.text, reply.text


def test_a_declared_series_takes_in_only_records_of_the_same_measure(bundle) -> None:
    egdi = next(r for r in bundle.records if r.id == "egdi")
    declared = egdi.model_copy(update={"id": "egdi-2570", "year": 2570, "series": "egdi-rank"})
    assert [r.id for r in find_series([*bundle.records, declared])["egdi"]] == ["egdi", "egdi-2570"]
    other = declared.model_copy(update={"figures": [], "kind": egdi.kind})  # same name and kind, no figure alike
    assert "egdi" not in find_series([*bundle.records, other])


def test_two_series_declared_apart_stay_apart_through_a_record_sharing_both_names(bundle) -> None:
    egdi = next(r for r in bundle.records if r.id == "egdi")
    first = egdi.model_copy(update={"id": "egdi-a", "year": 2570, "series": "s1"})
    second = egdi.model_copy(update={"id": "egdi-b", "year": 2571, "series": "s2"})
    found = find_series([*bundle.records, first, second])
    assert "egdi-b" not in [r.id for r in found.get("egdi-a", ())], found.get("egdi-a")


def test_a_stray_record_in_a_year_the_declared_series_holds_leaves_the_series_whole(bundle) -> None:
    egdi = next(r for r in bundle.records if r.id == "egdi")
    declared = [
        egdi.model_copy(update={"id": f"egdi-{year}", "year": year, "series": "egdi-rank"}) for year in (2570, 2572)
    ]
    stray = egdi.model_copy(update={"id": "egdi-note-2570", "year": 2570})
    found = find_series([*[r for r in bundle.records if r.id != "egdi"], *declared, stray])
    assert [r.id for r in found["egdi-2570"]] == ["egdi-2570", "egdi-2572"]


def test_the_year_after_the_one_talked_about_is_asked_and_declined_when_not_held(with_later_years: Engine) -> None:
    session = "following-year"
    ask(with_later_years, "EGDI ปี 2565 ไทยได้อันดับที่เท่าไหร่", session)
    after = ask(with_later_years, "แล้วปีต่อมาล่ะ", session)  # 2566: no EGDI survey that year
    assert after.fallback and "2566" in after.text, after.text


def _share(th: str, en: str) -> Figure:
    return Figure.model_validate(
        {"label": {"th": th, "en": en}, "value": 80, "unit": {"th": "ร้อยละ", "en": "%"}, "year": 2566}
    )


def test_thai_labels_alike_but_for_a_stated_mark_are_one_measure_and_a_changed_word_is_not() -> None:
    passed = _share("หน่วยงานที่ผ่านเกณฑ์", "agencies that passed")
    assert same_measure(passed, _share("หน่วยงานที่ผ่านเกณฑ์ 85 คะแนน", "agencies reaching 85 points"))
    assert not same_measure(passed, _share("หน่วยงานที่ไม่ผ่านเกณฑ์", "agencies below the mark"))
    assert not same_measure(passed, _share("หน่วยงานที่ผ่านเกณฑ์ระดับดีเยี่ยม", "excellent agencies"))
