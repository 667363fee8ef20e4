"""Record profiles: what a record says, normalised once, for the engine's checks against the question."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.profiles import numbers_in


def test_numbers_in_spells_out_short_ranges_only() -> None:
    assert numbers_in("รุ่นที่ 14 - 15 และรุ่น 20.") == {14, 15, 20}
    assert numbers_in("ช่วง 1 - 1000") == {1, 1000}


def test_the_digits_of_a_decimal_are_not_whole_numbers() -> None:
    assert numbers_in("ร้อยละ 84.81") == frozenset()


def test_a_record_mentions_what_its_words_say_in_any_part(engine: Engine) -> None:
    ita = engine.profiles["ita"]
    assert ita.mentions("ita")
    assert not ita.mentions("กรมสรรพากร")


def test_overlap_counts_the_questions_own_words_not_the_topics_names(engine: Engine) -> None:
    ita = engine.profiles["ita"]
    assert ita.overlap(["ita"], "text") == 0  # the topic's name is no sign of which part is asked
    assert ita.overlap(["คะแนน"], "text") == 1


def test_a_target_is_stated_by_the_figures_or_the_records_words(engine: Engine) -> None:
    stated = {rid for rid, profile in engine.profiles.items() if profile.states_a_target}
    with_figures = {r.id for r in engine.bundle.records if any(f.target is not None for f in r.figures)}
    assert with_figures <= stated
    assert "letter-header" not in stated


def test_the_kinds_of_figure_a_record_gives_come_from_its_units_and_its_words(engine: Engine) -> None:
    assert engine.profiles["egdi"].kinds == {"rank"}  # ranked 57th: no score, and a rank gives no percent
    assert "percent" in engine.profiles["biz-portal"].kinds  # 35 of a target of 60: a share is worked out
    assert "score" in engine.profiles["ita"].kinds
    assert engine.profiles["letter-header"].kinds == frozenset()


def test_a_record_counts_a_word_only_with_a_number_beside_it_not_a_year(engine: Engine) -> None:
    fees = engine.profiles["fee-review"]
    assert fees.counts("บาท", engine.nlu.number_scales)  # ... 416,987,990 บาท
    covid = engine.profiles["covid-provinces"]
    assert covid.mentions("งบประมาณ") and not covid.counts("งบประมาณ", engine.nlu.number_scales)
    imd = engine.profiles["imd"]  # its words say บทบาท, which holds บาท
    assert imd.mentions("บาท") and not imd.counts("บาท", engine.nlu.number_scales)


def test_a_number_said_only_inside_a_range_is_told_apart_from_one_said_alone(engine: Engine) -> None:
    profile = engine.profiles["npr"]  # "รุ่นที่ 13 ... 30 คน และ ... รุ่นที่ 14 - 15 อีก 69 คน"
    assert profile.only_in_a_range(14) and profile.only_in_a_range(15)
    assert not profile.only_in_a_range(13)


def test_a_set_counted_beyond_the_members_named_names_fewer(engine: Engine) -> None:
    markers = engine.nlu.list_markers
    assert engine.profiles["og-mp"].names_fewer("ประเด็น", markers)  # 2 targeted, "1 ประเด็น คือ ฝุ่น PM 2.5"
    assert not engine.profiles["awards"].names_fewer("รางวัล", markers)  # "2 รางวัล คือ ...", 234 no set to name
    assert not engine.profiles["biz-portal"].names_fewer("ใบอนุญาต", markers)  # examples, never counted with names


def test_a_records_text_is_read_whole_however_long(engine: Engine) -> None:
    # e-Service's Thai text runs past the 300 characters a question is cut to; its last words count too
    assert len(engine.records["e-service"].text.th) > 300
    assert engine.profiles["e-service"].most_of("บริการ") == 343
    assert len(engine.nlu.understand("ก" * 2000 + " e-service").norm.text) <= 300  # a question is still cut
