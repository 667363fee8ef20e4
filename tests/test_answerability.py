"""An answer only when the record states what is asked: money, users, staff, a device or a fee asked of a
topic whose record never mentions one is declined, saying what the report does say."""

from __future__ import annotations

from bot.core.engine import Engine
from bot.core.types import Inbound
from tests.conftest import ask_of


def test_an_attribute_the_record_never_states_is_declined_with_what_it_does_say(engine: Engine, ask) -> None:
    questions = (
        "HPP ใช้งบประมาณไปกี่บาท",
        "GDX มีผู้ใช้งานกี่ราย",
        "How much did the GDX cost to build?",
        "คะแนน ITA แยกรายกระทรวงเป็นเท่าไหร่",  # a breakdown the report does not make
        "ถ้าลืมรหัสผ่าน Biz Portal ต้องทำยังไง",  # how-to help for a service
        "ศูนย์ราชการประจวบมีที่จอดรถไหม",
    )
    for question in questions:
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)
        record = engine.records[reply.record_id]
        assert (record.text.th if reply.lang == "th" else record.text.en) in reply.text


def test_an_attribute_the_record_states_is_answered(ask) -> None:
    reply = ask("ทบทวนค่าธรรมเนียมช่วยประชาชนประหยัดกี่บาทต่อปี")
    assert not reply.fallback and "416,987,990" in reply.text, reply.text


def test_how_many_of_a_topic_that_states_no_number_is_declined(engine: Engine, ask) -> None:
    assert not any(n < 2400 for n in engine.profiles["gdx"].numbers)  # the premise: GDX's record counts nothing
    reply = ask("GDX มีหน่วยงานต่อเชื่อมแล้วกี่แห่ง")
    assert reply.fallback and reply.record_id == "gdx", reply.text


def test_a_decline_names_the_attribute_as_worded_and_words_that_merely_contain_one_pass(ask) -> None:
    declined = ask("How many attendees came to the 9th international conference?", "a")
    assert declined.fallback and "attendees" in declined.text
    answered = ask("การประเมินส่วนราชการ ใครเป็นผู้ติดตามประเมินผล", "b")
    assert not answered.fallback, answered.text


def test_a_percentage_asked_of_a_topic_that_gives_none_is_declined(ask) -> None:
    reply = ask("หน่วยงานที่เลิกขอสำเนาบัตรประชาชนคิดเป็นกี่เปอร์เซ็นต์")  # 87 agencies, of no whole
    assert reply.fallback and "ไม่ได้ระบุเรื่อง “เปอร์เซ็นต์”" in reply.text and "87" in reply.text, reply.text
    shared = ask("Biz Portal ได้กี่เปอร์เซ็นต์ของเป้า")  # 35 of 60: worked out
    assert not shared.fallback and "58.33" in shared.text, shared.text


def test_how_much_money_of_a_topic_that_mentions_money_without_a_number_is_declined(ask) -> None:
    # the COVID-19 record mentions the budget rules ("ระเบียบการเบิกจ่ายงบประมาณ") but states no amount
    reply = ask("โควิดจังหวัดใช้งบประมาณไปเท่าไหร่")
    assert reply.fallback and "ไม่ได้ระบุเรื่อง “งบประมาณ”" in reply.text, reply.text
    saved = ask("ทบทวนค่าธรรมเนียมแล้วประชาชนประหยัดได้กี่บาท")
    assert not saved.fallback and "416,987,990" in saved.text, saved.text  # a number beside บาท


def test_an_attribute_word_in_the_topics_own_name_is_not_what_is_asked(ask) -> None:
    reply = ask("How many licences does the renewal-fee decree cover?")
    assert not reply.fallback and "31" in reply.text, reply.text


def test_a_detail_the_record_lacks_is_told_from_a_record_of_its_section_that_names_it(ask) -> None:
    reply = ask("HPP อยู่จังหวัดไหน")
    assert reply.record_id == "hpp-trending" and not reply.fallback and "ลำปาง" in reply.text, reply.text
    assert reply.confidence <= 0.6  # told from a neighbour: likely, not certain
    nobody = ask("ใครเป็นคนคิดโครงการ HPP")
    assert nobody.fallback and nobody.record_id == "hpp", nobody.text  # no neighbour says who


def test_two_years_compared_need_both_years_held(ask) -> None:
    reply = ask("ความพึงพอใจปี 2562 กับปี 2564 ต่างกันเท่าไร")
    assert reply.fallback and "2562" in reply.text, reply.text


def test_a_set_the_report_counts_but_never_names_is_declined(ask) -> None:
    reply = ask("แซนด์บ็อกซ์ถ่ายโอนงานให้เอกชน 8 งาน มีงานอะไรบ้าง")
    assert reply.fallback and "(8)" in reply.text and reply.record_id == "sandbox-transfer", reply.text
    named = ask("รางวัลเลิศรัฐยอดเยี่ยม 2 รางวัล เป็นของหน่วยงานไหนบ้าง")
    assert not named.fallback and "กรมปศุสัตว์" in named.text, named.text  # "2 รางวัล คือ ..." names them
    place = ask("การประชุมนานาชาติครั้งที่ 9 จัดในหัวข้อไหน")
    assert not place.fallback and "Promoting Digital" in place.text, place.text  # ครั้งที่ 9: a place, not a set
    field = ask("IMD ไทยอยู่อันดับไหนจาก 64 เขตเศรษฐกิจ")
    assert not field.fallback and "20" in field.text, field.text  # 64 is the field ranked, not a set to name


def test_which_members_of_a_set_the_record_only_counts_is_declined_whatever_the_intent(ask) -> None:
    reply = ask("Which 2 agencies will pilot the flexible structure?")
    assert reply.fallback and "(2)" in reply.text and reply.lang == "en", reply.text


def test_a_word_the_record_cannot_account_for_lowers_confidence_below_sure(ask) -> None:
    sure = ask("Biz Portal มีกี่ใบอนุญาต")
    unsure = ask("Biz Portal มีกี่ใบอนุญาตสำหรับร้านกาแฟ")
    assert sure.confidence >= 0.8 and unsure.confidence < 0.8 and "94" in unsure.text


def test_using_a_service_is_no_call_for_the_bots_help(ask) -> None:
    session = "used-by-businesses"
    ask("Biz Portal มีใบอนุญาตกี่ใบ", session)
    reply = ask("มีธุรกิจเข้ามาใช้งานกี่ราย", session)  # how many used it: not "how do I use you"
    assert reply.intent != "help" and reply.fallback and reply.record_id == "biz-portal", reply.text
    helped = ask("ใช้งานยังไงคะ")
    assert helped.intent == "help", helped.text


def test_how_to_help_for_an_app_is_declined_with_what_the_report_says(ask) -> None:
    for question in ("สมัครใช้แอปทางรัฐยังไงครับ", "How do I sign up for Biz Portal?", "ติดตั้งแอปทางรัฐได้ที่ไหน"):
        reply = ask(question)
        assert reply.fallback and reply.record_id in {"citizen-portal", "biz-portal"}, (question, reply.text)


def test_attendance_and_popularity_are_attributes_the_report_does_not_give(ask) -> None:
    for question in ("งานประชุมนานาชาติครั้งที่ 9 มีคนเข้าร่วมกี่คน", "e-Service ที่ใช้บ่อยที่สุดคืออะไร"):
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)


def test_which_of_several_is_declined_when_the_record_only_counts_them(ask) -> None:
    lead_named = ask("ระบบบริการไร้รอยต่อ จะนำร่องกับหน่วยงานไหนบ้าง")  # names its lead, not the 2 pilots
    assert lead_named.fallback and "(2)" in lead_named.text, lead_named.text
    by_kind = ask("โครงสร้างแบบยืดหยุ่นจะนำร่อง 2 หน่วยงาน เป็นกรมอะไร")  # กรมอะไร picks out members
    assert by_kind.fallback, by_kind.text
    named = ask("รางวัลเลิศรัฐยอดเยี่ยมได้แก่หน่วยงานไหนบ้าง")
    assert not named.fallback and "กรมปศุสัตว์" in named.text, named.text


def test_every_member_asked_is_not_answered_with_examples(ask) -> None:
    for question in ("ขอรายชื่อ Agenda e-Service ครบทั้ง 12 บริการ", "agenda e-service 12บริการ ขอชื่อครบทุกตัว"):
        every = ask(question)  # the second asked as a whole-report list, with its set of 12 named
        assert every.fallback and "(12)" in every.text, (question, every.text)
    some = ask("ขอตัวอย่าง e-Service หน่อย")
    assert not some.fallback and "การแพทย์ทางไกล" in some.text, some.text


def test_names_asked_of_a_record_that_names_no_one_are_declined(ask) -> None:
    reply = ask("ขอรายชื่อ นปร. ที่จบรุ่นล่าสุดหน่อย")
    assert reply.fallback and "รายชื่อ" in reply.text and reply.record_id == "npr", reply.text


def test_a_count_of_something_the_record_never_counts_is_declined(ask) -> None:
    for question in (
        "ปรับระเบียบทำงานนอกสถานที่ตั้ง มีข้าราชการได้ประโยชน์กี่คน",
        "How many civil servants worked from home during the pandemic?",
    ):
        reply = ask(question)
        assert reply.fallback and reply.record_id == "remote-work-rules", (question, reply.text)
    counted = ask("นปร. รุ่น 13 มีกี่คน")
    assert not counted.fallback and "30" in counted.text, counted.text


def test_points_counted_alone_are_places_a_topic_never_counts(ask) -> None:
    for question in ("ศูนย์บริการร่วมที่หัวหินมีกี่จุด", "จุดบริการ Biz Portal ตั้งขึ้นมากี่จุด"):  # ตั้งขึ้น: set up
        reply = ask(question, question)
        assert reply.fallback and "จุด" in reply.text, (question, reply.text)


def test_countries_and_a_clipped_agency_word_are_counters_too(ask) -> None:
    # the conference names ASEAN +9, not how many countries; the ITA 2564 record counts no agencies (กี่หน่วย
    # counts agencies unless a change word stands before it: "เพิ่มขึ้นกี่หน่วย" asks points)
    for question in ("ประชุมนานาชาติครั้งที่ 9 มีกี่ประเทศเข้าร่วม", "ITA ปี 64 มีกี่หน่วยเข้าประเมิน"):  # หน่วย: agencies
        reply = ask(question)
        assert reply.fallback, (question, reply.text)
    ranked = ask("IMD จัดอันดับทั้งหมดกี่ประเทศ")  # "64 เขตเศรษฐกิจ": economies are what it ranks
    assert not ranked.fallback and "64" in ranked.text, ranked.text


def test_a_counter_asks_how_many_even_beside_a_word_asking_for_examples(ask) -> None:
    # "บ้าง" reads as examples, yet "กี่ประเทศ" still wants a number of countries the record never gives
    reply = ask("งานประชุมนานาชาติครั้งที่ 9 มีใครมาร่วมบ้าง กี่ประเทศ")
    assert reply.fallback and "จำนวนประเทศ" in reply.text, reply.text
    listed = ask("ยกเลิกสำเนาบัตรประชาชนไปแล้วกี่หน่วยงาน มีหน่วยไหนบ้าง")  # agencies it does count
    assert not listed.fallback and "87" in listed.text, listed.text
    few = ask("ทำไมประชุมนานาชาติครั้งที่ 9 มีประเทศมาร่วมไม่กี่ประเทศ")  # ไม่กี่: only a few, no count asked
    assert "จำนวนประเทศ" not in few.text, few.text


def test_money_saved_and_site_visitors_are_attributes_a_record_must_state(ask) -> None:
    for question in (
        "ยกเลิกสำเนาบัตรประชาชนช่วยประหยัดเงินได้ปีละเท่าไหร่",  # the copies record counts agencies, not baht
        "เว็บ PM25air มีคนเข้าชมเดือนละกี่คน",
        "How many visitors does the PM 2.5 data platform get?",
    ):
        reply = ask(question)
        assert reply.fallback, (question, reply.text)
    for question in (
        "ทบทวนค่าธรรมเนียมต่ำกว่า 100 บาทช่วยประหยัดเงินได้ปีละเท่าไหร่",  # "416,987,990 บาทต่อปี"
        "ค่าธรรมเนียมที่ต่ำกว่า 100 บาท ประหยัดค่าใช้จ่ายได้เท่าไร",  # expenses are money: its baht say them
    ):
        saved = ask(question, question)
        assert not saved.fallback and "416,987,990" in saved.text, (question, saved.text)


def test_a_category_asked_of_a_topic_that_names_none_is_declined(ask) -> None:
    reply = ask("รางวัลเลิศรัฐ สาขาบริการภาครัฐ ปี 64 ได้ไปกี่รางวัล")  # 234 in all, no category's count
    assert reply.fallback and reply.record_id == "awards", reply.text
    named = ask("UNPSA ที่กรมควบคุมโรคได้ เป็นสาขาอะไร")  # its category is named
    assert not named.fallback and "สาขา" in named.text, named.text


def test_a_passport_or_visa_asked_of_a_service_centre_is_not_in_the_report(ask) -> None:
    for question in ("ศูนย์ราชการที่บลูพอร์ตหัวหินต่อพาสปอร์ตได้มั้ย", "Can I get a visa at the Blueport Hua Hin centre?"):
        reply = ask(question)
        assert reply.fallback, (question, reply.text)


def test_a_place_in_asean_asked_of_a_ranking_giving_none_is_declined(ask) -> None:
    reply = ask("EGDI ไทยอยู่อันดับเท่าไหร่ในอาเซียน")  # 57th of 193 countries, no ASEAN place
    assert reply.fallback and reply.record_id == "egdi", reply.text


def test_a_count_asked_of_one_round_a_range_counts_together_is_declined(ask) -> None:
    alone = ask("นปร. รุ่น 14 อย่างเดียวมีกี่คน")  # "รุ่นที่ 14 - 15 อีก 69 คน": the 69 are both cohorts
    assert alone.fallback and alone.record_id == "npr", alone.text
    both = ask("นปร. รุ่น 14-15 กี่คน")
    assert not both.fallback and "69" in both.text, both.text


def test_words_near_the_declined_attributes_still_get_their_answers(ask) -> None:
    # granted is no grant money, กี่หน่วย after a change counts points, "คิดว่าอีกกี่" asks a gap, and the
    # conference names whom it was held with
    for question, said in (
        ("How many licences were granted through Biz Portal?", "35"),
        ("ITA ปี 64 คะแนนเพิ่มขึ้นกี่หน่วย", "13.35"),
        ("ITA ปี 64 ขยับขึ้นมากี่จุด", "13.35"),  # points of a change, not places counted
        ("คิดว่าอีกกี่บริการ e-Service ถึงจะครบเป้า", "96"),
        ("e-Service ด้านสุขภาพมีอะไรบ้าง", "การแพทย์ทางไกล"),  # telemedicine says health
        ("เป้าหมาย EGDI ไทยจะติดกี่อันดับแรก ปีไหน", "50"),  # a target, no guess
        ("ใครเข้าร่วมประชุมนานาชาติครั้งที่ 9", "อาเซียน"),
    ):
        reply = ask(question, question)
        assert not reply.fallback and said in reply.text, (question, reply.text)


def test_an_amount_of_something_a_topic_names_without_one_is_declined_as_no_figure(ask) -> None:
    # the app lists checking the newborn grant, with no amount: "no figure", not "says nothing about it"
    reply = ask("เช็คเงินอุดหนุนเด็กแรกเกิดในแอปทางรัฐได้เดือนละเท่าไหร่")
    assert reply.fallback and "ไม่ได้ให้ตัวเลข" in reply.text and "ไม่ได้ระบุเรื่อง" not in reply.text, reply.text


def test_a_count_of_one_thing_with_a_property_only_other_things_have_is_declined(ask) -> None:
    # the figures count agencies and public organisations opening 50% of their data; provinces only joined
    for question in ("มีกี่จังหวัดที่เปิดข้อมูลได้ถึง 50%", "how many provinces opened at least 50% of their data?"):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "open-data", (question, reply.text)
    joined = ask("มีกี่จังหวัดเลือกจัดทำบัญชีข้อมูล")
    assert not joined.fallback and "40" in joined.text, joined.text
    submissions = ask("how many submissions for the lert rat award")  # its name's words are no property
    assert not submissions.fallback and "1,688" in submissions.text, submissions.text


def test_how_many_one_agency_had_of_a_count_for_everyone_is_declined(ask) -> None:
    for question in (
        "90 กระบวนงานช่วงโควิด เป็นของกรมสรรพากรกี่กระบวนงาน",  # 90 in all, the Revenue Department one example
        "กรมสรรพากรได้รางวัลเลิศรัฐรวมทั้งหมดกี่รางวัล",  # 234 given in all
    ):
        reply = ask(question, question)
        assert reply.fallback and "ไม่ได้ให้ตัวเลข" in reply.text, (question, reply.text)
    everyone = ask("ช่วงโควิดมีมาตรการกี่กระบวนงาน")
    assert not everyone.fallback and "90" in everyone.text, everyone.text


def test_another_member_of_a_set_the_topic_lists_one_of_is_declined(ask) -> None:
    # OG&MP targets 2 issues and names the one done (PM 2.5): the other is not named
    for question in (
        "OG&MP เป้า 2 ประเด็น อีกประเด็นนึงคืออะไร",
        "ประเด็นที่ 2 ของ OG&MP คือเรื่องอะไร",
        "OG&MP ตั้งเป้าไว้ ประเด็นที่สองคืออะไรคะ",  # the number in words, read with its marker as one word
    ):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "og-mp", (question, reply.text)
    for question, said in (
        ("เลิศรัฐยอดเยี่ยม 2 รางวัล อีกรางวัลเป็นของใคร", "กรมสรรพากร"),  # "2 รางวัล คือ กรมปศุสัตว์และกรมสรรพากร"
        ("Biz Portal อีกใบอนุญาตที่เป็นตัวอย่างคืออะไร", "เครื่องหมายการค้า"),  # examples, never counted with names
    ):
        listed = ask(question, question)
        assert not listed.fallback and said in listed.text, (question, listed.text)


def test_a_payment_asked_in_its_own_words_is_an_attribute_but_fees_paid_are_not(ask) -> None:
    for question in ("จ่ายเงินผ่าน e-Service ได้ไหม", "Biz Portal supports online payment?"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)
    fee = ask("พรฎ.ต่ออายุใบอนุญาต แค่จ่ายเงินค่าธรรมเนียมก็ต่อได้เลยใช่มั้ย")  # "ชำระค่าธรรมเนียม": stated
    assert not fee.fallback, fee.text


def test_which_parts_changed_one_way_of_a_topic_naming_only_the_other_way_is_declined(ask) -> None:
    session = "opposite-change"
    improved = ask("EGDI ด้านไหนดีขึ้นบ้าง", session)
    assert not improved.fallback and "โครงสร้างพื้นฐานโทรคมนาคม" in improved.text, improved.text
    worsened = ask("แล้วด้านไหนแย่ลง", session)  # the two named improved: which worsened is not said
    assert worsened.fallback and "แย่ลง" in worsened.text, worsened.text


def test_a_total_is_summed_only_of_parts_counting_what_is_asked(ask) -> None:
    agencies = ask("e-Service ผลักดันไปรวมกันกี่หน่วยงาน")
    assert not agencies.fallback and "123" in agencies.text, agencies.text
    people = ask("e-Service ผลักดันไปรวมกันกี่คน")
    assert people.fallback and "123" not in people.text, people.text


def test_an_organisation_asked_with_where_is_a_who_question(ask) -> None:
    reply = ask("หน่วยงานที่ได้รางวัลเลิศรัฐยอดเยี่ยมคือที่ไหน")
    assert not reply.fallback and reply.intent == "who" and "กรมปศุสัตว์" in reply.text, reply.text
    venue = ask("รางวัล UNPSA มอบที่ประเทศอะไร")  # a country is a place the report does not give
    assert venue.fallback and venue.record_id == "unpsa", venue.text


def test_a_device_or_a_breakdown_the_report_never_mentions_is_declined(ask) -> None:
    for question in ("Can I use the Tang Rat app on a Huawei phone?", "เลิศรัฐ 234 รางวัล แยกตามประเภทได้ประเภทละกี่รางวัล"):
        reply = ask(question)
        assert reply.fallback and "“" in reply.text, (question, reply.text)


def test_price_pay_servers_and_languages_are_attributes_the_report_does_not_give(ask) -> None:
    for question in (
        "Biz Portal ใช้ฟรีหรือเสียเงิน",
        "นปร. เงินเดือนเท่าไหร่",
        "GDX ใช้เซิร์ฟเวอร์ของใคร",
        "แอปทางรัฐ มีกี่ภาษา",
        "What salary does a new-wave change leader (นปร.) get?",
    ):
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)


def test_a_detail_asked_of_the_report_itself_is_told_by_its_own_records_not_a_clarification(
    engine: Engine, ask
) -> None:
    made = ask("รายงานนี้ใครเป็นคนทำ")
    assert made.intent == "who" and "ก.พ.ร." in made.text and engine.records[made.record_id].kind == "letter"
    sent = ask("รายงานนี้ส่งให้ใคร")
    assert sent.record_id == "letter-header" and not sent.fallback, sent.text
    where = ask("รายงานนี้ดาวน์โหลดได้ที่ไหน")
    assert where.record_id == "full-report" and "clouddrive" in where.text, where.text
    topic = ask("รายงานนี้บอกว่า Biz Portal มีกี่ใบอนุญาต")  # a topic named: the topic answers
    assert topic.record_id == "biz-portal" and "94" in topic.text, topic.text
    costly = ask("ทำรายงานเล่มนี้ใช้งบไปเท่าไร")
    assert costly.fallback, costly.text


def test_an_attribute_asked_of_a_whole_group_none_of_whose_records_mention_it_is_declined(ask) -> None:
    reply = ask("รางวัลทั้งหมดในรายงานมีเงินรางวัลเท่าไหร่")
    assert reply.fallback and "“เงินรางวัล”" in reply.text and "รางวัล" in reply.text and not reply.items, reply.text
    listed = ask("รางวัลในรายงานมีอะไรบ้าง")  # the same group, nothing unstated asked: listed
    assert not listed.fallback and listed.items, listed.text


def test_downtime_and_judges_are_attributes_the_report_does_not_give(ask) -> None:
    for question in ("Biz Portal ล่มบ่อยไหม", "รางวัลเลิศรัฐ ใครเป็นกรรมการตัดสิน"):
        reply = ask(question)
        assert reply.fallback and "“" in reply.text, (question, reply.text)


def test_waiting_time_and_the_economy_are_not_in_the_report(ask) -> None:
    waiting = ask("ขอใบอนุญาตผ่าน Biz Portal ใช้เวลากี่วัน")
    assert waiting.fallback and waiting.record_id == "biz-portal", waiting.text
    economy = ask("What is the GDP of Thailand?")
    assert economy.fallback and economy.intent == "fallback", economy.text


def test_of_close_readings_the_one_counting_what_is_asked_answers(ask) -> None:
    strategies = ask("รายงานแบ่งเป็นกี่ยุทธศาสตร์ แต่ละอันชื่ออะไร")  # "3 ยุทธศาสตร์", not "2 ส่วน"
    assert strategies.record_id == "strategies" and "3 ยุทธศาสตร์" in strategies.text, strategies.text
    parts = ask("รายงานนี้มีกี่ส่วน")
    assert parts.record_id == "report-structure" and "2 ส่วน" in parts.text, parts.text


def test_an_opinion_asked_is_declined_with_its_own_sentence(engine: Engine, ask) -> None:
    for question in (
        "น้องเลิศคิดว่า e-Service ของรัฐดีไหม",
        "คิดว่าอีก 3 ปี EGDI ไทยจะติด 40 อันดับแรกไหม",
        "In your opinion, is Biz Portal a success?",
    ):
        reply = ask(question)
        declined = getattr(engine.intents["opinion"].reply, reply.lang)
        assert reply.fallback and reply.record_id is None and reply.text == declined, (question, reply.text)


def test_a_target_named_only_to_be_ruled_out_does_not_make_a_target_question(ask) -> None:
    reply = ask("EGDI ปี 2565 ได้อันดับจริงเท่าไหร่ ไม่เอาเป้านะ")  # 2565 holds only the target
    assert reply.fallback and "2565" in reply.text, reply.text


def test_what_a_year_holding_only_a_target_brought_is_declined_however_asked(ask) -> None:
    reply = ask("อันดับ EGDI ปี 65 ของไทยออกมาเป็นไงบ้าง")  # "บ้าง" asks examples: still the 2565 result
    assert reply.fallback and "2565" in reply.text, reply.text


def test_another_country_a_phone_number_or_a_line_id_is_not_in_the_report(ask) -> None:
    for question in ("EGDI ของมาเลเซียได้อันดับเท่าไหร่", "ขอเบอร์โทรศูนย์ราชการสะดวกประจวบหน่อย", "NongKEM ไลน์ไอดีอะไร"):
        reply = ask(question)
        assert reply.fallback, (question, reply.text)


def test_a_capitalised_name_the_topic_does_not_hold_is_declined_naming_it(ask) -> None:
    # "index" and "rank" would lead to the e-government index; the name itself is nowhere in the report
    reply = ask("Where did Thailand place in the Global Innovation Index according to the report?", "a")
    assert reply.fallback and "Global Innovation Index" in reply.text, reply.text
    possessive = ask("So what was Thailand's Corruption Perceptions Index rank?", "b")
    assert possessive.fallback and "“Corruption Perceptions Index”" in possessive.text, possessive.text


def test_an_acronym_the_knowledge_never_uses_is_declined(ask) -> None:
    reply = ask("ไทยได้อันดับ PISA เท่าไหร่ในรายงานปี 64")
    assert reply.fallback and "PISA" in reply.text, reply.text
    glossed = ask("How many awards did the Public Sector Excellence Awards (PSEA) give?", "gloss")
    assert not glossed.fallback and "234" in glossed.text, glossed.text  # in brackets: the name before it, shortened


def test_the_same_name_is_answered_once_a_source_holding_it_is_added(with_later_years: Engine) -> None:
    reply = with_later_years.handle(Inbound("What was Thailand's Corruption Perceptions Index score in 2022?", "cpi"))
    assert not reply.fallback and "36" in reply.text, reply.text


def test_a_name_another_reading_holds_is_answered_by_that_reading(ask) -> None:
    reply = ask("Which section of the State Administration Act makes OPDC report every year?", "a")
    assert not reply.fallback and "71/10" in reply.text, reply.text


def test_an_agency_acronym_the_report_never_uses_is_read_as_the_agency(ask) -> None:
    reply = ask("What was the UN award the DDC won for?")
    assert not reply.fallback and "UNPSA" in reply.text, reply.text


def test_a_topic_whose_name_the_question_rules_out_is_not_the_answer(ask) -> None:
    for question in ("อันดับ IMD ของไทยโดยรวม ไม่เอาแค่ด้านประสิทธิภาพภาครัฐนะ", "อันดับ IMD โดยรวม ไม่ใช่แค่ด้านภาครัฐ"):
        ruled_out = ask(question)
        assert ruled_out.fallback, ruled_out.text
    tag = ask("Citizen Portal ไม่ใช่แอปทางรัฐเหรอ")  # a tag question rules out nothing
    assert not tag.fallback, tag.text
    # ruling out the target is not ruling out the topic: the result is still told
    result = ask("IMD ด้านประสิทธิภาพภาครัฐปี 64 ได้อันดับเท่าไหร่ ไม่เอาเป้านะ")
    assert not result.fallback and "20" in result.text, result.text


def test_examples_of_the_whole_do_not_name_a_counted_part_of_it(ask) -> None:
    part = ask("ขอรายชื่อ Agenda e-Service ทั้ง 12 บริการหน่อย")
    assert part.fallback and "12" in part.text, part.text
    whole = ask("ยกตัวอย่าง e-Service ที่มีให้ใช้หน่อย")
    assert not whole.fallback and "การแพทย์ทางไกล" in whole.text, whole.text
    told = ask("เลิศรัฐยอดเยี่ยมทั้ง 2 รางวัลเป็นของใคร")  # the detail counts them
    assert not told.fallback and "กรมปศุสัตว์" in told.text, told.text


def test_an_agency_is_told_by_another_reading_only_if_it_holds_as_much_of_the_question(ask) -> None:
    # the awards name the department, but not the integrity assessment asked about
    reply = ask("กรมสรรพากรได้คะแนน ITA เท่าไหร่")
    assert reply.fallback and "กรมสรรพากร" in reply.text, reply.text


def test_plural_group_words_with_the_report_as_scope_ask_for_a_list(ask) -> None:
    reply = ask("Which international indexes does this report quote?")
    assert not reply.fallback and "IMD" in reply.text and "EGDI" in reply.text, reply.text


def test_a_guess_about_the_future_is_declined_as_an_opinion(ask) -> None:
    reply = ask("ปีหน้า Biz Portal จะถึงเป้าไหม คิดว่าไง")
    assert reply.fallback and reply.intent == "fallback", reply.text


def test_a_name_nothing_holds_is_declined_even_as_a_whole_report_question(ask) -> None:
    # "index" and "the report" alone would list the report's rankings
    reply = ask("What does the report say about the Global Innovation Index?")
    assert reply.fallback and "Global Innovation Index" in reply.text, reply.text


def test_a_greeting_with_a_name_is_still_a_greeting(ask) -> None:
    for greeting in ("Hello Nong Lert", "hi, I'm Somchai Jaidee"):
        reply = ask(greeting)
        assert reply.intent == "greeting" and not reply.fallback, reply.text


def test_a_stray_name_does_not_unseat_a_topic_named_by_its_alias(ask) -> None:
    for question in ("My name is Somchai Jaidee, what was the EGDI rank?", "Dear Khun Somchai, what is the EGDI rank?"):
        reply = ask(question)
        assert not reply.fallback and "57" in reply.text, reply.text


def test_a_name_opening_an_english_question_is_named_whole(ask) -> None:
    reply = ask("Global Innovation Index rank of Thailand?")
    assert reply.fallback and "“Global Innovation Index”" in reply.text, reply.text


def test_a_year_with_only_a_target_is_declined_whatever_is_asked_of_it(ask) -> None:
    reply = ask("เล่าเรื่อง EGDI ของปี 2565 ให้ฟังหน่อย")
    assert reply.fallback and "2565" in reply.text and "50" in reply.text, reply.text  # the target it does give


def test_a_web_address_asked_of_a_topic_that_gives_none_is_declined(ask) -> None:
    declined = ask("ขอลิงก์เว็บไซต์ของศูนย์ราชการสะดวกหน่อยครับ")
    assert declined.fallback, declined.text
    given = ask("แพลตฟอร์มข้อมูลฝุ่น PM 2.5 เข้าเว็บไซต์ไหน")
    assert not given.fallback and "pm25air.opengovernment.go.th" in given.text.casefold(), given.text


def test_a_year_beside_the_target_is_the_targets_not_a_year_asked(ask) -> None:
    reply = ask("Where does Biz Portal stand now against its 2022 target?")
    assert not reply.fallback and "35" in reply.text and "60" in reply.text, reply.text


def test_a_province_asked_by_its_short_form_is_a_ranking_the_report_never_makes(ask) -> None:
    reply = ask("จว.ไหนทำ ITA ได้ดีสุด")
    assert reply.fallback, reply.text


def test_an_acronym_typed_against_thai_is_still_an_acronym(ask) -> None:
    reply = ask("คะแนนPISAของไทยปี64เท่าไหร่")
    assert reply.fallback and "PISA" in reply.text, reply.text


def test_two_names_typed_are_two_topics_not_a_stranger(ask) -> None:
    reply = ask("Which is further behind, Citizen Portal or Biz Portal?")
    assert not reply.fallback and "Citizen Portal" in reply.text, reply.text
    named = ask("Which app did the Revenue Department make with Krung Thai Bank?", "vrt")
    assert not named.fallback and "VRT" in named.text, named.text


def test_a_name_typed_first_in_a_thai_question_is_still_a_name(ask) -> None:
    reply = ask("Global Innovation Index ไทยได้อันดับเท่าไหร่ในรายงาน")
    assert reply.fallback and "Global Innovation Index" in reply.text, reply.text


def test_two_numbers_asked_at_once_are_answered_with_less_confidence(ask) -> None:
    one = ask("Biz Portal มีใบอนุญาตทั้งหมดกี่ใบ")
    two = ask("Biz Portal มีใบอนุญาตทั้งหมดกี่ใบ แล้วแบบ Fully Digital กี่ใบ")
    assert one.confidence > 0.7 >= two.confidence and not two.fallback, (one.confidence, two.confidence)


def test_the_overall_rank_is_not_a_sub_ranking(ask) -> None:
    for question in (
        "IMD overall ranking of Thailand in 2021?",
        "Thailand's overall IMD competitiveness rank in 2021?",
    ):
        reply = ask(question)
        assert reply.fallback and "overall" in reply.text, (question, reply.text)


def test_a_phase_the_report_does_not_hold_is_declined(ask) -> None:
    reply = ask("Integrity Review ระยะที่ 1 กับ OECD ได้ข้อสรุปอะไร")
    assert reply.fallback, reply.text


def test_where_of_organisations_is_answered_with_who_they_are(ask) -> None:
    reply = ask("ประเมินความคุ้มค่าองค์การมหาชนนำร่องที่ไหนบ้าง")
    assert not reply.fallback and "ชีววิทยาศาสตร์" in reply.text, reply.text


def test_a_detail_the_named_topic_lacks_is_told_by_a_reading_that_gives_it(ask) -> None:
    # OPDC's own record gives no date; the record of the meeting that approved the report does
    reply = ask("When did the OPDC board meeting approve the 2564 report?")
    assert not reply.fallback and "4/2565" in reply.text, reply.text


def test_the_prime_minister_is_someone_the_report_does_not_name(ask) -> None:
    reply = ask("ตอนส่งรายงานนี้ใครเป็นนายกฯ")
    assert reply.fallback, reply.text


def test_a_city_asked_of_a_topic_that_names_none_is_declined(ask) -> None:
    reply = ask("Which city hosted the 9th international conference?")
    assert reply.fallback, reply.text


def test_a_region_the_report_gives_no_figures_for_is_declined(ask) -> None:
    reply = ask("ความพึงพอใจต่อบริการรัฐของคนภาคใต้เท่าไหร่")
    assert reply.fallback, reply.text


def test_step_by_step_sign_up_help_is_not_in_the_report(ask) -> None:
    reply = ask("ขอวิธีลงทะเบียนแอปทางรัฐแบบ step by step")
    assert reply.fallback, reply.text


def test_what_something_is_aimed_at_is_not_a_target(ask) -> None:
    reply = ask("What fields are the new digital scholarships aimed at?")
    assert not reply.fallback and "Data Science" in reply.text, reply.text


def test_a_ranking_or_comparison_told_by_one_record_is_answered_with_less_confidence(ask) -> None:
    reply = ask("Which parts of the report appear more often than others?")
    assert not reply.fallback and reply.confidence <= 0.7, (reply.confidence, reply.text)
    named = ask("How many licences does Biz Portal have in total?")
    assert named.confidence >= 0.8 and "94" in named.text, (named.confidence, named.text)  # a topic named: sure


def test_organisations_asked_of_a_text_naming_none_are_answered_with_less_confidence(ask) -> None:
    reply = ask("หน่วยงานไหนบ้างที่อยู่ในแผนภาครัฐระบบเปิด OG&MP")
    assert reply.fallback or reply.confidence <= 0.7, (reply.confidence, reply.text)


def test_an_english_ordinal_the_record_does_not_hold_is_declined(ask) -> None:
    declined = ask("Where was the 11th international conference on digital government held?", "o1")
    assert declined.fallback and "11th conference" in declined.text, declined.text
    held = ask("When was the 9th international conference?", "o2")
    assert not held.fallback and "15-16" in held.text, held.text
    ranked = ask("Did Thailand come 40th in the EGDI?", "o3")  # a rank, not a round
    assert not ranked.fallback and "57" in ranked.text, ranked.text
    dated = ask("Was the 9th conference on the 20th of November?", "o4")  # a date, not a round
    assert not dated.fallback and "15-16" in dated.text, dated.text
    worded = ask("What came out of the second round of the international conference?", "o5")
    assert worded.fallback and "second round" in worded.text, worded.text  # the 9th is held, not a 2nd


def test_an_airport_asked_of_an_app_naming_none_is_declined(ask) -> None:
    reply = ask("Which airports can tourists use the Thailand VRT app at?")
    assert reply.fallback and reply.record_id == "thailand-vrt" and "“airport”" in reply.text, reply.text


def test_a_target_asked_of_a_ranking_that_sets_none_says_so(ask) -> None:
    reply = ask("อันดับ IMD ด้านประสิทธิภาพภาครัฐ ตั้งเป้าหมายไว้ที่อันดับเท่าไร")
    assert reply.fallback and "ไม่ได้ระบุค่าเป้าหมาย" in reply.text and "20 จาก 64" in reply.text, reply.text


def test_a_question_naming_the_report_in_passing_is_asked_of_the_topic_it_names(ask) -> None:
    reply = ask("Which report on integrity did OPDC prepare together with the OECD?", "r1")
    assert reply.record_id == "oecd-integrity-review" and "Integrity Review" in reply.text, reply.text
    itself = ask("How many parts does the report have?", "r2")
    assert itself.record_id == "report-structure", itself.text


def test_a_count_of_something_the_knowledge_never_speaks_of_is_declined(engine: Engine, ask) -> None:
    assert not engine.nlu.knows_word("บริษัท")  # the premise: no record speaks of companies
    reply = ask("Smart Job Center มีบริษัทลงประกาศรับสมัครกี่บริษัท")
    assert reply.fallback and "บริษัท" in reply.text, reply.text
    typo = ask("คนพอใจบริการรัฐกี่เปอเซ็น")  # เปอ is no word: a misspelling
    assert not typo.fallback and "84.81" in typo.text, typo.text
    longer = ask("โควิดต่อใบขับขี่ล่วงหน้าได้กี่เดือนก่อนหมดอายุ")  # เดือนก่อน holds เดือน
    assert not longer.fallback and "6" in longer.text, longer.text


def test_an_attribute_near_a_topic_the_report_never_mentions_is_declined(ask) -> None:
    reply = ask("ช่วงโควิดฉีดวัคซีนไปกี่โดสแล้ว")
    assert reply.fallback, reply.text


def test_how_to_register_for_a_portal_the_report_gives_no_steps_for_is_declined(ask) -> None:
    reply = ask("จะลงทะเบียนเข้าใช้ biz portal ต้องทำไงบ้าง")
    assert reply.fallback and reply.record_id == "biz-portal", reply.text


def test_an_acronym_or_brand_word_the_knowledge_never_uses_is_what_is_asked(ask) -> None:
    acronym = ask("EGDI ของไทยค่า OSI ได้เท่าไหร่")  # EGDI named by its alias: OSI is still asked, and unknown
    assert acronym.fallback and "OSI" in acronym.text, acronym.text
    brand = ask("แอปทางรัฐจ่ายผ่าน PromptPay ได้มั้ย")
    assert brand.fallback and "PromptPay" in brand.text, brand.text
    person = ask("My name is Somchai Jaidee, EGDI rank?")  # a person's name beside a topic asks nothing else
    assert not person.fallback and "57" in person.text, person.text


def test_a_why_question_about_a_figure_asks_the_reason_not_the_figure(ask) -> None:
    reply = ask("Why did Thailand's IMD ranking drop?")  # "ranking" is a figure word, "why" opens the question
    # the reason is asked, not the figure, and the report gives none: declined, saying what it does say
    assert reply.fallback and reply.record_id == "imd" and "no reason" in reply.text, reply.text


def test_chat_shorthand_in_a_thai_question_is_no_name_asked(ask) -> None:
    reply = ask("ITA ปี 64 ได้กี่คะแนน ตอบเป็น EN ได้มั้ย")
    assert not reply.fallback and "81.25" in reply.text, reply.text
    summary = ask("TL;DR e-Service ได้กี่บริการ")
    assert not summary.fallback and "74" in summary.text, summary.text


def test_a_capital_opening_the_question_is_sentence_case_not_part_of_a_name(ask) -> None:
    reply = ask("Compare Thailand's EGDI rank with its IMD government efficiency rank")  # not a name
    assert not reply.fallback and "57" in reply.text and "20" in reply.text, reply.text
    unknown = ask("What is the Corruption Perceptions Index score of Thailand?")  # a name inside still counts
    assert unknown.fallback, unknown.text


def test_the_version_or_system_an_app_runs_on_is_an_attribute_the_report_does_not_give(ask) -> None:
    for question in ("แอปทางรัฐต้องใช้ไอโอเอสรุ่นไหนขึ้นไป", "does the Tang Rat app need a recent Android version?"):
        reply = ask(question)
        assert reply.fallback and "45" in reply.text, reply.text
    report = ask("is there a full version of the report to download?")  # a version of the report is no device
    assert not report.fallback, report.text


def test_who_a_body_teamed_up_with_is_a_partner_not_teams(ask) -> None:
    reply = ask("Who did the Revenue Department team up with to build Thailand VRT?")
    assert not reply.fallback and "Krung Thai" in reply.text, reply.text


def test_the_result_of_a_year_with_only_a_target_is_declined_though_the_target_is_named(ask) -> None:
    reply = ask("e-Service ปี 2565 ผลที่ทำได้จริงถึงเป้า 170 บริการไหม")
    assert reply.fallback and "2565" in reply.text and "170" in reply.text, reply.text
    target = ask("e-Service ปี 2565 ตั้งเป้าไว้กี่บริการ")  # the target itself is answered
    assert not target.fallback and "170" in target.text, target.text
    actual_target = ask("what is the actual 2022 target for e-services?")  # "actual" qualifying the target
    assert not actual_target.fallback and "170" in actual_target.text, actual_target.text


def test_the_members_of_a_set_only_counted_are_declined_with_a_word_between_number_and_thing(ask) -> None:
    for question in (
        "which 8 government jobs does the Sandbox pilot hand to private firms?",
        "list the 8 sandbox tasks that private firms may take over",  # "sandbox" between 8 and tasks
    ):
        reply = ask(question)
        assert reply.fallback and "8" in reply.text, reply.text


def test_a_figure_asked_for_the_sources_own_year_when_it_gives_an_older_one_is_declined(ask) -> None:
    reply = ask("ดัชนี EGDI ปี 2564 ไทยอยู่ที่เท่าไร")  # the 2564 report gives the 2563 survey's rank
    assert reply.fallback and "2563" in reply.text, reply.text
    told = ask("ดัชนี EGDI ปี 2563 ไทยอยู่ที่เท่าไร")
    assert not told.fallback and "57" in told.text, told.text
    which = ask("ปี 2564 ไทยได้ EGDI อันดับไหน")  # which rank asks a figure too
    assert which.fallback and "2563" in which.text, which.text


def test_when_a_body_acted_is_not_told_by_the_date_of_another_bodys_act(ask) -> None:
    for question in ("คณะรัฐมนตรีอนุมัติรายงานนี้วันที่เท่าไหร่", "when did the cabinet approve the report?"):
        reply = ask(question)
        assert reply.fallback, (question, reply.text)  # what it says of the Commission's meeting, as such
    own = ask("ก.พ.ร. มีมติเห็นชอบรายงานวันไหน")
    assert not own.fallback and "18 สิงหาคม 2565" in own.text, own.text
    sent = ask("หนังสือที่ส่งไป ครม. ลงวันที่เท่าไร")  # the cabinet is where the letter went, not who acted
    assert not sent.fallback and "19 กันยายน 2565" in sent.text, sent.text
    title = ask("หนังสือที่เรียนเลขาธิการคณะรัฐมนตรี ลงวันที่เท่าไหร่")  # the cabinet inside a title acts in nothing
    assert not title.fallback and "19 กันยายน 2565" in title.text, title.text
    council = ask("ก.พ.ร. มีมติเห็นชอบให้เสนอต่อสภาวันไหน")  # "สภา" alone is no acting body (สภาอุตสาหกรรม, สภาพ)
    assert not council.fallback and "18 สิงหาคม 2565" in council.text, council.text


def test_a_score_asked_of_a_topic_named_by_its_acronym_beside_a_count_is_not_a_parts_figure(ask) -> None:
    reply = ask("จังหวัดราชบุรีได้คะแนน HPP กี่คะแนน")  # "HPP มี 10 จังหวัด" counts provinces: no score given
    assert reply.fallback and reply.record_id == "hpp-trending", reply.text


def test_whether_a_thing_can_be_done_in_words_the_topic_lacks_is_declined(ask) -> None:
    for question in (
        "ศูนย์บริการที่บลูพอร์ตทำบัตรประชาชนได้ไหมคะ",
        "can i renew my passport at the bluport centre?",
        "ศูนย์บลูพอร์ตชาวต่างชาติไปใช้บริการได้ไหม",  # a Thai word no record uses
        "can a company pay its taxes at the bluport service centre",
    ):
        reply = ask(question)
        assert reply.fallback and reply.record_id == "service-centre", (question, reply.text)
    held = ask("จดทะเบียนเครื่องหมายการค้าผ่าน Biz Portal ได้ไหม")  # the record names trademark registration
    assert not held.fallback and "เครื่องหมายการค้า" in held.text, held.text
    phone = ask("โทรหาสำนักงาน ก.พ.ร. ได้ไหมครับ")  # หา, like ทำ and ใช้, names nothing asked: the numbers are told
    assert not phone.fallback and "3037" in phone.text, phone.text
    town = ask("ขอนแก่นมีศูนย์บริการร่วมแบบบลูพอร์ตไหม")  # ขอ inside a province's name is no request
    assert town.fallback, town.text
    it = ask("Can it be read on a phone?")  # "can it" is no "can i"
    assert "whether that can be done" not in it.text, it.text
    asked = ask("What e-mail address can I use to write to the office?")  # a question word first: not a yes or no
    assert not asked.fallback and "opdc.go.th" in asked.text, asked.text


def test_examples_of_all_a_topic_counts_answer_what_they_are_but_not_every_name_nor_a_part(ask) -> None:
    told = ask("e-Service ที่มีกว่า 343 บริการ ได้แก่อะไรบ้าง")  # examples of e-services are of all 343
    assert not told.fallback and "ส่งออก" in told.text, told.text
    for question in (
        "ขอรายชื่อ e-Service ทั้ง 343 บริการ",
        "Agenda e-Service 12 บริการ ได้แก่อะไรบ้าง",
        "ขอตัวอย่าง Agenda e-Service 12 บริการหน่อย",  # examples asked of a part: still not the 12
        "รางวัลเลิศรัฐ 234 รางวัล ได้แก่อะไรบ้าง",  # the two top winners are not the 234
    ):
        reply = ask(question)  # every name, or a part set apart: the report gives only how many
        assert reply.fallback, (question, reply.text)


def test_every_member_of_a_set_only_counted_asked_with_no_number_is_declined(ask) -> None:
    for question in ("can you list all the sandbox tasks", "the 8 sandbox tasks, what are they exactly?"):
        reply = ask(question)
        assert reply.fallback and "(8)" in reply.text, (question, reply.text)
    examples = ask("ตัวอย่าง e-Service ที่รายงานยกมามีอะไรบ้าง ขอครบๆ")  # the examples themselves, all of them
    assert not examples.fallback and "ส่งออก" in examples.text, examples.text


def test_a_detail_of_a_related_record_is_not_told_for_a_year_that_record_lacks(ask) -> None:
    reply = ask("ปี 2565 จังหวัด HPP อยู่ที่ไหนบ้าง")
    assert "ลำปาง" not in reply.text and "76" in reply.text, reply.text  # the ten provinces trending are 2564's


def test_an_english_term_in_a_thai_question_the_topic_lacks_is_declined(ask) -> None:
    reply = ask("IMD ปี 64 ด้าน labour market ไทยอยู่อันดับเท่าไหร่")  # a factor in lower case, not a person
    assert reply.fallback and "labour market" in reply.text, reply.text
    held = ask("ใบอนุญาตบน biz portal แบบ fully digital มีกี่ใบ")  # a term the topic holds
    assert not held.fallback and "35" in held.text, held.text
    shortened = ask("อันดับ IMD ด้าน gov efficiency ปี 2564 ได้ที่เท่าไหร่")  # "efficiency" held, "gov" shortened
    assert not shortened.fallback and "20" in shortened.text, shortened.text
    known = ask("HPP pilot project ทำกี่จังหวัด")  # words the knowledge uses may ask of the topic
    assert not known.fallback and "20" in known.text, known.text
    cue = ask("ขอ full name ของ PAS หน่อยครับ")  # "name" is a cue word: no term asked
    assert not cue.fallback and "Public Sector Structure Analysis System" in cue.text, cue.text


def test_what_a_rise_came_from_asks_its_reason(ask) -> None:
    for question in ("คะแนน ITA ขึ้นมาเยอะ เป็นผลจากอะไรบ้าง", "What drove the rise in the ITA score?"):
        reply = ask(question)
        assert not reply.fallback and reply.intent == "why", reply.text
        assert "เปิดเผยข้อมูล" in reply.text or "disclosing" in reply.text, reply.text


def test_the_cause_asked_with_what_is_asks_why_and_a_reason_the_report_omits_is_declined(ask) -> None:
    reply = ask("อันดับ IMD ปี 2565 ตกลงไป สาเหตุคืออะไรครับ")  # "คืออะไร" after the cause asks the cause
    assert reply.fallback and reply.record_id == "imd" and "เหตุผล" in reply.text, reply.text
    defined = ask("PAS คืออะไร", "b")
    assert not defined.fallback and defined.intent == "definition", defined.text


def test_days_counted_of_a_topic_that_counts_none_are_declined(ask) -> None:
    days = ask("ขอใบอนุญาตร้านอาหารแบบใบเดียว ลดเวลาลงได้กี่วัน", "a")
    assert days.fallback and "วัน" in days.text, days.text


def test_the_lowest_part_asked_of_a_topic_ranking_only_its_top_ones_is_declined(ask) -> None:
    for question in ("ความพึงพอใจด้านไหนคะแนนน้อยที่สุด", "Which aspect of public services scored worst with citizens?"):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "citizen-satisfaction", reply.text
    ask("HPP มีจังหวัดไหนบ้าง", "which")  # a "where" asked just before is no where asked now
    which = ask("ความพึงพอใจด้านไหนต่ำสุด", "which")
    assert which.fallback and "ต่ำสุด" in which.text, which.text
    top = ask("ความพึงพอใจด้านไหนดีสุด", "top")
    assert not top.fallback and "เจ้าหน้าที่" in top.text, top.text
    years = ask("อันดับ IMD ปีไหนแย่ที่สุด", "years")  # figures over years tell their worst year
    assert not years.fallback and "31" in years.text, years.text


def test_the_lowest_part_asked_after_a_topic_is_of_that_topic_not_the_whole_report(ask) -> None:
    session = "lowest-part-after"
    ask("ความพึงพอใจของประชาชนต่อบริการภาครัฐปี 64 ได้เท่าไหร่", session)
    reply = ask("ด้านที่ได้คะแนนน้อยที่สุดล่ะ", session)  # "ด้านที่": no which word, still a part of it
    assert reply.fallback and reply.record_id == "citizen-satisfaction" and reply.intent != "whole_worst", reply.text


def test_the_name_of_a_work_a_record_only_counts_is_declined_and_a_quoted_title_is_told(ask) -> None:
    for question in ("กรมสรรพากรได้เลิศรัฐยอดเยี่ยมด้วยผลงานชื่ออะไร", "กรมปศุสัตว์ได้เลิศรัฐยอดเยี่ยม ชื่อผลงานอะไร"):
        work = ask(question, question)  # the thing named after ชื่อ, too
        assert work.fallback and "1688" in work.text.replace(",", ""), (question, work.text)
    titled = ask("UNPSA ที่กรมควบคุมโรคได้ ชื่อผลงานอะไร", "t")
    assert not titled.fallback and "Intelligent" in titled.text, titled.text
    theme = ask("การประชุมนานาชาติครั้งที่ 9 ใช้หัวข้อชื่ออะไร", "b")
    assert not theme.fallback and "Promoting Digital Activities" in theme.text, theme.text
    itself = ask("รายงานที่ไทยทำกับ OECD ชื่ออะไร", "c")  # the thing named is the topic itself
    assert not itself.fallback and "Integrity Review" in itself.text, itself.text


def test_which_province_of_a_place_given_without_one_is_declined(ask) -> None:
    for question in ("โครงการผันน้ำบางระกำอยู่ในจังหวัดไหน", "ทุ่งหน่วงน้ำบางระกำอยู่จังหวัดไหนคะ"):  # ไหนคะ run together
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "bang-rakam" and "จังหวัด" in reply.text, (question, reply.text)
    placed = ask("ศูนย์บริการร่วมแห่งใหม่ตั้งอยู่จังหวัดไหน", "b")
    assert not placed.fallback and "ประจวบคีรีขันธ์" in placed.text, placed.text


def test_the_members_a_list_leaves_out_are_declined_not_answered_with_the_list(ask) -> None:
    for question in (
        "HPP 20 จังหวัด ที่เหลือนอกจาก 10 จังหวัดนั้นมีจังหวัดไหนบ้าง",
        "Which are the remaining HPP provinces, the ones not listed?",
        "ขอรายชื่อกฎหมายที่ยังเหลือทั้งหมด",  # of a group: the report's lists are the others too
        "HPP อีก 10 จังหวัดที่ไม่ติดกลุ่มแนวโน้มดี คือจังหวัดอะไรบ้าง",  # จังหวัดอะไร asks which
        "ทบทวนกฎหมายที่เป็นอุปสรรค ขอชื่อฉบับที่เหลือหน่อย",  # "คงเหลือเฉพาะ...ระดับพระราชบัญญัติ" names none
        "กฎหมายที่ยังทำไม่เสร็จมีฉบับไหนบ้าง ขอชื่อด้วย",  # the unfinished ones are the rest
    ):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)
    listed = ask("HPP มีจังหวัดไหนบ้าง", "listed")
    assert not listed.fallback and "ลำปาง" in listed.text, listed.text


def test_the_figure_of_a_part_a_topic_only_lists_is_declined_and_its_own_part_is_answered(ask) -> None:
    part = ask("ความพึงพอใจด้านสถานที่และสิ่งอำนวยความสะดวกได้กี่เปอร์เซ็นต์", "a")  # listed, no figure of its own
    assert part.fallback and part.record_id == "citizen-satisfaction", part.text
    own = ask("อันดับ IMD ด้านประสิทธิภาพภาครัฐปี 2564 ได้อันดับเท่าไร", "b")  # the part the topic is named for
    assert not own.fallback and "20" in own.text, own.text
    place = ask("ด้านสถานที่และสิ่งอำนวยความสะดวก คนพอใจเป็นลำดับที่เท่าไร", "c")  # its place in the list answers
    assert not place.fallback, place.text


def test_placed_in_agencies_asks_a_count_not_a_rank(ask) -> None:
    reply = ask("How many cohort 13 change leaders got placed in government agencies?")
    assert not reply.fallback and "30" in reply.text, reply.text


def test_a_target_asked_beside_a_figure_word_of_a_topic_with_none_is_declined(ask) -> None:
    reply = ask("Which rank is the IMD government efficiency target?")  # "rank" asks a figure, "target" a target
    assert reply.fallback and reply.record_id == "imd" and "no target" in reply.text, reply.text


def test_the_rest_asked_after_setting_listed_members_apart_is_the_listed_others(ask) -> None:
    reply = ask("นอกจากลำปางกับเชียงราย จังหวัด HPP แนวโน้มดีที่เหลือมีจังหวัดไหนบ้าง")  # นอกจาก: the rest are listed
    assert not reply.fallback and "สิงห์บุรี" in reply.text, reply.text
    unnamed = ask("the rest of the report: what is strategy 3 about?", "b")  # no members asked by name
    assert not unnamed.fallback, unnamed.text


def test_least_beside_a_gap_word_is_the_closest_not_the_lowest(ask) -> None:
    closest = ask("Biz Portal ยังขาดจากเป้าน้อยที่สุดอีกกี่ใบ", "a")
    assert not closest.fallback and "60" in closest.text, closest.text
    lowest = ask("คะแนน ITA ต่ำสุดอยู่ปีไหน", "b")  # figures of two years (2563, 2564) may be compared
    assert not lowest.fallback, lowest.text


def test_a_count_written_as_a_word_after_which_names_a_set_the_record_only_counts(ask) -> None:
    reply = ask("Which two ready agencies will pilot the flexible structure?", "count-word-a")
    assert reply.fallback and "2" in reply.text, reply.text
    aged = ask("Which law got a review after five years in force?", "count-word-b")  # five years: no set asked
    assert not aged.fallback and "2558" in aged.text, aged.text


def test_source_words_inside_other_questions_do_not_ask_the_source(ask) -> None:
    counted = ask("How many datasets were published by government agencies?", "a")
    assert counted.intent != "source" and counted.fallback, counted.text
    dated = ask("ค่าธรรมเนียมต่ออายุใบอนุญาต เผยแพร่โดยราชกิจจาฯ วันไหน", "b")
    assert dated.intent != "source" and dated.fallback, dated.text


def test_why_opening_a_question_asks_the_reason_not_the_target_it_names(ask) -> None:
    reply = ask("ทำไม Biz Portal ยังทำได้ไม่ถึงเป้า")
    assert reply.fallback and reply.intent == "fallback" and "Biz Portal" in reply.text, reply.text


def test_months_times_and_sheets_are_counts_the_record_must_state(ask) -> None:
    for question in ("นปร. ต้องฝึกอบรมนานกี่เดือน", "Biz Portal มีคนยื่นขอใบอนุญาตกี่ครั้งแล้ว", "ยกเลิกสำเนาทะเบียนบ้านลดกระดาษไปกี่แผ่น"):
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)
    stated = ask("ช่วงโควิดกรมขนส่งให้ยื่นต่อใบขับขี่ก่อนหมดอายุได้นานกี่เดือน")  # "ไม่เกิน 6 เดือน"
    assert not stated.fallback and "6 เดือน" in stated.text, stated.text


def test_the_reports_own_name_asks_of_the_report_and_a_who_asked_after_the_source_is_told(ask) -> None:
    named = ask("รายงานการพัฒนาระบบราชการ ปี 2564 หน่วยงานไหนเป็นผู้จัดทำ")  # not "which one?" between topics
    assert named.intent == "who" and "ก.พ.ร." in named.text, named.text
    publisher = ask("Who is the publisher of the Public Sector Development Report?")
    assert publisher.intent == "who" and "OPDC" in publisher.text, publisher.text


def test_steps_asked_of_a_topic_that_gives_none_are_declined(ask) -> None:
    steps = ask("ขอขั้นตอนการใช้ Biz Portal แบบละเอียดหน่อย")
    assert steps.fallback and steps.record_id == "biz-portal", steps.text
    counted = ask("ลดขั้นตอนการขอสำเนาทะเบียนบ้านไปแล้วกี่หน่วยงาน")  # steps cut, a count: no how-to asked
    assert not counted.fallback and "87" in counted.text, counted.text


def test_an_english_counter_qualifying_the_noun_after_it_counts_that_noun(ask) -> None:
    reply = ask("How many service processes got COVID-19 relief for people visiting government offices?")
    assert not reply.fallback and "90" in reply.text, reply.text  # "90 processes", not services


def test_a_plan_the_knowledge_does_not_hold_asks_its_deadline_which_no_target_has(ask) -> None:
    reply = ask("แผนพัฒนารัฐบาลดิจิทัล 2568-2570 ตั้งเป้า Citizen Portal ไว้กี่บริการ")  # not the 2565 target
    assert reply.fallback and "2570" in reply.text, reply.text


def test_which_ones_lack_what_the_record_says_only_of_those_it_lists_is_declined(ask) -> None:
    for question in (
        "ใน 20 จังหวัด HPP จังหวัดที่ไม่มีแนวโน้มจะเป็นจังหวัดผลสัมฤทธิ์สูงมีจังหวัดไหน",  # it names the ten that do
        "HPP จังหวัดไหนบ้างที่ยังไม่มีแนวโน้มเป็นจังหวัดผลสัมฤทธิ์สูง",  # ยัง + ไม่: a negation of two words
    ):
        reply = ask(question)
        assert reply.fallback and "ลำปาง" not in reply.text.split("สิ่งที่รายงานกล่าวไว้คือ")[0], (question, reply.text)
    listed = ask("จังหวัดไหนบ้างที่มีแนวโน้มเป็นจังหวัดผลสัมฤทธิ์สูง")
    assert not listed.fallback and "ลำปาง" in listed.text, listed.text


def test_what_a_study_found_is_declined_when_the_topic_says_only_that_it_was_studied(ask) -> None:
    reply = ask("ที่ทำ Post Audit กับ วช. สุดท้ายคุ้มไหมครับ")
    assert reply.fallback and reply.record_id == "post-audit", reply.text
    english = ask("What was the verdict of the Post Audit on the National Research Council?")
    assert english.fallback and english.record_id == "post-audit", english.text
    framed = ask("ทบทวนค่าธรรมเนียมแล้ว ผลออกมาช่วยประหยัดได้กี่บาท")  # framing, and a number it states
    assert not framed.fallback and "416,987,990" in framed.text, framed.text


def test_the_most_requested_of_a_topics_items_is_an_attribute_it_does_not_state(ask) -> None:
    reply = ask("ใบอนุญาตบน Biz Portal ใบไหนคนขอมากที่สุด")
    assert reply.fallback and reply.record_id == "biz-portal", reply.text


def test_a_portal_spelt_as_thai_people_type_it_is_the_portal(ask) -> None:
    reply = ask("ซิตี้เซ่นพอทัลมีบริการกี่อย่างแล้ว")
    assert reply.record_id == "citizen-portal" and "45" in reply.text, reply.text


def test_a_ministry_named_without_its_title_word_is_an_organisation_asked(ask) -> None:
    reply = ask("คมนาคมได้คะแนน ITA เท่าไหร่ครับ")
    assert reply.fallback, reply.text


def test_a_number_with_the_percent_sign_is_a_value_said_not_a_percentage_asked(ask) -> None:
    reply = ask("กรมที่เลิกขอสำเนาบัตรประชาชน 100% แล้วมีกี่กรม")
    assert not reply.fallback and "87" in reply.text, reply.text


def test_which_country_is_asked_of_a_ranking_that_names_only_thailand(ask) -> None:
    # the e-government index gives Thailand's place among 193 countries, never another country's
    for question in ("Which ASEAN country ranked above Thailand in EGDI?", "EGDI ประเทศไหนได้ที่หนึ่งของโลก"):
        reply = ask(question)
        assert reply.fallback and reply.record_id == "egdi", (question, reply.text)
    counted = ask("EGDI ไทยได้อันดับเท่าไหร่จากกี่ประเทศ")  # how many countries, not which
    assert not counted.fallback and "193" in counted.text, counted.text


def test_the_number_in_a_name_such_as_covid_19_is_no_count_the_record_states(ask) -> None:
    # the restaurant-licence sandbox states no number but the one in "โควิด-19"
    reply = ask("ร้านอาหารที่ใช้ Regulatory Sandbox ขอใบอนุญาตเดียว ทดลองไปกี่ร้านแล้ว")
    assert reply.fallback and reply.record_id == "design-thinking-restaurant", reply.text


def test_a_name_joined_by_and_stays_whole_unless_the_knowledge_knows_both_halves(ask) -> None:
    reply = ask("What did the report say about Tourism and Sports?")
    assert reply.fallback and "Tourism and Sports" in reply.text, reply.text
    both = ask("Between Biz Portal and OG&MP, which is closer to its target?")
    assert both.intent == "whole_compare", both.text


def test_who_took_part_is_answered_by_the_groups_the_report_names(ask) -> None:
    reply = ask("ใครมาร่วมงานประชุมนานาชาติครั้งที่ 9 บ้าง")  # the report names ASEAN and ASEAN +9, no country
    assert not reply.fallback and reply.record_id == "intl-conference" and "อาเซียน" in reply.text, reply.text


def test_a_shield_is_an_attribute_a_record_must_state(ask) -> None:
    reply = ask("หน่วยงานที่ได้รางวัลเลิศรัฐได้โล่เกียรติยศกี่อัน")
    assert reply.fallback and reply.record_id == "awards", reply.text


def test_a_comparison_with_the_year_before_of_a_one_year_topic_is_declined(ask) -> None:
    reply = ask("OG&MP this year versus the previous year, better or worse?")
    assert reply.fallback and reply.record_id == "og-mp", reply.text
    changed = ask("Biz Portal compared with the previous year?")  # it says 26 more licences than before
    assert not changed.fallback and "26" in changed.text, changed.text


def test_words_near_the_new_rules_keep_their_answers(ask) -> None:
    # each is answered from the report; none is a deadline, a gap, a pilots list, a refund paid or a range
    for question, record, said in (
        ("What is the deadline for the Citizen Portal target of 110 services?", "citizen-portal", "2565"),
        ("Do I still need to bring a copy of my ID card to government offices?", "copy-documents", "87"),
        ("Sandbox มีอะไรบ้าง", "sandbox-transfer", "สภาหอการค้า"),
        ("นักท่องเที่ยวได้รับเงินคืน VAT ผ่านแอปอะไร", "thailand-vrt", "Thailand VRT"),
        ("UN EGDI Index ไทยอยู่อันดับเท่าไหร่", "egdi", "57"),
        ("e-Service ปี 64 ทำได้ถึง 74 บริการแล้วเหรอ", "e-service", "74"),
    ):
        reply = ask(question)
        assert not reply.fallback and reply.record_id == record and said in reply.text, (question, reply.text)


def test_face_scans_who_went_on_stage_and_who_won_most_are_not_in_the_report(ask) -> None:
    for question in (
        "แอปทางรัฐสแกนใบหน้าไม่ผ่านต้องทำยังไง",
        "Which department won the most awards at Lert Rat?",
        "ใครขึ้นรับรางวัล UNPSA แทนกรมควบคุมโรค",
    ):
        reply = ask(question)
        assert reply.fallback, (question, reply.text)


def test_a_phase_number_in_thai_is_no_count_of_members(ask) -> None:
    reply = ask("รายงาน Integrity Review เฟส 2 ยกระดับความซื่อตรงด้านไหนบ้าง")
    assert not reply.fallback and "ระบบวินัย" in reply.text, reply.text


def test_which_province_came_first_of_a_topic_naming_provinces_unranked_is_declined(ask) -> None:
    questions = (
        "สิบจังหวัดที่มีแนวโน้มดี จังหวัดไหนได้อันดับ 1",
        "Of the ten trending provinces, which came first?",
        "Of the provinces trending towards high performance, which one scored the highest?",
    )
    for question in questions:
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "hpp-trending", (question, reply.text)
    listed = ask("จังหวัดที่มีแนวโน้มเป็น HPP มีจังหวัดไหนบ้าง", "listed")  # which ones, not which was first
    assert not listed.fallback and "ลำปาง" in listed.text, listed.text


def test_which_provinces_of_a_topic_naming_none_is_not_told_by_a_related_record_naming_none(ask) -> None:
    # e-Services were pushed in "34 จังหวัด", named nowhere; a related record's "where" (an app) is no answer
    reply = ask("ที่ว่าผลักดัน e-Service ไป 34 จังหวัด คือจังหวัดอะไรบ้าง")
    assert reply.fallback and reply.record_id == "e-service", reply.text


def test_a_set_one_topic_counts_points_at_it_not_at_a_group_list(with_both_packs: Engine) -> None:
    # the second pack adds a digital-ID service topic: "e-Service" alone would read as the services group
    reply = ask_of(with_both_packs, "ผลักดัน e-Service ใน 34 จังหวัด มีจังหวัดไหนบ้าง")
    assert reply.intent != "whole_list" and reply.fallback and reply.record_id == "e-service", reply.text


def test_a_winning_team_participants_or_a_call_centre_asked_of_a_topic_silent_on_them_is_declined(ask) -> None:
    questions = (
        "แฮกกาธอน MY BETTER COUNTRY ทีมไหนชนะเลิศ",
        "How many participants were at the 9th international conference?",
        "What cash prize came with the Lert Rat award?",
        "How much money did people save from ending copy requests for ID cards?",
        "ศูนย์บริการร่วมที่หัวหินมีเบอร์คอลเซ็นเตอร์ไหม",
    )
    for question in questions:
        reply = ask(question, question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)


def test_participation_is_no_participant_count_and_who_took_part_is_told(ask) -> None:
    reply = ask("What came out of public participation such as the MY BETTER COUNTRY HACKATHON?", "participation")
    assert not reply.fallback and "NongKEM" in reply.text, reply.text
    joined = ask("ประชุมนานาชาติครั้งที่ 9 มีใครเข้าร่วมบ้าง", "took-part")  # who took part is no count of participants
    assert not joined.fallback and "อาเซียน" in joined.text, joined.text


def test_which_agency_came_first_of_an_award_is_its_winner_not_declined(ask) -> None:
    reply = ask("UNPSA หน่วยงานไหนได้ที่ 1")
    assert not reply.fallback and "กรมควบคุมโรค" in reply.text, reply.text


def test_how_a_topic_cut_its_steps_is_no_request_for_steps(ask) -> None:
    reply = ask("ใบอนุญาตร้านอาหารแบบใบเดียวลดขั้นตอนยังไง")
    assert not reply.fallback and reply.intent != "procedure", reply.text


def test_step_by_step_asked_of_an_app_gets_the_no_steps_reply(ask) -> None:
    reply = ask("ใช้แอป Thailand VRT ขอคืนภาษียังไง บอกทีละขั้นตอนได้ไหม")
    assert reply.fallback and "ขั้นตอน" in reply.text and reply.record_id == "thailand-vrt", reply.text


def test_the_commissions_name_alone_does_not_pull_a_question_about_its_work_to_its_own_record(ask) -> None:
    # "OPDC" reads the Commission's record, which holds none of the other words; the topic holding them answers
    reply = ask("Which organisation models has the OPDC been studying for flexible agencies?")
    assert reply.record_id == "structure-delegation" and "agile" in reply.text, reply.text


def test_which_prime_minister_asks_who(with_both_packs) -> None:
    reply = ask_of(with_both_packs, "Which prime minister pledged to track progress with the WJP index in 2023?")
    assert reply.intent == "who" and "Srettha" in reply.text, reply.text


def test_a_count_of_organisations_beside_a_who_cue_asks_how_many(ask) -> None:
    # "ของหน่วยงาน" is a who cue; "กี่ส่วนราชการ" asks how many of them
    reply = ask("งาน e-Service ของหน่วยงานภาครัฐ ผลักดันไปแล้วกี่ส่วนราชการครับ")
    assert not reply.fallback and "78" in reply.text, reply.text


def test_a_count_in_a_counter_of_any_thing_counts_the_noun_before_it(ask) -> None:
    # "ใบอนุญาตกี่รายการ": the decree "ครอบคลุม 31 ใบอนุญาต", with no รายการ written
    reply = ask("พ.ร.ฎ. ต่ออายุใบอนุญาตด้วยการจ่ายค่าธรรมเนียม ใช้กับใบอนุญาตกี่รายการ")
    assert not reply.fallback and "31" in reply.text, reply.text
    other = ask("พ.ร.ฎ. ต่ออายุใบอนุญาต ลดขั้นตอนไปกี่รายการ")  # the noun before is no thing it counts
    assert other.fallback, other.text


def test_the_head_of_an_organisation_a_record_only_names_is_declined(ask) -> None:
    reply = ask("เลขาธิการสำนักงานเศรษฐกิจการเกษตรชื่ออะไรครับ")
    assert reply.fallback and "เลขาธิการ" in reply.text, reply.text
    signer = ask("เลขาธิการ ก.พ.ร. ที่ลงนามคือใคร")
    assert not signer.fallback and "อ่อนฟ้า" in signer.text, signer.text


def test_an_organisation_named_by_a_head_and_words_no_record_uses_is_declined(ask) -> None:
    for question in ("มูลนิธิชัยพัฒนามีบทบาทอะไรในรายงานบ้าง", "ศูนย์ดำรงธรรมช่วยรับเรื่องกี่เรื่อง"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)
    known = ask("ศูนย์บริการร่วมเปิดใหม่ที่จังหวัดไหน")  # the head before words the knowledge uses: a topic
    assert not known.fallback and "ประจวบคีรีขันธ์" in known.text, known.text
    clipped = ask("ร่วมกับสภาอุตฯ ทำ sandbox กี่งาน")  # a clipped name (ฯ) may be one the knowledge knows
    assert not clipped.fallback and "8" in clipped.text, clipped.text


def test_when_something_was_first_held_is_declined_when_no_record_says(ask) -> None:
    for question in ("UNPSA ไทยได้ครั้งแรกปีไหน", "When was the Lert Rat award given for the first time?"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)


def test_whether_a_target_will_be_reached_is_a_guess_but_what_reaching_it_takes_is_not(ask) -> None:
    for question in ("Biz Portal ปีหน้าน่าจะได้ตามเป้าหรือเปล่า", "Is Citizen Portal likely to reach its target?"):
        reply = ask(question, question)
        assert reply.fallback and reply.intent == "fallback", (question, reply.text)
    gap = ask("Biz Portal ต้องเพิ่มอีกกี่ใบอนุญาตจึงจะถึงเป้า")
    assert not gap.fallback and "25" in gap.text, gap.text


def test_whether_the_target_years_result_made_it_is_unknown_without_that_years_result(ask) -> None:
    # 2565 is the target's year and the report gives no 2565 result for Biz Portal: not known
    reply = ask("biz portal ปี 65 ทำครบ 60 ใบอนุญาตตามเป้ามั้ย")
    assert reply.fallback and "35" in reply.text, reply.text  # what it does say: 35 so far
    hpp = ask("HPP ปี 65 ทำครบ 45 จังหวัดตามเป้ามั้ย")  # 2565's 76 provinces is given
    assert not hpp.fallback and "76" in hpp.text, hpp.text


def test_a_pass_mark_the_report_never_sets_is_declined(ask) -> None:
    for question in ("ITA ได้กี่คะแนนขึ้นไปถึงจะผ่านครับ", "How many agencies reached the ITA passing mark?"):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "ita", (question, reply.text)


def test_downloads_as_often_misspelt_are_an_attribute(ask) -> None:
    reply = ask("แอปทางรัฐมียอดดาวโหลดเท่าไหร่")
    assert reply.fallback and "ดาวน์โหลด" in reply.text, reply.text


def test_weekend_opening_and_a_fax_number_are_attributes(ask) -> None:
    for question in ("สำนักงาน ก.พ.ร. เปิดวันอาทิตย์ไหมครับ", "Does OPDC have a fax number?"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)


def test_a_proper_noun_inside_an_english_question_is_a_name_to_hold(ask) -> None:
    reply = ask("How does Thailand's EGDI rank compare with Denmark's?")
    assert reply.fallback and "Denmark" in reply.text, reply.text
    dated = ask("What was the theme of the international conference held online in Nov 2021?")  # a month, no name
    assert not dated.fallback and "Promoting Digital Activities" in dated.text, dated.text


def test_which_section_of_a_law_asks_the_section_not_who(ask) -> None:
    reply = ask("Which section of the law makes the Commission responsible for writing this report?")
    assert not reply.fallback and "71/10" in reply.text, reply.text


def test_deaths_and_when_a_law_takes_effect_are_attributes(ask) -> None:
    reply = ask("How many people died of COVID-19 in Thailand in 2021?")  # no "which topic?" between readings
    assert reply.fallback and "died" in reply.text, reply.text
    stated = ask("พ.ร.บ.อำนวยความสะดวกมีผลบังคับใช้มากี่ปี")  # "in force for 5 years": stated
    assert not stated.fallback and "5" in stated.text, stated.text


def test_the_first_phase_is_phase_one_a_record_of_phase_two_does_not_hold(ask) -> None:
    reply = ask("Integrity Review of Thailand เฟสแรกออกมาปีไหน")
    assert reply.fallback, reply.text


def test_the_un_award_is_called_as_people_call_it(ask) -> None:
    reply = ask("หน่วยงานไหนได้รางวัลจาก UN")
    assert not reply.fallback and "กรมควบคุมโรค" in reply.text, reply.text


def test_a_pollution_level_is_an_attribute_and_pm_2_5_counts_nothing(ask) -> None:
    for question in ("ค่า PM2.5 ที่สิงห์บุรีปี 64 เฉลี่ยเท่าไหร่", "How high were PM 2.5 levels in Sing Buri?"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)
    where = ask("แพลตฟอร์ม PM2.5 ใช้กับจังหวัดไหนบ้าง")
    assert not where.fallback and "ลำปาง" in where.text, where.text


def test_a_phone_number_in_full_words_and_a_minimum_purchase_are_attributes(ask) -> None:
    for question in (
        "ศูนย์ราชการที่บลูพอร์ตหัวหิน หมายเลขโทรศัพท์อะไร",
        "Thailand VRT ต้องมียอดซื้อขั้นต่ำเท่าไหร่ถึงขอคืนภาษีได้",
    ):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)
    held = ask("เบอร์โทรศัพท์ติดต่อสำนักงาน ก.พ.ร.")  # the covering letter gives it
    assert not held.fallback and "3037" in held.text, held.text


def test_when_a_law_comes_into_force_in_its_formal_wording_is_an_attribute(ask) -> None:
    reply = ask("ร่าง พ.ร.บ. ยกระดับการบริหารงานภาครัฐให้ทันสมัย จะมีผลใช้บังคับเมื่อใด")
    assert reply.fallback, reply.text


def test_acronyms_typed_in_capitals_are_no_persons_name(ask) -> None:
    reply = ask("ITA แบ่งคะแนนเป็น IIT EIT OIT อย่างละกี่เปอร์เซ็นต์")  # the report names no such parts
    assert reply.fallback and "IIT EIT OIT" in reply.text, reply.text


def test_an_exclusion_word_opening_a_question_is_no_part_of_a_name(engine: Engine) -> None:
    names = engine.nlu.understand("Besides the ASEAN meetings, which other countries did OPDC meet?").names
    assert all(not typed.startswith("Besides") for typed, _ in names), names


def test_the_target_set_is_no_address(ask) -> None:
    session = "target-set"
    ask("e-Service ปี 64 ทำได้กี่บริการ", session)
    reply = ask("แล้วเป้าที่ตั้งไว้ล่ะ", session)
    assert not reply.fallback and reply.record_id == "e-service" and "170" in reply.text, reply.text


def test_which_service_is_used_the_most_is_an_attribute(ask) -> None:
    reply = ask("Among the Biz Portal licences, which one is used the most?")
    assert reply.fallback and "used the most" in reply.text, reply.text


def test_a_count_split_by_a_kind_of_organisation_the_topic_never_counts_is_declined(ask) -> None:
    for question in ("234 รางวัลเลิศรัฐ ได้ไปที่ระดับกระทรวงกี่รางวัล", "ผลงาน 1,688 ผลงาน ส่งจากส่วนกลางกี่ผลงาน"):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "awards", (question, reply.text)
    whole = ask("เลิศรัฐปี 64 ได้รางวัลกี่รางวัล")  # the count for everyone stays
    assert not whole.fallback and "234" in whole.text, whole.text


def test_kinds_of_organisation_listed_one_by_one_ask_the_counts_each_has(ask) -> None:
    # the catalogue figures count ministries' agencies, provinces and public organisations: a breakdown asked
    reply = ask("How many agencies built data catalogues: ministries, provinces and public organisations?")
    assert not reply.fallback and all(n in reply.text for n in ("51", "40", "33")), reply.text


def test_an_acronym_beside_the_topics_own_is_no_figure_of_the_topic(ask) -> None:
    for question in ("ITA ตัว OIT ได้คะแนนเท่าไร", "What was the ITA EIT score?"):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)


def test_the_score_of_one_branch_a_topic_covers_is_no_figure_it_gives(ask) -> None:
    branches = ("ITA ฝ่ายตุลาการได้คะแนนเท่าไหร่", "What did the judicial branch score in the ITA?", "ITA ฝ่ายบริหารได้กี่คะแนน")
    for question in branches:  # ฝ่ายบริหาร is one word to the segmenter: its facet word still sets the part apart
        reply = ask(question)
        assert reply.fallback and "81.25" in reply.text, reply.text  # the overall score it does give, as context
    whole = ask("ITA ครอบคลุมฝ่ายไหนบ้าง")
    assert not whole.fallback and "ตุลาการ" in whole.text, whole.text


def test_who_may_apply_is_declined_of_a_programme_that_never_says(ask) -> None:
    reply = ask("นปร. ต้องมีคุณสมบัติอะไรบ้างถึงจะสมัครได้")
    assert reply.fallback and "30" in reply.text, reply.text  # what the report does say of it


def test_which_countries_are_declined_of_a_topic_naming_none(ask) -> None:
    for question in ("NDTP เชื่อมระบบกับประเทศอะไรบ้างคะ", "Which specific countries is NDTP connecting to at the moment?"):
        reply = ask(question)
        assert reply.fallback and reply.record_id == "ndtp", reply.text
    counted = ask("EGDI จัดอันดับทั้งหมดกี่ประเทศ")
    assert not counted.fallback and "193" in counted.text, counted.text


def test_whether_a_target_was_met_in_its_own_year_is_not_yet_known(ask) -> None:
    declined = ask("Biz Portal ปี 2565 ทำได้ครบตามเป้า 60 ใบอนุญาตหรือยัง")
    assert declined.fallback and "35" in declined.text, declined.text  # the result it does give
    so_far = ask("ปี 2564 Biz Portal ถึงเป้าหรือยัง")  # a year of results: how far it got
    assert not so_far.fallback and "35" in so_far.text and "60" in so_far.text, so_far.text
    target = ask("เป้าหมาย Biz Portal ปี 2565 คือกี่ใบอนุญาต")
    assert not target.fallback and "60" in target.text, target.text


def test_a_report_asked_for_a_year_no_source_is_for_is_declined_naming_the_one_held(ask) -> None:
    asked = (
        "รายงานการพัฒนาระบบราชการ ปี 66 สรุปว่าไงบ้าง",
        "รายงานผลพัฒนาระบบราชการปี66ออกยัง",  # the name as people shorten it (source aliases)
        "What did the Public Sector Development Report 2023 say?",
    )
    for question in asked:
        reply = ask(question)
        assert reply.fallback and "2564" in reply.text and "2566" in reply.text, reply.text
    held = ask("รายงานการพัฒนาระบบราชการปี 64 ITA ได้กี่คะแนน")
    assert not held.fallback and "81.25" in held.text, held.text
    for counted in ("รายงานการพัฒนาระบบราชการ มี 12 ตัวชี้วัดอะไรบ้าง", "Public Sector Development Report has 15 indicators?"):
        reply = ask(counted)  # a count after the name is no year
        assert "2512" not in reply.text and "2515" not in reply.text and not reply.fallback, reply.text


def test_the_reports_own_name_in_capitals_names_no_topic_beside_the_one_asked(ask) -> None:
    reply = ask("In the Public Sector Development Report 2021, what was the ITA score?")
    assert not reply.fallback and reply.record_id == "ita" and "81.25" in reply.text, reply.text


def test_an_index_named_in_lower_case_inside_thai_must_be_held_whole(ask) -> None:
    declined = ask("world happiness index ไทยได้อันดับเท่าไหร่")
    assert declined.fallback and "world happiness index" in declined.text, declined.text
    held = ask("e-government development index ไทยอยู่อันดับไหน")
    assert not held.fallback and "57" in held.text, held.text


def test_a_mobile_number_is_declined_of_a_person_the_report_gives_none_for(ask) -> None:
    reply = ask("ขอเบอร์มือถือของเลขาธิการ ก.พ.ร. ที่ลงนามหนังสือหน่อย")
    assert reply.fallback and "อ่อนฟ้า" in reply.text, reply.text
    office = ask("ติดต่อกองยุทธศาสตร์การพัฒนาระบบราชการ เบอร์โทรอะไร")  # the covering letter gives the Office's
    assert not office.fallback and "8669" in office.text, office.text


def test_the_country_as_a_whole_is_the_overall_rank_a_topic_of_one_factor_lacks(ask) -> None:
    reply = ask("IMD ภาพรวมของประเทศไทยปี 64 อยู่อันดับไหน")
    assert reply.fallback and "20" in reply.text, reply.text  # government efficiency's rank, as context


def test_a_survey_sample_and_a_bill_in_parliament_are_declined_where_not_stated(ask) -> None:
    asked = {
        "ผลสำรวจความพึงพอใจ 84.81 ขนาดกลุ่มตัวอย่างเท่าไหร่": "“กลุ่มตัวอย่าง”",
        "ร่าง พ.ร.บ. ยกระดับการบริหารงานภาครัฐ ผ่านสภาหรือยัง": "“ผ่านสภา”",
    }
    for question, declined in asked.items():
        reply = ask(question)
        assert reply.fallback and declined in reply.text, reply.text  # the topic's own decline, naming what it lacks


def test_an_agency_a_topic_never_names_is_said_as_typed(ask) -> None:
    reply = ask("How many open datasets did the Revenue Department publish in its data catalogue?")
    assert reply.fallback and "Revenue Department" in reply.text and "revenu" not in reply.text, reply.text


def test_a_reading_holding_far_more_of_the_question_is_what_it_is_about(ask) -> None:
    # the proposal to the cabinet holds only "เสนอ ครม."; the legal basis holds มาตรา and the annual report too
    reply = ask("ก.พ.ร.ทำรายงานประจำปีเสนอครม.ตามมาตราไหนคะ")
    assert reply.record_id == "legal-basis" and "71/10" in reply.text, reply.text


def test_how_much_a_one_year_measure_rose_is_nothing_the_report_compares(ask) -> None:
    reply = ask("ความพึงพอใจของประชาชนปรับตัวเพิ่มขึ้นมากี่เปอร์เซ็นต์")  # one year, no change told
    assert reply.fallback and "84.81" in reply.text, reply.text
    added = ask("e-Service ทำเพิ่มขึ้นมากี่บริการ")  # the text tells a rise: "เพิ่มขึ้น 74 บริการ"
    assert not added.fallback and "74" in added.text, added.text
    for question, said in (("ความพึงพอใจเพิ่มขึ้นเป็นกี่เปอร์เซ็นต์", "84.81"), ("ทางรัฐมีบริการต่อเนื่องกี่บริการ", "45")):
        level = ask(question, question)  # the level reached, a word of no direction: the figure answers
        assert not level.fallback and said in level.text, (question, level.text)


def test_a_state_enterprise_or_an_armed_force_the_report_never_names_is_declined(ask) -> None:
    # organisation_prefixes / organisation_name_heads: การประปา..., กองทัพ... are organisations too
    for question, named in (("การประปาส่วนภูมิภาคได้เลิศรัฐกี่รางวัล", "การประปา"), ("กองทัพเรือได้ ITA กี่คะแนน", "กองทัพเรือ")):
        reply = ask(question, question)
        assert reply.fallback and named in reply.text, (question, reply.text)
    # อากาศ inside the air force's or the airport's name asks no weather: the organisation is declined
    for question, named in (("กองทัพอากาศได้ ITA เท่าไหร่", "กองทัพอากาศ"), ("ท่าอากาศยานได้เลิศรัฐไหม", "ท่าอากาศยาน")):
        reply = ask(question, question)
        assert reply.fallback and named in reply.text, (question, reply.text)
    weather = ask("วันนี้อากาศเป็นไงบ้าง")
    assert weather.fallback and "สภาพอากาศ" in weather.text, weather.text


def test_which_countries_took_part_of_a_topic_naming_none_is_declined(ask) -> None:
    for question in (
        "ประชุมนานาชาติครั้งที่ 9 มีประเทศไหนบ้าง",
        "งานประชุมนานาชาติครั้งที่ 9 มีประเทศไหนมาร่วมบ้าง",
        "Which countries joined the ASEAN +9 conference?",
    ):
        reply = ask(question, question)
        assert reply.fallback and reply.record_id == "intl-conference", (question, reply.text)


def test_when_a_person_took_office_is_an_attribute_the_letter_does_not_state(ask) -> None:
    for question in (
        "เลขาธิการ ก.พ.ร. ที่ลงนามหนังสือเข้ารับตำแหน่งเมื่อไหร่",
        "When did the OPDC secretary-general take office?",
    ):
        reply = ask(question, question)
        assert reply.fallback, (question, reply.text)


def test_a_spending_cap_or_whether_a_measure_still_applies_is_declined_when_never_said(ask) -> None:
    for question in ("HPP ได้วงเงินสนับสนุนเท่าไร", "ที่กรมสรรพากรขยายเวลายื่นภาษีช่วงโควิด ตอนนี้ยังใช้อยู่ไหม"):
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)


def test_a_web_address_of_a_tool_named_with_an_organisation_word_is_declined(ask) -> None:
    # ส่วนราชการ in the tool's name is no organisation asked for: the address is what is asked
    reply = ask("ระบบ PAS ของส่วนราชการ เข้าทาง url ไหน")
    assert reply.fallback and reply.record_id == "pas", reply.text


def test_two_digits_run_into_a_thai_name_are_its_year(ask) -> None:
    held = ask("เลิศรัฐ64 มีกี่รางวัล")
    assert not held.fallback and "234" in held.text, held.text
    missing = ask("รางวัลเลิศรัฐ65 มีกี่รางวัล")  # 2565 is not held: declined, not 2564's count
    assert missing.fallback and "2565" in missing.text, missing.text
    plan = ask("ยุทธศาสตร์การพัฒนาระบบราชการ64-65มีอะไรบ้าง")  # a span after a name is the plan's
    assert not plan.fallback and plan.confidence >= 0.8, plan.text
    count = ask("ทบทวนกฎหมาย62ฉบับ ครบหรือยัง")  # a classifier after it: the record's own count, no year
    assert not count.fallback and "62" in count.text, count.text


def test_the_two_named_after_a_colon_in_english_are_the_set_asked(ask) -> None:
    reply = ask("Which two agencies won the outstanding Public Sector Excellence Award?")
    assert not reply.fallback and "Livestock" in reply.text and "Revenue" in reply.text, reply.text


def test_an_english_counter_after_qualifiers_is_what_how_many_counts(ask) -> None:
    declined = ask("How many public open datasets do the data catalogues hold?")
    assert declined.fallback and declined.record_id == "open-data", declined.text  # agencies are counted, not data
    answered = ask("How many e-services can people use according to the report?")  # people use them: no count of people
    assert not answered.fallback and "74" in answered.text, answered.text
    counted = ask("How many services people can use on the Citizen Portal?")  # services, right after "how many"
    assert not counted.fallback and "45" in counted.text, counted.text
    assert ask("How many open data sets are published?").fallback  # a counter of two words


def test_how_many_of_a_kind_of_people_the_topic_never_counts_is_declined(ask) -> None:
    questions = (
        "How many taxpayers used the extended filing deadline?",
        "How many tourists got VAT refunds on Thailand VRT?",
    )
    for question in questions:
        reply = ask(question)
        assert reply.fallback and reply.record_id is not None, (question, reply.text)


def test_how_many_still_needed_to_reach_a_target_year_is_the_gap_not_a_forecast(ask) -> None:
    reply = ask("How many more services are still needed for the Citizen Portal to reach the 2022 target of 110?")
    assert not reply.fallback and "65 services short" in reply.text, reply.text  # 110 - 45


def test_whether_a_trial_worked_is_declined_when_the_report_says_only_that_it_ran(ask) -> None:
    reply = ask("ทดลองสะกิดที่กรมสรรพากร ได้ผลไหม")
    assert reply.fallback and reply.record_id is not None, reply.text


def test_the_full_name_of_a_topic_without_an_acronym_is_told_by_its_own_words(ask) -> None:
    bill = ask("ร่าง พ.ร.บ. ยกระดับการบริหารงานภาครัฐ ชื่อเต็มว่าอะไร")
    assert not bill.fallback and "ให้มีความทันสมัย" in bill.text, bill.text
    assert "Government Data Exchange" in ask("GDX full name?").text  # an acronym: its definition spells it
    assert "Public Sector Development Report" in ask("What is the report's full name?").text
    assert ask("What's the full name of the nudge trial?").fallback  # its name is what was typed
    part = ask("ยุทธศาสตร์ที่ 3 ชื่อเต็มว่าอะไร")  # a part's name: the words naming the parts tell it
    assert not part.fallback and "การเพิ่มประสิทธิภาพการบริหารงานภาครัฐ" in part.text, part.text


def test_how_many_businesses_of_a_topic_counting_licences_is_declined(ask) -> None:
    reply = ask("How many companies have signed on to Biz Portal so far?")
    assert reply.fallback and reply.record_id == "biz-portal", reply.text


def test_which_study_fields_a_programme_targets_asks_its_focus_not_a_target_figure(ask) -> None:
    reply = ask("Which study fields do the OCSC scholarships target?")
    assert not reply.fallback and "Data Science" in reply.text, reply.text


def test_a_value_out_of_a_whole_is_no_set_to_name(ask) -> None:
    reply = ask("EGDI อันดับ 57 จาก 193 นี่วัดจากด้านไหนบ้าง")  # 57 of 193 is the rank, not 57 things unnamed
    assert "ระบุเพียงจำนวน" not in reply.text, reply.text


def test_what_steps_there_are_asks_the_procedure_not_examples(ask) -> None:
    reply = ask("Citizen Portal ขั้นตอนมีอะไรบ้าง")
    assert reply.intent in ("procedure", "fallback") and reply.fallback, reply.text  # the report gives no steps


def test_whether_a_target_will_be_met_beside_the_gap_is_still_no_forecast(ask) -> None:
    reply = ask("Citizen Portal จะถึงเป้าปี 2565 ไหม ยังขาดอีกกี่บริการ")
    assert reply.fallback and "45" in reply.text and "110" in reply.text, reply.text  # with what it does give


def test_what_a_pilot_found_is_declined_though_it_counts_the_pilots_it_names(ask) -> None:
    # "นำร่อง 2 แห่ง ได้แก่ ...": the count of what was studied, not a finding
    reply = ask("นำร่องประเมินความคุ้มค่าองค์การมหาชนสองแห่งนั้น สรุปแล้วคุ้มไหม")
    assert reply.fallback and reply.record_id == "public-org-value", reply.text


def test_a_values_unit_before_a_counter_of_any_thing_is_nothing_counted(ask) -> None:
    # "ต่ำกว่า 100 บาท ... กี่รายการ": บาท is the fee's value, and the review counts no fees
    reply = ask("ทบทวนค่าธรรมเนียมไม่ถึง100บาทไปกี่รายการ")
    assert reply.fallback and reply.record_id == "fee-review", reply.text


def test_a_range_with_years_not_held_is_told_by_the_years_of_it_held(ask) -> None:
    for question in ("IMD ช่วง 64-66 เป็นไงบ้าง", "IMD 2564-2566", "IMD government efficiency 2021 to 2023"):
        reply = ask(question)
        assert not reply.fallback and "20" in reply.text and "31" in reply.text, (question, reply.text)
    trend = ask("ความพึงพอใจ แนวโน้มช่วงปี 61-64")  # a trend needs two years of it: only 2564 is held
    assert trend.fallback, trend.text


def test_a_breakdown_is_given_by_figures_that_split_one_whole_counting_what_is_asked(ask) -> None:
    split = ask("บัญชีข้อมูลภาครัฐมีกี่หน่วยงานทำ แยกตามประเภทให้หน่อย")
    assert not split.fallback and all(n in split.text for n in ("51", "40", "33")), split.text
    services = ask("e-Service แยกตามกระทรวงมีกี่บริการ")  # agencies split by kind count no services
    assert services.fallback, services.text
    by_province = ask("บัญชีข้อมูลภาครัฐมีกี่หน่วยงานทำ แยกตามภาคให้หน่อย")  # split by kind, not by region
    assert by_province.fallback, by_province.text
    for how in ("บัญชีข้อมูลภาครัฐ แยกเป็นยังไงบ้าง", "บัญชีข้อมูลภาครัฐ ขอแยกเป็นแต่ละกลุ่มได้ไหม"):
        told = ask(how)  # how, and each, ask what it splits into
        assert not told.fallback and "33" in told.text, (how, told.text)
    parts = ask("ความพึงพอใจต่อบริการภาครัฐ แยกเป็นชายและหญิงอย่างละกี่เปอร์เซ็นต์")  # และ, ละ: no parts
    assert parts.fallback, parts.text


def test_each_kind_asks_a_breakdown_that_only_figures_splitting_one_whole_give(ask) -> None:
    kinds = ask("บัญชีข้อมูลภาครัฐ หน่วยงานแต่ละประเภทมีกี่แห่งที่ทำ")  # the word names the kinds itself
    assert not kinds.fallback and all(n in kinds.text for n in ("51", "40", "33")), kinds.text
    awards = ask("เลิศรัฐปีนั้นให้รางวัลไปประเภทละกี่รางวัลคะ")  # 234 in all, no split by kind
    assert awards.fallback and "234" in awards.text, awards.text
    strategies = ask("รายงานฉบับนี้แบ่งเป็นกี่ยุทธศาสตร์")  # divided into: a count, no breakdown asked
    assert not strategies.fallback and "3" in strategies.text, strategies.text


def test_who_may_use_a_service_is_declined_of_foreign_nationals_a_topic_never_names(ask) -> None:
    for question in ("คนต่างด้าวเข้าแอปทางรัฐได้ด้วยหรอ", "can expats use the tang rat app?"):
        reply = ask(question)
        assert reply.fallback and "45" in reply.text, reply.text  # what the report does say of the app
    tourists = ask("นักท่องเที่ยวชาวต่างชาติขอคืนแวทผ่านแอปไหนคะ")  # foreign tourists: the app's own users
    assert not tourists.fallback and "Thailand VRT" in tourists.text, tourists.text


def test_the_rest_asked_by_where_of_places_is_declined_like_the_rest_asked_by_which(ask) -> None:
    reply = ask("HPP จังหวัดที่เหลืออีก 10 จังหวัดอยู่ที่ไหนบ้างครับ")  # the ten listed are the others
    assert reply.fallback and "ลำปาง" not in reply.text.split("สิ่งที่รายงาน")[0], reply.text


def test_which_department_of_a_count_of_agencies_asks_the_names_it_does_not_give(ask) -> None:
    # the dictionary keeps the who cue กรมไหน whole; the record counts "2 หน่วยงาน" and names none
    reply = ask("โครงสร้างแบบยืดหยุ่นจะนำร่องกับกรมไหนบ้าง")
    assert reply.fallback and reply.record_id == "flexible-structure-pilot", reply.text
    years = ask("อันดับ IMD มีของปีไหนบ้าง")  # years asked, which are no set of names
    assert not years.fallback, years.text


def test_a_detail_the_named_organisation_lacks_is_told_by_the_reading_holding_the_question(ask) -> None:
    # the Commission is named as the one approving; its own record gives no date, the meeting's does
    reply = ask("On what date did the Public Sector Development Commission approve this report?")
    assert not reply.fallback and "18" in reply.text and "August" in reply.text, reply.text


def test_the_organisations_of_a_set_are_counted_by_their_own_word_first(ask) -> None:
    # public organisations: 33 of them, not the 51 agencies another organisation word counts
    reply = ask("องค์การมหาชนไหนบ้างที่เลือกจัดทำบัญชีข้อมูล")
    assert reply.fallback and "33" in reply.text.split("ของ")[0] and "51" not in reply.text.split("ของ")[0], reply.text


def test_award_levels_and_shields_are_attributes_a_topic_must_state(ask) -> None:
    for question in ("รางวัลเลิศรัฐปี 64 ระดับดีเด่นมีหน่วยงานไหนบ้าง", "ปี 2564 มีหน่วยงานได้โล่รางวัลเลิศรัฐกี่แห่ง"):
        reply = ask(question)
        assert reply.fallback and reply.record_id == "awards", (question, reply.text)


def test_of_an_agency_beside_a_count_asks_the_count_not_who(ask) -> None:
    reply = ask("การผลักดัน e-Service ของหน่วยงาน ครอบคลุมกี่จังหวัด")  # ของหน่วยงาน is no who cue
    assert not reply.fallback and "34" in reply.text, reply.text


def test_the_others_of_a_thing_a_topic_speaks_of_only_once_are_declined(ask) -> None:
    reply = ask("Who took the UNPSA in the other categories?")  # the one category won is all it says
    assert reply.fallback and reply.record_id == "unpsa", reply.text
    one = ask("and the other one, who won the UNPSA?")  # "one" names no thing
    assert not one.fallback and "Disease Control" in one.text, one.text
    # a record naming both members gives the other one
    both = ask("OG&MP ทำที่ลำปาง แล้วอีกจังหวัดคือจังหวัดไหน")
    assert not both.fallback and "สิงห์บุรี" in both.text, both.text


def test_an_english_version_of_the_report_is_asked_of_the_report_not_a_request_for_english(ask) -> None:
    reply = ask("Does this report come in an English version?")
    assert reply.fallback and reply.intent != "in_english", reply.text
    please = ask("english version please")
    assert please.intent == "in_english", please.text


def test_how_many_awards_of_a_topic_counting_none_is_declined(ask) -> None:
    reply = ask("how many awards has the Citizen Portal won?", "awards-count")  # it counts services, not awards
    assert reply.fallback and "45" not in reply.text.split("What it does say")[0], reply.text


def test_the_name_of_a_post_holder_the_record_names_no_one_beside_is_declined(ask) -> None:
    unnamed = ask("ขอชื่อเลขาธิการคณะรัฐมนตรีที่เป็นผู้รับหนังสือฉบับนี้หน่อย", "post-a")  # the post, no person
    assert unnamed.fallback and "ไม่ได้ระบุชื่อเลขาธิการ" in unnamed.text, unnamed.text
    named = ask("เลขาธิการ ก.พ.ร. ที่ลงนามชื่ออะไร", "post-b")  # นางสาวอ่อนฟ้า เวชชาชีวะ, just before the post
    assert not named.fallback and "อ่อนฟ้า" in named.text, named.text


def test_how_many_people_came_in_chat_shorthand_is_declined_where_no_people_are_counted(ask) -> None:
    for counter in ("ppl", "members"):
        asked = ask(f"how many {counter} joined the 9th international conference?", f"counter-{counter}")
        assert asked.fallback, (counter, asked.text)


def test_complaints_of_a_topic_that_never_mentions_them_are_declined(ask) -> None:
    reply = ask("ศูนย์บริการร่วมที่ประจวบรับเรื่องร้องเรียนไปกี่เรื่อง", "complaints")
    assert reply.fallback and "ร้องเรียน" in reply.text, reply.text


def test_which_ministry_of_a_topic_naming_no_ministry_is_declined(ask) -> None:
    reply = ask("which ministry looks after the Biz Portal?", "body-a")
    assert reply.fallback and "does not name the ministry" in reply.text, reply.text
    named = ask("Government Innovation Lab ทำกับกระทรวงไหน", "body-b")  # it names the social development ministry
    assert not named.fallback and "กระทรวงการพัฒนาสังคม" in named.text, named.text


def test_organisations_asked_by_a_classifier_are_the_ones_counted_by_an_organisation_word(ask) -> None:
    reply = ask("หน่วยงาน 2 แห่งที่จะทดลองโครงสร้างแบบยืดหยุ่นมีที่ไหนบ้าง", "classifier")  # "2 หน่วยงาน", unnamed
    assert reply.fallback and "(2)" in reply.text, reply.text


def test_who_holds_a_post_now_is_not_what_a_report_of_one_year_tells(ask) -> None:
    reply = ask("ตอนนี้ใครดำรงตำแหน่งเลขาธิการ ก.พ.ร. อยู่คะ", "holder-now")
    assert reply.fallback and "ปัจจุบัน" in reply.text and "อ่อนฟ้า" in reply.text, reply.text  # what it said then


def test_money_asked_of_the_commission_is_declined_not_moved_to_a_topic_mentioning_money(ask) -> None:
    reply = ask("how big is the OPDC budget each year?", "opdc-budget")  # COVID provinces mention budget rules
    assert reply.fallback and "budget" in reply.text and "COVID" not in reply.text, reply.text


def test_a_present_word_away_from_the_post_asks_no_holder_now(ask) -> None:
    reply = ask("so now, who signed the letter as the OPDC secretary-general?", "holder-signed")
    assert not reply.fallback and "Onfa" in reply.text, reply.text


def test_chat_shorthand_for_hours_reads_as_the_word(ask) -> None:
    reply = ask("what are the opening hrs of the Bluport service centre?", "hrs")
    assert reply.fallback and "opening hours" in reply.text, reply.text


def test_which_floor_of_a_venue_the_report_names_no_floor_of_is_declined(ask) -> None:
    reply = ask("ศูนย์บริการภาครัฐที่บลูพอร์ตตั้งอยู่ชั้นไหน", "floor")
    assert reply.fallback and "ชั้นไหน" in reply.text, reply.text


def test_gonna_make_its_target_asks_an_outlook(ask) -> None:
    reply = ask("is the citizen portal gonna make its 110 target?", "gonna-make")
    assert reply.fallback and "forecast" in reply.text, reply.text


def test_an_acronym_typed_in_lower_case_the_knowledge_lacks_is_declined(ask) -> None:
    for question in ("how many agencies use gfmis?", "หน่วยงานใช้ระบบ gfmis กี่แห่ง"):
        reply = ask(question, question)
        assert reply.fallback and "gfmis" in reply.text, (question, reply.text)


def test_a_count_of_another_thing_by_a_part_the_record_counts_is_declined(ask) -> None:
    reply = ask("how many e-services did the 34 provinces build?", "part-count")  # 34 is a count of bodies
    assert reply.fallback and "34 provinces" in reply.text, reply.text
    own = ask("e-services were pushed in how many provinces, 34?", "part-own")  # the part's own number
    assert not own.fallback and "34" in own.text, own.text


def test_who_is_to_blame_is_declined_of_a_topic_naming_no_one_at_fault(ask) -> None:
    reply = ask("ใครควรรับผิดชอบที่อันดับ IMD ด้านภาครัฐตกไปอยู่ที่ 31", "blame")  # the record names no one at fault
    assert reply.fallback, reply.text


def test_will_we_hit_the_target_asks_an_outlook(ask) -> None:
    session = "outlook-we"
    ask("biz portal fully digital licences?", session)
    reply = ask("will we hit the target by 2565?", session)
    assert reply.fallback and "forecast" in reply.text, reply.text


def test_a_superscript_digit_beside_a_part_count_is_no_number_to_read(ask) -> None:
    reply = ask("how many e-services did the 34 provinces build per km²?", "superscript")  # int() refuses "²"
    assert reply.fallback, reply.text


def test_a_count_a_sibling_part_gives_is_answered_beside_a_part_named(ask) -> None:
    reply = ask("of the 78 agencies pushing e-services, how many public organisations were there?", "sibling-part")
    assert not reply.fallback and "11" in reply.text, reply.text


def test_chat_words_without_vowels_are_no_acronyms(ask) -> None:
    for question in ("hmm how many e-services were added in 2564?", "tbh how many e-services were added in 2564?"):
        reply = ask(question, question)
        assert not reply.fallback and "74" in reply.text, (question, reply.text)


def test_who_will_make_a_decision_asks_no_outlook(ask) -> None:
    reply = ask("who will make the decision on the flexible structure pilot?", "will-make")
    assert "forecast" not in reply.text, reply.text


def test_how_many_are_fully_digital_is_declined_of_a_topic_that_never_says_it(ask) -> None:
    reply = ask("out of all government e-services, how many run fully online?", "fully-online")
    assert reply.fallback and "343" in reply.text, reply.text  # what it does say, as context
    told = ask("Biz Portal ให้บริการแบบดิจิทัลเต็มรูปแบบกี่ใบอนุญาต", "fully-digital-biz")
    assert not told.fallback and "35" in told.text, told.text


def test_what_an_award_was_won_for_is_declined_of_an_award_naming_only_its_winners(ask) -> None:
    reply = ask("กรมสรรพากรได้รางวัลจากผลงานเรื่องไหนคะ", "won-for")
    assert reply.fallback and "กรมสรรพากร" in reply.text, reply.text
    told = ask("กรมควบคุมโรคคว้ารางวัล UN จากผลงานเรื่องอะไร", "won-for-un")  # the UN award names its entry
    assert not told.fallback and "Intelligent Sustainable" in told.text, told.text
    work = ask("ผลงานเรื่องเลิกขอสำเนาบัตรประชาชน ทำไปกี่หน่วยงานแล้ว", "won-for-no")  # "the work on": no award
    assert not work.fallback and "87" in work.text, work.text


def test_a_fiscal_year_asked_is_a_year_not_a_budget(ask) -> None:
    reply = ask("รายงานเล่มนี้ของปีงบประมาณไหน", "fiscal-year")
    assert reply.intent == "year" and "2564" in reply.text.split("(ที่มา")[0], reply.text
    saved = ask("ทบทวนค่าธรรมเนียมแล้วประหยัดได้กี่บาทต่อปีงบประมาณ", "per-fiscal-year")  # a year's worth
    assert not saved.fallback and "416,987,990" in saved.text, saved.text


def test_what_this_letter_encloses_is_told_by_its_enclosures(ask) -> None:
    reply = ask("หนังสือฉบับนี้มีเอกสารอะไรแนบมาบ้างครับ", "letter-encloses")
    assert not reply.fallback and "รองนายกรัฐมนตรี" in reply.text and "สรุปผล" in reply.text, reply.text


def test_what_the_letter_asks_of_the_cabinet_is_told_by_its_proposal_a_part_of_it(ask) -> None:
    reply = ask("หนังสือนำส่งฉบับนี้ขอให้ ครม. ดำเนินการอะไร", "letter-asks")  # part_of the letter, not its header
    assert not reply.fallback and reply.record_id == "proposal" and "รับทราบ" in reply.text, reply.text
    other = ask("ก.พ.ร. มีมติเห็นชอบให้เสนอต่อสภาวันไหน", "letter-meeting")  # no part of another part
    assert other.record_id == "opdc-meeting" and "18 สิงหาคม 2565" in other.text, other.text


def test_a_name_opening_another_topics_name_moves_to_it_when_it_holds_what_is_asked(ask) -> None:
    # "open government" names the open-data topic, and opens OG&MP's name, which holds PM 2.5 ("took part"
    # holds no clue: took is a function word)
    reply = ask("which provinces took part in open government for pm2.5", "named-inside")
    assert not reply.fallback and "Lampang" in reply.text, reply.text
    kind = ask("how many agencies piloted e-services?", "named-at-the-end")  # Seamless e-Services is a kind of it
    assert kind.record_id == "e-service", kind.text


def test_who_operates_a_system_is_declined_of_a_record_naming_only_whose_data_it_carries(ask) -> None:
    reply = ask("GDX is operated by which agency?", "operated-by")
    assert reply.fallback, reply.text
    through = ask("how many services are operated via the citizen portal?", "operated-through")  # a plain verb
    assert not through.fallback and "45" in through.text, through.text
    told = ask("GDX มีข้อมูลของกรมไหนบ้าง", "gdx-whose-data")  # the departments whose data it carries, it names
    assert not told.fallback and "กรมการปกครอง" in told.text, told.text


def test_how_someone_applies_asks_the_steps_which_the_record_does_not_give(ask) -> None:
    reply = ask("how can a department apply for the UN award?", "apply-steps")
    assert reply.fallback and reply.intent == "fallback", reply.text
    works = ask("how does the decree apply to licences?", "applies-how")  # how a rule applies: no steps asked
    assert not works.fallback and works.record_id == "licence-fee-decree", works.text


def test_a_why_asking_for_the_factors_is_a_why_not_a_list_of_examples(ask) -> None:
    reply = ask("ทำไม IMD ปี 65 ถึงตก มีเรื่องอะไรบ้าง", "why-factors")  # no reason given
    assert reply.fallback and "เหตุผล" in reply.text, reply.text
    told = ask("ทำไมคะแนน ITA ปี 64 ถึงดีขึ้น มีเรื่องอะไรบ้าง", "why-factors-held")
    assert not told.fallback and told.intent == "why" and "เปิดเผยข้อมูล" in told.text, told.text


def test_which_work_won_asked_with_because_is_the_work_not_the_reason(ask) -> None:
    reply = ask("กรมสรรพากรได้เลิศรัฐยอดเยี่ยมเพราะผลงานชิ้นไหน", "won-because")  # no work named
    assert reply.fallback and reply.intent == "fallback", reply.text
    told = ask("UNPSA ที่กรมควบคุมโรคได้ ได้เพราะผลงานอะไร", "won-because-un")  # the UN award names its entry
    assert not told.fallback and "Intelligent Sustainable" in told.text, told.text
    reason = ask("ITA ปี 64 สูงขึ้นเพราะอะไร", "because-what")
    assert reason.intent == "why" and not reason.fallback, reason.text


def test_whether_a_body_has_acted_yet_is_declined_of_a_letter_only_asking_it_to(ask) -> None:
    reply = ask("คณะรัฐมนตรีรับทราบรายงานปี 64 ไปหรือยังครับ", "acted-yet")  # the letter asks; the report was before
    assert reply.fallback and "แล้วหรือยัง" in reply.text and "รับทราบ" in reply.text, reply.text
    english = ask("has the senate acknowledged the 2564 report yet?", "acted-yet-en")  # joined to the House it goes to
    assert english.fallback and "the senate has acted" in english.text, english.text
    then = ask("พอ ครม. รับทราบแล้ว ยังต้องส่งรายงานต่อให้ใครอีก", "acted-then")  # "แล้ว ยัง": and then, no yet asked
    assert not then.fallback and "วุฒิสภา" in then.text, then.text
    done = ask("ก.พ.ร. มีมติเห็นชอบรายงานนี้แล้วหรือยัง", "acted-done")  # the Commission's approval is told
    assert not done.fallback and "18 สิงหาคม 2565" in done.text, done.text


def test_a_list_of_names_asked_wants_every_one_not_the_examples_unless_only_some_are_asked(ask) -> None:
    reply = ask("ขอรายชื่อกรมที่เลิกเรียกสำเนาบัตรประชาชนแล้วหน่อยครับ", "names-every")  # 87, two named as examples
    assert reply.fallback and "87" in reply.text, reply.text
    some = ask("ขอชื่อกรมที่เลิกเรียกสำเนาบัตรประชาชนสักสองกรม", "names-some")  # a couple: the examples do
    assert not some.fallback and "กรมการปกครอง" in some.text, some.text


def test_what_the_cover_letter_asks_the_cabinet_for_is_its_proposal(ask) -> None:
    for question in ("so what is the covering letter asking the cabinet for", "หนังสือฉบับนี้ขออะไรจากคณะรัฐมนตรี"):
        reply = ask(question, f"letter-asks-{len(question)}")
        assert reply.record_id == "proposal" and not reply.fallback, (question, reply.text)


def test_since_when_someone_has_held_a_post_is_declined_of_a_record_naming_who_held_it(ask) -> None:
    reply = ask("นางสาวอ่อนฟ้าเป็นเลขา ก.พ.ร. มาได้กี่ปีแล้ว", "tenure-th")
    assert reply.fallback and "ดำรงตำแหน่ง" in reply.text and "อ่อนฟ้า" in reply.text, reply.text
    who = ask("ตอนทำรายงานนี้ ใครเป็นเลขาธิการ ก.พ.ร.", "tenure-who")  # who held it: the report says
    assert not who.fallback and "อ่อนฟ้า" in who.text, who.text
    sent = ask("หนังสือที่ส่งถึงเลขาธิการ ครม. ส่งไปตั้งแต่วันที่เท่าไหร่", "tenure-letter")  # a post not held: a date
    assert not sent.fallback and "19 กันยายน 2565" in sent.text, sent.text


def test_a_short_thai_attribute_is_not_found_in_letters_across_two_words(ask) -> None:
    reply = ask("งบของ Biz Portal เท่าไหร่คะ", "budget-short")  # งบ is in ศูนย์กลาง|บริการ only as letters
    assert reply.fallback and "งบ" in reply.text, reply.text
    kin = ask("จังหวัดเสนออะไรเรื่องงบหลังช่วงโควิด", "budget-kin")  # งบประมาณ, its kin, is a word of that topic
    assert not kin.fallback, kin.text
