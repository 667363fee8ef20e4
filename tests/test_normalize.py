"""Normalisation: Thai as people type it becomes one canonical form before matching."""

from __future__ import annotations

import pytest

from bot.core.loader import load_bundle
from bot.core.normalize import MAX_INPUT_CHARS, Normalizer
from tests.conftest import INTENTS, KNOWLEDGE

YEAR_WORDS = load_bundle(KNOWLEDGE, INTENTS).language.years  # the year words are data: the project's own
normalize = Normalizer({"เท่าไร": "เท่าไหร่", "มั้ย": "ไหม"}, YEAR_WORDS, ("เป้า", "target"))
find_years = normalize.find_years


def test_thai_digits_become_arabic() -> None:
    assert normalize("ปี ๒๕๖๔ ได้ ๘๔.๘๑").text == "ปี 2564 ได้ 84.81"


def test_zero_width_and_control_characters_are_removed() -> None:
    assert normalize("IT\u200bA\x00 score\u200d").text == "it a score"


def test_stretched_letters_are_collapsed() -> None:
    assert normalize("ค่าาาาา ดีมากกกกก").text == "ค่า ดีมาก"


def test_colloquial_spellings_become_canonical() -> None:
    assert normalize("ได้เท่าไร มั้ย").text == "ได้เท่าไหร่ ไหม"


def test_thousands_separators_are_dropped() -> None:
    assert normalize("1,688 ผลงาน").text == "1688 ผลงาน"


def test_language_is_english_only_without_thai() -> None:
    assert normalize("How many awards?").lang == "en"
    assert normalize("ITA กี่คะแนน").lang == "th"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("รายงานปี 2564", (2564,)),
        ("ปี 64", (2564,)),
        ("ปี64เพิ่มกี่ใบ", (2564,)),
        ("พ.ศ. ๒๕๖๔", (2564,)),
        ("in 2021", (2564,)),
        ("fy2021", (2564,)),
        ("fy21", (2564,)),
        ("ปีงบ 64", (2564,)),
        ("ปีงบประมาณ 2565", (2565,)),
        ("ค.ศ. 2022", (2565,)),
        ("รุ่น 14-15 กี่คน", ()),
        ("pm 2.5 ลำปาง", ()),
        ("1688 ผลงาน", ()),
        ("In IMD 2023, how did Thailand rank", (2566,)),  # a comma or full stop after a year ends a clause
        ("the CPI score in 2024.", (2567,)),
        ("ปี 64.", (2564,)),
        ("2,023.5 บาท", ()),  # a number going on after the comma is no year
    ],
)
def test_years_are_read_in_every_form(text: str, years: tuple[int, ...]) -> None:
    assert find_years(normalize(text).text) == years


def test_a_number_run_into_a_ranking_word_is_a_place_not_a_year() -> None:
    assert normalize("ขยับไปติดtop50ได้ไหม").years == ()
    assert normalize("rank40 when").years == ()
    assert normalize("ranked20 in imd").years == ()
    assert normalize("คะแนนita66").years == (2566,)  # a name run into its year stays a year


def test_long_input_is_truncated_before_anything_else() -> None:
    assert len(normalize("ก" * 100_000 + "ข").text) <= MAX_INPUT_CHARS


def test_last_year_counts_from_today_but_not_inside_a_comparison() -> None:
    assert find_years("รางวัล unpsa ปีที่แล้วใครได้", this_year=2569) == (2568,)
    assert find_years("itaเพิ่มขึ้นจากปีที่แล้วเท่าไหร่", this_year=2569) == ()
    assert find_years("ita ปีที่แล้วกับปีนี้ต่างกันกี่คะแนน", this_year=2569) == ()


def test_the_year_before_that_is_no_last_year() -> None:
    assert find_years("แล้วปีก่อนหน้านั้นล่ะ ได้กี่คะแนน", this_year=2569) == ()  # before the year talked of
    assert find_years("ปีก่อนนั้นได้ที่เท่าไหร่", this_year=2569) == ()
    assert find_years("ปีก่อน หน้านั้นล่ะ", this_year=2569) == ()
    assert find_years("ปีก่อนหน้านี้ได้กี่คะแนน", this_year=2569) == (2568,)  # before this one: last year


def test_every_control_and_format_character_is_removed() -> None:
    import sys
    import unicodedata

    from bot.core.normalize import INVISIBLE

    wanted = {"Cc", "Cf", "Zl", "Zp"}
    for code in range(sys.maxunicode + 1):
        char, category = chr(code), unicodedata.category(chr(code))
        if category in wanted:
            assert INVISIBLE.match(char), hex(code)
        elif INVISIBLE.match(char):
            assert category == "Cn", hex(code)  # only unassigned code points may be caught as well


def test_the_years_a_plan_spans_name_it_and_only_its_deadline_is_asked_of_a_target() -> None:
    assert normalize("แผนพัฒนาบุคลากร พ.ศ. 2566-2569 ตั้งเป้าอะไร").years == (2569,)
    assert normalize("What is the Digital Roadmap 2023-26 target?").years == (2569,)  # 2026
    assert normalize("คะแนน ITA ปี 2565-2567 เป็นยังไง").years == (2565, 2567)  # no plan: the years asked
    assert normalize("CPI ในระยะ 2565-2567 เทียบเป้าแล้วเป็นไง").years == (2565, 2567)  # a period, no plan
    assert normalize("ตามแผนแม่บท 2566-2570 ITA เปลี่ยนไปยังไง").years == (2566, 2570)  # no target asked
    assert normalize("How does EGDI's 2024–27 strategy target compare?").years == (2570,)  # the plan's word after
    # the rest of a plan's name may stand between its span and its word, but no preposition nor phrase
    assert normalize("the 2024-27 public sector development strategy target for EGDI").years == (2570,)
    assert normalize("ITA 2565-2568 ถึงเป้าตามแผนไหม").years == (2565, 2568)
    assert normalize("EGDI 2022-2024 vs the target in the plan").years == (2565, 2567)


def test_a_range_of_years_asks_its_ends_and_the_years_between_where_held() -> None:
    wjp = normalize("คะแนน WJP ตั้งแต่ปี 2563 ถึงปี 2566 ไล่มาหน่อย")
    assert wjp.years == (2563, 2566) and wjp.between == (2564, 2565)
    assert normalize("CPI scores 2021 to 2024").between == (2565, 2566)
    assert normalize("IMD 2564 กับ 2567").between == ()  # two years compared, not a range
    assert normalize("ผลปี 2500-2564").between == ()  # sixty years is a period, not years asked


def test_a_word_opening_a_range_makes_its_short_ends_years() -> None:
    opened = normalize("IMD ปีไหนดีสุดในช่วง65-68")
    assert set(opened.years) == {2565, 2568} and opened.between == (2566, 2567)
    spoken = normalize("cpiไทยตั้งแต่ปี65ถึง68 คะแนนเป็นไงบ้าง")  # the opener: 68 is a year, คะแนน what is asked
    assert set(spoken.years) == {2565, 2568} and spoken.between == (2566, 2567)
    assert normalize("ITA 65 ถึง 68 คะแนน").between == ()  # no opener, no year word: numbers
    for band in ("ช่วง 85-90 คะแนน", "ตั้งแต่ 60 ถึง 65 คะแนน", "ตั้งแต่ 10 ถึง 14 บริการ", "from 64 to 68 points"):
        assert normalize(band).years == () and normalize(band).between == (), band  # a band of values


def test_a_range_of_short_years_each_after_its_word_asks_the_years_between() -> None:
    assert normalize("อันดับ WJP ปี63ถึงปี66 ไล่ให้ดูหน่อย").between == (2564, 2565)
    assert normalize("e-Service ปี 65 ถึง 80 บริการไหม").between == ()  # "reach 80 services": no second year word
    closed = normalize("คะแนน CPI ปี 65 ถึง 68 เป็นไง")  # the word that opened the range closes it
    assert closed.years == (2565, 2568) and closed.between == (2566, 2567)
    assert normalize("ITA ปี 64 ถึง 70 คะแนนไหม").between == ()  # a value reached, with its unit
    dashed = normalize("CPI ปี64-67 คะแนนเป็นไง")  # a dash joins two years whatever is asked of them after
    assert dashed.years == (2564, 2567) and dashed.between == (2565, 2566)


def test_two_digits_run_into_a_name_are_a_year_unless_a_unit_follows() -> None:
    assert normalize("ita66 ได้เท่าไหร่").years == (2566,)
    assert normalize("หน่วยงานผ่านเกณฑ์ita85คะแนนกี่แห่ง").years == ()  # a pass mark, not the year 2585
    assert normalize("cpi35คะแนนปีไหน").years == ()


def test_the_cabinets_short_name_is_expanded_but_not_inside_who() -> None:
    rewrites = load_bundle(KNOWLEDGE, INTENTS).language.rewrites
    spelled = Normalizer({}, YEAR_WORDS, (), rewrites)
    assert "คณะรัฐมนตรี" in spelled("มติ ครม. เรื่องรายงาน").text
    assert spelled("ได้รางวัลกี่รางวัล ใครมั่ง").text == "ได้รางวัลกี่รางวัล ใครมั่ง"


def test_a_clipped_agency_counter_counts_agencies_but_not_after_a_change_word() -> None:
    rewrites = load_bundle(KNOWLEDGE, INTENTS).language.rewrites
    spelled = Normalizer({}, YEAR_WORDS, (), rewrites)
    assert "กี่หน่วยงาน" in spelled("ITA มีกี่หน่วยเข้าประเมิน").text
    for changed in ("คะแนนเพิ่มขึ้นกี่หน่วย", "อันดับตกกี่หน่วย", "ลดลง กี่หน่วย"):  # points or places
        assert "กี่หน่วยงาน" not in spelled(changed).text, changed


def test_a_plans_span_in_two_digits_names_its_deadline() -> None:
    for text, deadline in (("เป้าตามยุทธศาสตร์ 67-70", 2570), ("target in the Strategy 24-27", 2570)):
        assert normalize(text).deadlines == (deadline,), text


def test_a_particle_run_into_which_is_set_apart_so_which_is_read() -> None:
    from bot.core.nlu import Understander

    understander = Understander(load_bundle(KNOWLEDGE, INTENTS))
    for typed in ("จังหวัดไหนคะ", "หน่วยงานไหนคะ"):  # the segmenter alone splits ไห + นคะ
        assert "ไหน" in understander.tokens(understander.normalize(typed).text), typed


def test_which_fields_something_targets_asks_what_it_aims_at_not_a_target() -> None:
    rewrites = load_bundle(KNOWLEDGE, INTENTS).language.rewrites
    spelled = Normalizer({}, YEAR_WORDS, (), rewrites)
    assert "target" not in spelled("Which fields does the scholarship target?").text
    assert "target" in spelled("What does e-Service target for 2565?").text  # a target asked
