"""Answers: exact figures with target and year, implied figures, sources, language, honest fallbacks."""

from __future__ import annotations

from bot.core.answer import LIST_CHARS, MAX_ANSWER_CHARS, decimals_of, number
from bot.core.engine import Engine
from bot.core.types import Inbound
from bot.evaluation import plain


def test_indicator_answer_states_figure_target_year_and_progress(ask) -> None:
    reply = ask("ความพึงพอใจของประชาชนต่อบริการภาครัฐเท่าไหร่")
    assert not reply.fallback and reply.intent == "figure"
    for part in ("84.81", "85.00", "2565", "ร้อยละ 99.78 ของเป้าหมาย", "ข้อ 3.1.1.1 (1)"):
        assert part in reply.text
    assert reply.sources == ("3.1.1.1 (1)",)


def test_rank_change_is_computed(ask) -> None:
    assert "ตกลง 11 อันดับ" in ask("อันดับ IMD ด้านประสิทธิภาพภาครัฐเท่าไหร่").text


def test_remaining_work_is_computed(ask) -> None:
    assert "เหลืออีก 22 ฉบับ" in ask("ปรับปรุงกฎหมาย กฎ ระเบียบไปแล้วกี่ฉบับ").text


def test_rank_gap_to_target_is_computed(ask) -> None:
    assert "ยังห่างจากเป้าหมายอีก 7 อันดับ" in ask("EGDI เป้าหมายอันดับเท่าไหร่").text


def test_numbers_are_written_as_people_write_them() -> None:
    assert number(1688) == "1,688"
    assert number(416987990) == "416,987,990"
    assert number(84.81) == "84.81"
    assert number(85.0) == "85"


def test_a_value_worked_out_keeps_the_decimals_of_the_values_it_came_from() -> None:
    assert number(81.25 - 13.35, decimals_of(81.25, 13.35)) == "67.90"
    assert number(3.0, decimals_of(5.0, 2.0)) == "3"


def test_a_misspelt_question_word_is_read_as_meant(ask) -> None:
    reply = ask("IMD ด้านประสิทธิภาพภาครัฐ ปี65 ตกไปอยู่ที่เท่ารัย")  # เท่ารัย for เท่าไหร่: not "where"
    assert not reply.fallback and "31" in reply.text, reply.text


def test_english_questions_get_english_answers_with_english_names(ask) -> None:
    reply = ask("Who won the UN Public Service Award?")
    assert reply.lang == "en" and "Department of Disease Control" in reply.text
    assert "Source: Public Sector Development Report 2564" in reply.text
    meeting = ask("When did the commission approve the report?")
    assert "18 August" in meeting.text


def test_examples_are_given_when_asked(ask) -> None:
    reply = ask("ขอตัวอย่างใบอนุญาตบน Biz Portal หน่อย")
    assert reply.intent == "examples" and "เครื่องหมายการค้า" in reply.text


def test_a_count_asked_with_its_members_gets_both(ask) -> None:
    thai = ask("ตอนโควิดรัฐออกมาตรการช่วยคนที่มาติดต่อราชการกี่กระบวนงาน มีอะไรบ้างนะ")
    assert "90" in thai.text and "ใบอนุญาตขับรถ" in thai.text and len(plain(thai.text)) <= LIST_CHARS
    english = ask("how many e-services does the government offer, and which ones are there?")
    assert "343" in english.text and "telemedicine" in english.text


def test_a_target_year_beside_a_result_year_is_the_targets(ask) -> None:
    reply = ask("ความพึงพอใจต่อบริการรัฐผลปี 2564 เทียบค่าเป้าปี 2565 ได้เท่าไหร่")
    assert not reply.fallback and "84.81" in reply.text and "85" in reply.text
    side_by_side = ask("e-Service ผลปี64 กับเป้าปี65 กี่บริการ")  # the year just before เป้า is the result's
    assert not side_by_side.fallback and "74" in side_by_side.text and "170" in side_by_side.text, side_by_side.text


def test_what_a_year_aims_for_is_its_target(ask) -> None:
    reply = ask("In 2022 which place on the UN e-government index was Thailand aiming for?")
    assert not reply.fallback and "50" in reply.text, reply.text


def test_what_a_pilot_aimed_to_do_is_its_purpose_not_a_target(ask) -> None:
    reply = ask("what did the Sandbox pilot aim to do?")
    assert not reply.fallback and reply.intent != "target", reply.text


def test_abbreviations_are_expanded(ask) -> None:
    assert "Public Sector Structure Analysis System" in ask("PAS ย่อมาจากอะไร").text


def test_every_answer_is_concise(engine: Engine, bundle) -> None:
    for record in bundle.records:
        for intent in ("about", "figure", "examples", "definition", "when"):
            question = f"{record.aliases[0]} {engine.nlu.intents[intent].cues.th[0] if intent != 'about' else ''}"
            reply = engine.handle(Inbound(question, f"concise-{record.id}-{intent}"))
            assert len(plain(reply.text)) <= MAX_ANSWER_CHARS, (record.id, intent, len(reply.text))


def test_another_year_is_not_answered_with_this_years_figure(ask) -> None:
    reply = ask("คะแนน ITA ปี 2566 เท่าไหร่")
    assert reply.fallback and "81.25" not in reply.text and "2566" in reply.text


def test_a_later_year_the_report_gives_is_answered(ask) -> None:
    reply = ask("ปี 65 จังหวัดผลสัมฤทธิ์สูงขยายไปกี่จังหวัด")
    assert not reply.fallback and "76" in reply.text


def test_a_province_the_record_does_not_cover_is_not_answered(ask) -> None:
    assert ask("ค่าฝุ่น PM2.5 เชียงใหม่เท่าไหร่").fallback
    assert not ask("ฝุ่น PM2.5 ลำปางแก้อย่างไร").fallback


def test_an_agency_the_record_does_not_cover_is_not_answered(ask) -> None:
    reply = ask("คะแนน ITA ของกรมสรรพากรเท่าไหร่")
    assert reply.fallback and "81.25" not in reply.text


def test_live_data_is_declined(ask) -> None:
    for question in ("ราคาน้ำมันดีเซลวันนี้", "What's the weather tomorrow?", "หวยงวดนี้ออกอะไร"):
        reply = ask(question)
        assert reply.fallback and reply.intent == "fallback"


def test_the_next_year_after_a_figure_is_the_year_after_it_not_live_data(ask) -> None:
    session = "next-year-after"
    ask("What was Thailand's IMD government efficiency rank in 2021?", session)
    reply = ask("did it go up or down the next year?", session)  # 2565: 31st
    assert not reply.fallback and "31" in reply.text, reply.text
    future = ask("What will the ITA score be next year?")  # "next year" in a question of its own: the future
    assert future.fallback, future.text
    alone = "next-year-alone"
    ask("อันดับ IMD ด้านประสิทธิภาพภาครัฐปี 2564", alone)
    reply = ask("next year?", alone)  # said alone after a topic: its year after, 2565's 31st
    assert not reply.fallback and "31" in reply.text, reply.text


def test_a_detail_the_report_does_not_give_is_not_invented(ask) -> None:
    reply = ask("ใครเป็นคนออกแบบแอปทางรัฐ")
    assert reply.fallback and "ไม่ได้ระบุ" in reply.text


def test_unknown_topics_get_a_polite_fallback_with_suggestions(ask) -> None:
    reply = ask("เงินเดือนข้าราชการปีนี้ขึ้นไหม")
    assert reply.fallback and reply.text.startswith("ขออภัย") and reply.suggestions
    assert reply.confidence < 0.5


def test_close_readings_from_different_topics_ask_which_was_meant(ask) -> None:
    reply = ask("องค์การมหาชนกี่แห่ง")
    assert reply.intent == "clarify" and reply.fallback and len(reply.suggestions) >= 2
    assert "2 แห่ง" not in reply.text


def test_of_close_readings_the_only_one_holding_every_word_asked_answers(ask) -> None:
    # the PM 2.5 platform's record holds "pm" and "2.5"; the disease-control data platform does not
    reply = ask("What's the URL of the PM2.5 data platform?")
    assert reply.record_id == "pm25-platform" and not reply.fallback and reply.confidence < 0.8, reply.text
    assert "PM25air.opengovernment.go.th" in reply.text


def test_an_agency_in_several_topics_gets_the_list_of_them(ask) -> None:
    reply = ask("กรมสรรพากรทำอะไรบ้าง")
    assert reply.intent == "whole_list" and not reply.fallback
    assert {"awards", "thailand-vrt"} <= {item.record_id for item in reply.items}


def test_smalltalk_is_answered(ask) -> None:
    for question in ("สวัสดีครับ", "ขอบคุณมากค่ะ", "ขอบคุนนะคะ", "ทำอะไรได้บ้าง", "hello"):  # ขอบคุน: ณ typed น
        reply = ask(question)
        assert not reply.fallback and reply.text and reply.suggestions


def test_a_greeting_asking_how_the_day_goes_is_smalltalk_and_live_data_today_is_still_declined(ask) -> None:
    for question in ("ดีค่ะ วันนี้เป็นยังไงบ้าง", "สวัสดีครับน้องเลิศ วันนี้ยุ่งไหม", "บอทอะไรเนี่ย ถามไรได้บ้าง"):
        reply = ask(question, question)
        assert not reply.fallback and reply.intent in ("greeting", "help"), (question, reply.text)
    for live in ("สวัสดีครับ ราคาทองวันนี้เป็นไงบ้าง", "วันนี้เป็นยังไงบ้าง ฝุ่นหนาไหม"):  # another live word, a topic
        assert ask(live, live).fallback, live


def test_asked_if_it_is_a_bot_it_says_it_is_a_chatbot(ask) -> None:
    asked = [("ตอบเองหรือเป็นบอทคะ", "แชตบอต"), ("wait, are you a bot or a real person?", "chatbot")]
    asked.append(("r u a bot", "chatbot"))
    for question, word in asked:
        reply = ask(question, question)
        assert not reply.fallback and reply.intent == "help" and word in reply.text, (question, reply.text)


def test_a_greeting_with_a_question_too_vague_to_pick_a_topic_is_greeted_not_asked_to_choose(ask) -> None:
    reply = ask("หวัดดีค่ะ อยากรู้เรื่องรายงานพัฒนาระบบราชการปี 2564 ถามได้มั้ย")
    assert not reply.fallback and reply.intent == "greeting", reply.text


def test_every_suggestion_is_a_question_the_bot_answers(engine: Engine, bundle) -> None:
    seen = set()
    for record in bundle.records:
        reply = engine.handle(Inbound(record.aliases[0], f"suggest-{record.id}"))
        assert len(reply.suggestions) <= 4
        seen.update(reply.suggestions)
    for suggestion in sorted(seen):
        follow = engine.handle(Inbound(suggestion, f"follow-{suggestion}"))
        assert not follow.fallback, suggestion


def test_confidence_is_higher_for_a_named_topic_than_a_vague_one(ask) -> None:
    assert ask("GDX ย่อมาจากอะไร").confidence > ask("ช่วงโควิด สรรพากรช่วยอะไร").confidence > 0


def test_a_question_about_the_target_leads_with_the_target(ask) -> None:
    reply = ask("HPP เป้าหมายกี่จังหวัด")
    assert reply.text.startswith("เป้าหมายของจังหวัดที่มีผลสัมฤทธิ์สูง คือ 45 จังหวัด ในปี 2565")
    english = ask("What is the target for citizen satisfaction?")
    assert english.text.startswith("The target for overall satisfaction is 85% by 2565 (2022)")


def test_an_earlier_value_the_report_implies_is_computed(ask) -> None:
    reply = ask("ITA ปี 2563 ได้กี่คะแนน")
    assert not reply.fallback and "ปี 2563 อยู่ที่ 67.90 คะแนน" in reply.text  # 81.25 - 13.35, to 2 places


def test_a_cohort_or_round_the_record_does_not_hold_is_declined(ask) -> None:
    assert ask("นปร. รุ่นที่ 14 กับ 15 มีกี่คน").fallback is False
    assert ask("นปร. รุ่น 16 มีกี่คน").fallback
    assert ask("การประชุมนานาชาติครั้งที่ 10 จัดเมื่อไหร่").fallback


def test_how_to_questions_for_citizens_are_not_answered_with_report_figures(ask) -> None:
    reply = ask("ฉันจะสมัครรางวัลเลิศรัฐได้อย่างไร")
    assert reply.fallback and reply.text.startswith("รายงานไม่ได้ให้ขั้นตอน")


def test_english_word_forms_match(ask) -> None:
    assert ask("What did the OECD and Thailand cooperate on?").record_id == "oecd-cooperation"


def test_a_year_with_only_a_target_is_not_answered_with_another_years_result(ask) -> None:
    reply = ask("EGDI ปี 2565 ไทยได้อันดับเท่าไหร่")
    assert reply.fallback and "เป้าหมาย" in reply.text and "50" in reply.text
    assert not ask("EGDI เป้าหมายปี 2565 อันดับเท่าไหร่").fallback


def test_an_abbreviation_the_report_does_not_expand_is_not_guessed(ask) -> None:
    assert ask("VRT ย่อมาจากอะไร").fallback
    assert not ask("Thailand VRT คืออะไร").fallback


def test_a_date_the_report_does_not_give_is_not_invented(ask) -> None:
    assert ask("ภาษีเงินได้ต้องยื่นภายในวันที่เท่าไหร่").fallback
    assert "15 - 16 พฤศจิกายน 2564" in ask("ประชุมนานาชาติครั้งที่ 9 จัดเมื่อไหร่").text


def test_the_detail_matching_the_question_leads_the_answer(ask) -> None:
    reply = ask("e-Service มีบริการกู้เงินให้คนแก่ไหม")
    assert reply.text.startswith("ตัวอย่าง e-Service") and "ผู้สูงอายุ" in reply.text


def test_an_organisation_the_record_does_not_break_down_is_declined(ask) -> None:
    for question in ("ITA ของศาลได้เท่าไหร่", "ITA ของกรมสรรพสามิตได้กี่คะแนน", "e-Service ของโรงพยาบาลมีกี่บริการ"):
        assert ask(question).fallback, question
    assert not ask("กรมไหนได้รางวัลเลิศรัฐยอดเยี่ยม").fallback


def test_a_bare_name_is_answered_in_the_conversations_language(engine) -> None:
    assert engine.handle(Inbound("UNPSA", "bare-1")).lang == "th"
    engine.handle(Inbound("What is GDX?", "bare-2"))
    assert engine.handle(Inbound("HPP", "bare-2")).lang == "en"


def test_a_close_reading_from_the_same_section_is_told_too(ask) -> None:
    reply = ask("จังหวัดผลสัมฤทธิ์สูงที่มีแนวโน้มดีมีกี่จังหวัด")
    assert not reply.fallback and "10 จังหวัด" in reply.text and "3.1.2.2 (4)" in reply.sources


def test_a_target_the_report_does_not_set_is_not_invented(ask) -> None:
    reply = ask("ITA ตั้งเป้าหมายไว้เท่าไหร่")
    assert reply.fallback and reply.text.startswith("รายงานไม่ได้ระบุค่าเป้าหมาย")
    assert not ask("NDTP คืบหน้าถึงไหนแล้ว").fallback


def test_a_how_many_question_leads_only_with_a_detail_that_states_a_number(ask) -> None:
    reply = ask("บริการออนไลน์ของภาครัฐตอนนี้มีทั้งหมดกี่บริการ")
    assert "343" in reply.text, reply.text


def test_a_gap_that_a_later_year_closed_says_the_target_was_met_then(ask) -> None:
    reply = ask("HPP ถึงเป้าหรือยัง")
    assert "25 จังหวัด" in reply.text and "ปี 2565 บรรลุเป้าหมายแล้ว" in reply.text, reply.text


def test_last_year_of_a_record_holding_two_years_is_its_earlier_year(ask) -> None:
    reply = ask("ITA ปีก่อนได้คะแนนเฉลี่ยเท่าไหร่")
    assert "67.9" in reply.text and not reply.fallback, reply.text


def test_a_part_of_a_whole_with_a_target_says_the_share_of_the_whole_and_the_rest(ask) -> None:
    reply = ask("Biz Portal มีใบอนุญาตที่ยังไม่เป็น Fully Digital อีกกี่ใบ")  # 35 fully digital of all 94
    assert "58.33" in reply.text and "37.23" in reply.text and "59 ใบอนุญาต" in reply.text, reply.text


def test_how_far_from_the_target_leads_with_the_gap_before_the_record_text(ask) -> None:
    reply = ask("คนพอใจบริการรัฐ ยังขาดเป้าอีกนิดนึงใช่มั้ย ขาดกี่%")
    assert reply.intent == "gap" and "0.19" in reply.text[:200], reply.text
    english = ask("How far is Biz Portal still short of its fully digital goal?")
    assert "25 licences short" in english.text[:200], english.text


def test_a_percentage_asked_with_the_sign_is_declined_where_only_counts_are_given(ask) -> None:
    reply = ask("หน่วยงานที่เลิกขอสำเนาบัตรคิดเป็นกี่ % ครับ")  # 87 agencies, of no whole
    assert reply.fallback and "87" in reply.text, reply.text


def test_a_total_asked_of_a_topic_that_has_only_parts_adds_them(ask) -> None:
    reply = ask("How many new wave leaders for change are there in total?")
    assert reply.intent == "whole_total" and "99" in reply.text, reply.text


def test_when_before_a_verb_in_ing_joins_a_clause_and_asks_no_date(ask) -> None:
    reply = ask("What limitations did provinces face when dealing with COVID-19?")
    assert not reply.fallback and reply.intent != "when" and "budget" in reply.text, reply.text


def test_a_fiscal_year_word_asks_no_budget(ask) -> None:
    reply = ask("ความพึงพอใจของประชาชนปีงบประมาณ 2564 อยู่ที่เท่าไหร่")
    assert not reply.fallback and "84.81" in reply.text, reply.text


def test_a_budget_asked_in_a_short_word_is_declined_where_none_is_given(ask) -> None:
    reply = ask("งบของทุกโครงการในรายงานปี 64 รวมกันเท่าไหร่")
    assert reply.fallback and "“งบ”" in reply.text, reply.text


def test_a_year_after_a_sub_factor_word_names_no_sub_factor(ask) -> None:
    reply = ask("Thailand's rank in the IMD business legislation sub-factor in 2022?")
    assert reply.fallback, reply.text


def test_an_adverb_inside_a_what_question_still_asks_to_name_the_set(ask) -> None:
    reply = ask("what precisely are the 2 agencies that will pilot the flexible structure?")
    assert reply.fallback and "2" in reply.text, reply.text


def test_the_topics_own_name_qualifies_the_thing_counted(ask) -> None:
    reply = ask("Which two EGDI areas kept getting better?")
    assert not reply.fallback and "online" in reply.text, reply.text


def test_where_of_a_ranking_that_names_no_place_asks_its_place(ask) -> None:
    reply = ask("EGDI ปี 2563 ไทยอยู่ตรงไหน")
    assert not reply.fallback and "57" in reply.text, reply.text


def test_an_english_noun_in_a_thai_question_is_the_thai_word(ask) -> None:
    reply = ask("report เล่มนี้มีกี่ส่วน")
    assert reply.record_id == "report-structure", reply.text


def test_a_count_asked_apart_from_the_one_given_is_declined(ask) -> None:
    reply = ask("นปร. รุ่นที่ 15 แยกจากรุ่น 14 มีกี่คน")
    assert reply.fallback, reply.text


def test_places_still_to_climb_to_the_target_is_the_gap(ask) -> None:
    for question in (
        "EGDI ไทยต้องขึ้นอีกกี่อันดับถึงจะถึงเป้า",
        "EGDI: how many places does Thailand need to climb to reach its target?",
    ):
        reply = ask(question)
        assert reply.intent == "gap" and "7" in reply.text, (question, reply.text)


def test_a_close_reading_from_another_section_is_not_told_beside_the_answer(ask) -> None:
    # "เปอร์เซ็น" holds เซ็น (signed), the signatory's word: a reading of the covering letter, no sibling of
    # the satisfaction indicator's section
    reply = ask("ความพึงพอใจของประชาชนยังขาดเป้าอยู่กี่เปอร์เซ็น")
    assert "0.19" in reply.text and "ลงนาม" not in reply.text, reply.text


def test_a_detail_the_topics_text_says_word_for_word_is_told_once(ask) -> None:
    reply = ask("ผู้ว่าฯมอบอำนาจจัดซื้อให้ใครโดยไม่ผ่านหัวหน้าส่วนราชการ")
    assert not reply.fallback and reply.text.count("มอบอำนาจการจัดซื้อจัดจ้าง") == 1, reply.text


def test_which_fields_with_a_number_a_programme_targets_asks_what_it_aims_at(ask) -> None:
    reply = ask("What three areas does the new government scholarship target?")
    assert not reply.fallback and "Data Science" in reply.text, reply.text


def test_a_large_number_rounded_to_millions_points_to_the_topic_stating_it(ask) -> None:
    for question in ("ค่าธรรมเนียมลดได้ 417 ล้าน เป็นผลจากอะไร", "fees cut by 416 million: what was that about?"):
        reply = ask(question)
        assert not reply.fallback and reply.record_id == "fee-review", reply.text


def test_the_letters_postal_code_is_asked_of_its_letterhead(ask) -> None:
    for question in ("รหัสไปรษณีย์ที่อยู่บนหนังสือนำส่งคืออะไร", "Which postcode is on the letterhead?"):
        reply = ask(question)
        assert not reply.fallback and "10300" in reply.text, reply.text


def test_how_many_millions_asks_the_amount_not_a_count_of_millions(ask) -> None:
    reply = ask("ทบทวนค่าธรรมเนียมต่ำกว่า 100 บาท ช่วยประหยัดได้ปีละกี่ล้านบาท")
    assert not reply.fallback and "416,987,990" in reply.text, reply.text


def test_a_count_in_millions_counts_the_thing_after_the_scale(engine: Engine) -> None:
    understood = engine.nlu.understand("ลงทะเบียนไปแล้วกี่ล้านคน")
    assert understood.counted == (("คน", "people"),), understood.counted


def test_a_place_inside_a_newspapers_name_is_matched_as_typed(ask) -> None:
    reply = ask("e-Service ในกรุงเทพ ธุรกิจใช้ได้กี่บริการ")  # กรุงเทพ, then ธุรกิจ: not the newspaper's name
    assert reply.fallback and "กรุงเทพมหานคร" in reply.text, reply.text


def test_two_weak_readings_of_one_section_lead_with_the_one_holding_every_word(ask) -> None:
    reply = ask("สำนักงานเศรษฐกิจการเกษตรมีชุดข้อมูลอะไรเป็นตัวอย่างบ้าง", "weak-pair")  # open data, then GDX
    assert reply.record_id == "open-data" and "ปริมาณการผลิตสินค้าเกษตร" in reply.text, reply.text


def test_okayed_is_approved_not_thanks_and_deputy_pm_is_the_deputy_prime_minister(ask) -> None:
    reply = ask("who is the deputy PM that okayed the report going to the cabinet?", "okayed")
    assert reply.intent != "thanks" and "Wissanu" in reply.text, reply.text


def test_a_topic_named_then_defined_gets_its_definition_beside_the_other_detail_asked(ask) -> None:
    reply = ask("GDX คืออะไร หน่วยงานไหนส่งข้อมูลเข้าบ้าง", "defined-too")
    assert "Government Data Exchange" in reply.text and "กรมการปกครอง" in reply.text, reply.text


def test_a_name_asked_with_what_clipped_is_a_name_asked(ask) -> None:
    reply = ask("แอปคืนภาษีให้นักท่องเที่ยวชื่อไรครับ", "name-clipped")
    assert reply.intent == "name" and "Thailand VRT" in reply.text, reply.text
    seamless = ask("บริการที่ชื่อไร้รอยต่อ คืออะไรครับ", "name-seamless")  # ไร้ (without) is no clipped อะไร
    assert seamless.intent == "definition", seamless.text


def test_target_before_whom_it_aims_at_is_the_verb_not_a_target_figure(ask) -> None:
    asked = ("ทุนใหม่ของ ก.พ. target นักศึกษาสาขาไหนบ้าง", "which grads do the new civil service scholarships target")
    for question in asked:
        reply = ask(question, question)
        assert not reply.fallback and "Data Science" in reply.text, (question, reply.text)


def test_a_count_out_of_a_whole_of_other_things_is_a_share_not_progress(ask) -> None:
    reply = ask("ผลงานที่ส่งเลิศรัฐได้รางวัลกี่เปอร์เซ็นต์ครับ", "share-of-entries")  # 234 awards of 1,688 entries
    assert not reply.fallback and "13.86" in reply.text and "เหลืออีก" not in reply.text, reply.text
    english = ask("what fraction of lert rat submissions were awarded?", "share-of-entries-en")
    assert "13.86%" in english.text and " left" not in english.text, english.text
    no_target = ask("has lert rat reached its target?", "share-no-target")  # a whole of other things is no target
    assert no_target.fallback, no_target.text


def test_a_share_of_a_part_the_record_never_splits_out_is_declined(ask) -> None:
    reply = ask("what percentage of the 234 lert rat awards went to regional offices?", "share-of-part")
    assert reply.fallback, reply.text


def test_how_far_ahead_asks_how_early_not_a_distance_to_target(ask) -> None:
    reply = ask("in covid times how far in advance could people renew their driving licence?", "how-far-ahead")
    assert not reply.fallback and "6" in reply.text, reply.text


def test_when_said_formally_asks_a_date(ask) -> None:
    reply = ask("หนังสือนำส่งรายงานลงนามเมื่อใด", "when-formal")
    assert reply.intent == "when" and "19 กันยายน 2565" in reply.text, reply.text
