"""Understanding: which record a question is about, tolerant of typos, missing spaces and English."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine


def top_id(engine: Engine, text: str) -> str | None:
    u = engine.nlu.understand(text, strong=20)
    grounded = [c for c in u.candidates if c.grounded]
    return grounded[0].record.id if grounded else None


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("คะแนนไอทีเอเท่าไหร่", "ita"),
        ("ความพึงพอไจของปชช.", "citizen-satisfaction"),
        ("ใบอนุญาติบนบิซพอร์ทัล", "biz-portal"),
        ("จังหวัดผลสัมฤทธิ์สูงมีกี่จังหวัด", "hpp"),
        ("What does GDX stand for?", "gdx"),
        ("how many e-services are there", "e-service"),
        ("สรรพากรช่วงโควิดขยายเวลาอะไร", "covid-measures"),
        ("งานนอกที่ตั้งปรับระเบียบเรื่องไหน", "remote-work-rules"),  # นอกสถานที่ตั้ง typed short
        ("กม.มาตราไหนให้ ก.พ.ร. ทำรายงานประจำปี", "legal-basis"),  # กม. for กฎหมาย
    ],
)
def test_questions_find_their_record(engine: Engine, text: str, record: str) -> None:
    assert top_id(engine, text) == record


def test_short_abbreviations_match_only_whole_words(engine: Engine) -> None:
    """นปร must not be found inside ไหนปรับ."""
    u = engine.nlu.understand("หน่วยงานไหนปรับโครงสร้างเสร็จแล้ว")
    assert all("นปร" not in c.matched for c in u.candidates)


def test_one_common_word_is_not_enough_to_answer(engine: Engine) -> None:
    assert top_id(engine, "ทำพาสปอร์ตต้องใช้เอกสารอะไร") is None


def test_the_merged_dictionary_keeps_domain_words_whole(engine: Engine) -> None:
    assert "เลิศรัฐ" in engine.nlu.tokens("รางวัลเลิศรัฐมีกี่รางวัล")
    assert "ทางรัฐ" in engine.nlu.tokens("แอปทางรัฐมีกี่บริการ")


def test_real_words_are_not_corrected_into_names(engine: Engine) -> None:
    """นายกรัฐมนตรี is a word, not a typo of รองนายกรัฐมนตรี."""
    assert top_id(engine, "นายกรัฐมนตรีคนปัจจุบันคือใคร") is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ITA ได้กี่คะแนน", "figure"),
        ("เป้าหมายของ Biz Portal", "target"),
        ("ขอตัวอย่าง e-Service", "examples"),
        ("ใครได้รางวัล UNPSA", "who"),
        ("ประชุมวันไหน", "when"),
        ("ศูนย์บริการอยู่จังหวัดไหน", "where"),
        ("GDX ย่อมาจากอะไร", "acronym"),
        ("สะกิดคืออะไร", "definition"),
        ("EGDI อันดับ 57 ปีไหน", "year"),
        ("ทำไม ITA คะแนนเพิ่มขึ้น", "why"),
        ("What is the target for HPP?", "target"),
    ],
)
def test_intents_come_from_cue_words(engine: Engine, text: str, intent: str) -> None:
    assert engine.nlu.understand(text).intents[0] == intent


def test_provinces_are_recognised_but_not_inside_words(engine: Engine) -> None:
    assert engine.nlu.understand("ค่าฝุ่นเชียงใหม่").provinces == ("เชียงใหม่",)
    assert engine.nlu.understand("เผยแพร่รายงานอย่างไร").provinces == ()


def test_a_place_named_like_a_word_is_a_province_only_right_after_a_province_word(engine: Engine) -> None:
    assert engine.nlu.understand("จังหวัดเลยอยู่ในรายงานไหม").provinces == ("เลย",)
    assert engine.nlu.understand("พูดถึงจังหวัดไหนบ้าง ขอครบทุกจังหวัดเลย").provinces == ()  # a particle
    assert engine.nlu.understand("ช่วยบอกหน่อยเลย").provinces == ()


def test_the_rest_set_against_something_is_not_asked_for(engine: Engine) -> None:
    assert engine.nlu.understand("what about the rest?").rest_said
    assert not engine.nlu.understand("is this figure older than the rest?").rest_said
    assert not engine.nlu.understand("อันนี้เก่ากว่าที่เหลือไหม").rest_said


def test_english_function_words_are_no_words_of_the_question(engine: Engine) -> None:
    words = engine.nlu.understand("Which portals were there that had been given new licences?").words
    assert not {"were", "there", "that", "had", "been", "given"} & set(words), words
    assert any(w.startswith("licenc") for w in words), words


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("ความพึงพอใจ ผลปี 64 เป้าปี 65", (2565,)),  # the year after the target word, not the one before
        ("satisfaction in 2021 against the 2022 target", (2565,)),  # no year after it: the one before
        ("services accepting digital ID by 2024 and the 2027 target?", (2567, 2570)),  # a deadline, a target
        ("e-Service ปี 64 เพิ่มกี่บริการ", ()),
    ],
)
def test_each_target_word_claims_the_year_beside_it(engine: Engine, text: str, targets: tuple[int, ...]) -> None:
    assert engine.nlu.understand(text).target_years == targets


def test_brackets_and_commas_are_no_part_of_an_english_word(engine: Engine) -> None:
    words = engine.nlu.understand("which measures (services, licences) lag?").words
    assert "servic" in words and not any("(" in w or "," in w for w in words), words


def test_a_latin_name_matches_with_or_without_its_space(engine: Engine) -> None:
    for typed in ("pm2.5 ทำที่จังหวัดไหน", "pm 2.5 ทำที่จังหวัดไหน"):
        understanding = engine.nlu.understand(typed)
        assert any("pm 2.5" in c.matched for c in understanding.candidates), typed


def test_a_word_ending_in_s_is_no_plural_of_an_acronym_ending_in_s(engine) -> None:
    understanding = engine.nlu.understand("has the draft e-government act passed parliament")
    assert all(c.record.id != "pas" for c in understanding.candidates[:3]), understanding.candidates[:3]
    named = engine.nlu.understand("what does the PAS tool analyse")
    assert named.candidates[0].record.id == "pas", named.candidates[:2]
