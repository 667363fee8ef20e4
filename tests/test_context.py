"""Follow-up questions keep the topic of the previous turn, for 30 minutes."""

from __future__ import annotations

import uuid

from bot.core.engine import Engine
from bot.core.sessions import CONTEXT_TTL_SECONDS, MemoryContextStore
from bot.core.types import Inbound
from tests.conftest import ask_of


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_follow_up_questions_keep_the_topic(bundle) -> None:
    engine = Engine(bundle)
    first = engine.handle(Inbound("Citizen Portal มีกี่บริการ", "s1"))
    assert "45" in first.text
    target = engine.handle(Inbound("แล้วเป้าหมายล่ะ", "s1"))
    assert target.record_id == "citizen-portal" and "110" in target.text
    examples = engine.handle(Inbound("ยกตัวอย่างหน่อย", "s1"))
    assert "Smart Job Center" in examples.text


def test_the_next_year_asked_after_a_topic_is_that_topics_next_year(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("ผลประเมิน IMD ด้านประสิทธิภาพของภาครัฐปี 2564 อันดับไหน", "s-next"))
    for said in ("แล้วปีถัดไปหล่ะ", "ปีต่อไปเป็นไง"):  # words of the live-data decline and of plans, once
        reply = engine.handle(Inbound(said, "s-next"))
        assert not reply.fallback and reply.record_id == "imd" and "31" in reply.text, (said, reply.text)


def test_what_about_another_topic_keeps_the_question(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("How many services does the Citizen Portal offer?", "s2"))
    reply = engine.handle(Inbound("what about Biz Portal?", "s2"))
    assert reply.record_id == "biz-portal" and reply.intent == "figure" and "94" in reply.text


def test_sessions_do_not_share_context(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("ITA ได้กี่คะแนน", "a"))
    assert engine.handle(Inbound("แล้วเป้าหมายล่ะ", "b")).fallback


def test_context_expires_after_thirty_minutes(bundle) -> None:
    clock = FakeClock()
    engine = Engine(bundle, store=MemoryContextStore(clock=clock))
    engine.handle(Inbound("HPP มีกี่จังหวัด", "s3"))
    clock.now += CONTEXT_TTL_SECONDS - 1
    assert engine.handle(Inbound("แล้วเป้าหมายล่ะ", "s3")).record_id == "hpp"
    clock.now += CONTEXT_TTL_SECONDS + 1
    assert engine.handle(Inbound("แล้วเป้าหมายล่ะ", "s3")).fallback


def test_a_follow_up_about_an_unknown_year_is_declined(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("e-Service ทั้งหมดมีกี่บริการ", "s4"))
    assert engine.handle(Inbound("ปี 66 ล่ะ", "s4")).fallback


def test_the_store_forgets_the_oldest_sessions_beyond_capacity() -> None:
    from bot.core.sessions import Context

    store = MemoryContextStore(capacity=2)
    for n in range(3):
        store.put(str(n), Context("ita", "figure", "th"))
    assert store.get("0") is None and store.get("2") is not None


def test_a_follow_up_whose_words_fit_the_topic_stays_on_it(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("GDX คืออะไร", "fit"))
    reply = engine.handle(Inbound("มีข้อมูลของหน่วยงานไหนบ้าง", "fit"))
    assert reply.record_id == "gdx" and "กรมพัฒนาธุรกิจการค้า" in reply.text


def test_a_follow_up_naming_another_topic_leaves_the_old_one(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("หนังสือนำส่งใครเซ็น", "leave"))
    assert engine.handle(Inbound("ติดต่อได้ทางไหน", "leave")).record_id == "contacts"


def test_gibberish_after_an_answer_is_not_a_follow_up(bundle) -> None:
    engine = Engine(bundle)
    first = engine.handle(Inbound("Citizen Portal มีกี่บริการ", "g"))
    assert first.record_id == "citizen-portal"
    for noise in ("asdfgh", "😀", "a" * 100_000, "qwerty zxcvb"):
        reply = engine.handle(Inbound(noise, "g"))
        assert reply.fallback and reply.record_id is None, noise
    assert engine.handle(Inbound("แล้วเป้าหมายล่ะ", "g")).record_id == "citizen-portal", "the topic is still there"


def test_the_last_answer_is_told_again_in_the_language_asked(bundle) -> None:
    engine = Engine(bundle)
    thai = engine.handle(Inbound("ITA ปี 64 ได้คะแนนเฉลี่ยเท่าไหร่", "switch"))
    english = engine.handle(Inbound("can you say that in English please", "switch"))
    assert thai.lang == "th" and english.lang == "en" and "81.25" in english.text and english.record_id == "ita"
    listed = engine.handle(Inbound("What awards does the report mention?", "list"))
    again = engine.handle(Inbound("ขอเป็นภาษาไทยได้ไหม", "list"))
    assert listed.intent == again.intent == "whole_list" and "รางวัลเลิศรัฐ" in again.text, again.text


def test_asked_for_another_language_with_nothing_said_yet_it_invites_a_question(bundle) -> None:
    reply = Engine(bundle).handle(Inbound("in English please", "fresh"))
    assert reply.intent == "in_english" and not reply.fallback and reply.lang == "en"


def test_a_year_the_topic_lacks_is_told_by_the_one_record_of_its_section_holding_it(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("จังหวัดที่แนวโน้มจะเป็น HPP มีทั้งหมดกี่จังหวัด", "s-section"))
    target = engine.handle(Inbound("แล้วเป้าของปี 65 ล่ะ", "s-section"))
    assert not target.fallback and target.record_id == "hpp" and "45" in target.text, target.text


def test_a_part_of_the_topic_discussed_asked_next_stays_on_it_over_a_reading_one_clue_made_strong(
    with_both_packs: Engine,
) -> None:
    session = uuid.uuid4().hex
    ask_of(with_both_packs, "ผลสำรวจพระปกเกล้า ปี 2565 คนพอใจเรื่องจราจรแค่ไหน", session)
    reply = ask_of(with_both_packs, "แล้วด้านความปลอดภัยสาธารณะล่ะ", session)  # not COVID's safety measures
    assert reply.record_id == "kpi-satisfaction-2565" and "64.7" in reply.text, reply.text


def test_a_year_follow_up_after_a_detail_another_record_told_asks_of_the_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "HPP ปีงบ 64 ทำได้กี่จังหวัด", session)
    ask_of(engine, "มีจังหวัดใดที่มีแนวโน้มดีบ้าง", session)  # the ten provinces, told by their own record
    reply = ask_of(engine, "ปี 2565 ล่ะครับ", session)
    assert not reply.fallback and "76" in reply.text, reply.text


def test_what_asked_of_the_next_topic_is_what_it_was_not_the_last_turns_how_many(engine) -> None:
    session = uuid.uuid4().hex
    engine.handle(Inbound("รางวัลเลิศรัฐปี 64 มีผลงานส่งเข้าประกวดกี่ชิ้น", session))
    reply = engine.handle(Inbound("แล้ว UNPSA ล่ะ ได้จากโครงการอะไร", session))
    assert not reply.fallback and "Intelligent Sustainable" in reply.text, reply.text
    again = engine.handle(Inbound("What about Biz Portal?", session))  # the last question again, of another topic
    assert again.record_id == "biz-portal", again.text


def test_what_asked_of_the_next_topic_is_what_it_was_not_the_last_turns_detail(engine) -> None:
    session = uuid.uuid4().hex
    engine.handle(Inbound("ที่ประชุม ก.พ.ร. เห็นชอบรายงานวันที่เท่าไหร่", session))
    reply = engine.handle(Inbound("แล้วมีความเห็นเพิ่มเติมอะไรหรือเปล่า", session))  # what they are, not when
    assert not reply.fallback and "เผยแพร่" in reply.text, reply.text
    engine.handle(Inbound("ศูนย์บริการที่เปิดใหม่อยู่ที่ไหน", session))
    same = engine.handle(Inbound("ห้างอะไร", session))  # what, of the same topic: still where
    assert same.intent == "where", same.text


def test_the_year_before_the_earliest_year_held_is_declined_not_told_again(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "What was Thailand's e-government (EGDI) rank?", session)  # 2563, the one year held
    before = ask_of(engine, "what about the year before?", session)
    assert before.fallback and "2563" in before.text, before.text


def test_the_year_before_steps_back_a_year_of_the_series(with_both_packs: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(with_both_packs, "EGDI rank in 2024?", session)
    before = ask_of(with_both_packs, "and a year earlier?", session)  # the survey before: 2022's 55th
    assert not before.fallback and "55" in before.text, before.text


def test_the_figure_kept_in_context_is_words_of_its_label_only(bundle) -> None:
    engine = Engine(bundle)
    engine.handle(Inbound("สมชายถามครับ รางวัลเลิศรัฐมีผลงานส่งสมัครกี่ผลงาน", "label"))
    kept = engine.contexts.get("label")
    labels = "".join(engine.nlu.normalize(f.label.th + f.label.en).compact for f in engine.records["awards"].figures)
    assert kept is not None and kept.figure and all(word in labels for word in kept.figure), kept
    assert not any("สมชาย" in word for word in kept.figure), kept.figure


def test_last_year_of_a_one_year_topic_is_declined_as_the_year_before_its_own(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "IMD ปี 64 ได้อันดับเท่าไหร่", session)
    reply = ask_of(engine, "ปีก่อนล่ะ", session)
    assert reply.fallback and "2563" in reply.text, reply.text


def test_another_word_for_the_kind_asked_after_a_topic_asks_it_of_that_topic(engine: Engine) -> None:
    # "score" and แต้ม are both words for a score, ITA's keyword: asked after EGDI (ranks only), of EGDI
    session = uuid.uuid4().hex
    ask_of(engine, "อันดับ EGDI ของไทยล่าสุด", session)
    reply = ask_of(engine, "score ได้กี่แต้ม", session)
    assert reply.fallback and reply.record_id != "ita" and "EGDI" in reply.text, reply.text


def test_a_change_word_after_a_topic_asks_its_change_not_a_topic_keyed_by_the_word(engine: Engine) -> None:
    # เพิ่มขึ้น is a keyword of ITA; asked after HPP with nothing else, it asks how HPP changed
    session = uuid.uuid4().hex
    ask_of(engine, "จังหวัดผลสัมฤทธิ์สูง HPP", session)
    reply = ask_of(engine, "แล้วเพิ่มขึ้นมาเท่าไหร่", session)
    assert reply.record_id == "hpp" and "76" in reply.text, reply.text
    which = ask_of(engine, "แล้วอะไรลดลงบ้าง", session)  # no amount asked: not carried over to HPP
    assert which.record_id != "hpp", which.text


def test_the_following_round_of_a_measure_surveyed_every_two_years_is_its_next_not_held(ask) -> None:
    session = "egdi-following-round"
    ask("EGDI ได้อันดับเท่าไหร่", session)
    for follow_up in ("How did Thailand rank in the following round?", "แล้วรอบต่อมาล่ะ"):
        reply = ask(follow_up, session)
        assert reply.fallback and "2565" in reply.text, reply.text  # only the target is given for 2565


def test_a_close_reading_holding_a_clue_the_topic_lacks_is_no_follow_up_of_that_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "จังหวัด HPP ปี 2564 มีกี่จังหวัด", session)
    reply = ask_of(engine, "แล้วที่มีแนวโน้มจะเป็นจังหวัดผลสัมฤทธิ์สูงมีกี่จังหวัด", session)  # the trending ten
    assert reply.record_id == "hpp-trending" and "10" in reply.text and "ระนอง" in reply.text, reply.text


def test_the_yr_before_is_the_year_before(engine: Engine) -> None:
    session = uuid.uuid4().hex
    engine.handle(Inbound("satisfaction with government services in 2564?", session))
    reply = engine.handle(Inbound("and the yr before?", session))  # 2563: not held
    assert reply.fallback and "2563" in reply.text, reply.text


def test_the_target_set_asked_in_english_is_no_location(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "biz portal fully digital กี่ใบ", session)
    reply = ask_of(engine, "แล้ว target ที่ตั้งไว้ล่ะ", session)  # ที่ตั้ง of "ตั้งไว้" is no address
    assert reply.record_id == "biz-portal" and "60" in reply.text, reply.text


def test_an_agency_alone_after_a_topic_naming_it_asks_its_part_in_that_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "ตอนโควิดมีมาตรการช่วยคนมาติดต่อราชการยังไงบ้าง", session)
    reply = ask_of(engine, "แล้วของกรมการขนส่งทางบกล่ะ ทำอะไรบ้าง", session)  # that topic names it
    assert reply.record_id == "covid-measures" and "6 เดือน" in reply.text, reply.text
    alone = ask_of(engine, "กรมสรรพากรทำอะไรบ้างในรายงาน", uuid.uuid4().hex)  # no topic before: all of its topics
    assert alone.intent == "whole_list" and len(alone.items) >= 3, alone.text


def test_the_second_after_the_furthest_from_target_is_the_next_furthest(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask_of(engine, "เทียบเป็นร้อยละของเป้า ตัวชี้วัดไหนห่างเป้ามากที่สุด", session)  # Citizen Portal, 40.91%
    reply = ask_of(engine, "ตัวที่ 2 ล่ะครับ", session)  # e-Service, 43.53%: its figures, not its examples
    assert reply.record_id == "e-service" and "74" in reply.text and "170" in reply.text, reply.text
