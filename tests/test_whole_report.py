"""Questions about the report as a whole, answered from the figures with SQL. Every expected value is
worked out by hand from the report (../shared/seed), not taken from the code:

- satisfaction 84.81 of a 2565 target of 85.00: 99.78% (the closest to its target)
- e-Service 74 of 170: 43.53%; Citizen Portal 45 of 110: 40.91% (the furthest); Biz Portal 35 of 60: 58.33%
- OG&MP 1 of 2 issues: 50%; HPP 20 of 45 provinces: 44.44% (76 in 2565: met); EGDI rank 57 against 50: 50/57
- no target: IMD (rank 20, then 31), open data, Seamless e-Services
- 8 numbered strategy indicators (3.1.1.1 (1)-(3), 3.1.2.1 (1)-(2), 3.1.3.1 (1)-(3)), 10 measures
- data catalogues: 51 agencies + 33 public organisations = 84; open data: 40 + 17 = 57
- e-Service pushed in 78 agencies + 34 provinces + 11 public organisations = 123; นปร. 30 + 69 = 99
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

from bot.core.answer import MAX_ANSWER_CHARS
from bot.core.engine import Engine
from bot.core.sessions import Context
from bot.core.types import LIST_BULLET, Inbound, Reply
from bot.evaluation import plain
from tests.conftest import ROOT
from tests.conftest import ask_of as ask


def shares(reply: Reply) -> dict[str, float]:
    return {item.record_id: round(item.share * 100, 2) for item in reply.items if item.share is not None}


def test_measures_behind_target_with_their_share_and_those_without_a_target(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดไหนบ้างที่ยังไม่ถึงเป้า")
    assert reply.intent == "whole_behind" and not reply.fallback
    assert shares(reply) == {
        "citizen-satisfaction": 99.78,
        "e-service": 43.53,
        "citizen-portal": 40.91,
        "biz-portal": 58.33,
        "og-mp": 50.0,
        "hpp": 44.44,
        "egdi": 87.72,
    }
    assert all(name in reply.text for name in ("IMD", "Open Data", "Seamless"))  # said to have no target
    assert len(reply.text) <= 1000 and "(ที่มา: รายงานการพัฒนาระบบราชการ ประจำปี 2564)" in reply.text


def test_a_later_year_reads_the_value_of_that_year(engine: Engine) -> None:
    met = ask(engine, "ปี 2565 ตัวชี้วัดไหนถึงเป้าแล้วบ้าง")
    assert [i.record_id for i in met.items] == ["hpp"] and "76" in met.text


def test_best_and_worst_by_share_of_target_say_which_reading(engine: Engine) -> None:
    best = ask(engine, "ตัวชี้วัดตัวไหนทำได้ดีที่สุด")
    assert best.record_id == "citizen-satisfaction" and "99.78" in best.text and "ร้อยละของเป้าหมาย" in best.text
    worst = ask(engine, "which indicator is furthest from its target?")
    assert worst.record_id == "citizen-portal" and "40.91" in worst.text and worst.lang == "en"


def test_indicators_of_a_strategy_are_listed_by_the_reports_numbering_then_as_filed(engine: Engine) -> None:
    reply = ask(engine, "ยุทธศาสตร์ที่ 1 มีตัวชี้วัดอะไรบ้าง")
    ids = [i.record_id for i in reply.items]
    # 3.1.1.1 (1), then (2) in the order the platforms section 3.1.1.2 (2) names them, then (3)
    assert ids == ["citizen-satisfaction", "e-service", "biz-portal", "citizen-portal", "og-mp"]


def test_indicators_are_counted_by_the_reports_numbering_and_named_by_its_headings(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานมีตัวชี้วัดทั้งหมดกี่ตัว")
    assert reply.intent == "whole_count" and "8 ตัวชี้วัด" in reply.text and "10 รายการ" in reply.text
    assert "ประชาชนได้รับความสะดวกรวดเร็วในการติดต่อภาครัฐ" in reply.text and len(reply.text) <= 450


def test_a_list_of_indicators_heads_each_indicators_measures(engine: Engine) -> None:
    text = ask(engine, "ยุทธศาสตร์ที่ 1 มีตัวชี้วัดอะไรบ้าง").text
    heading = "ทุกภาคส่วนเข้าถึงบริการภาครัฐได้ง่ายผ่านระบบอิเล็กทรอนิกส์"
    assert text.index(heading) < text.index("e-Service") < text.index("Biz Portal") < text.index("Citizen Portal")


def test_awards_are_listed_with_their_winners(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานมีรางวัลอะไรบ้าง")
    assert {"awards", "unpsa"} <= {i.record_id for i in reply.items}
    assert all(name in reply.text for name in ("กรมปศุสัตว์", "กรมสรรพากร", "กรมควบคุมโรค"))


def test_a_total_of_parts_is_added_up_and_marked_as_computed(engine: Engine) -> None:
    catalogues = ask(engine, "ส่วนราชการกับองค์การมหาชนที่เริ่มทำบัญชีข้อมูล รวมกันกี่หน่วยงาน")
    assert "84" in catalogues.text and "51 + 33" in catalogues.text and "คำนวณ" in catalogues.text
    opened = ask(engine, "หน่วยงานที่เปิดข้อมูลได้ไม่น้อยกว่าร้อยละ 50 รวมทั้งหมดกี่หน่วยงาน")
    assert "57" in opened.text and "40 + 17" in opened.text
    pushed = ask(engine, "e-Service ผลักดันในส่วนราชการ จังหวัด องค์การมหาชน รวมกันกี่แห่ง")
    assert "123" in pushed.text and "78 + 34 + 11" in pushed.text
    session = uuid.uuid4().hex
    ask(engine, "นปร. มีกี่คน", session)
    assert "99" in ask(engine, "รวมกันกี่คน", session).text  # the parts of the topic in hand


def test_a_comparison_gives_a_verdict(engine: Engine) -> None:
    reply = ask(engine, "Biz Portal กับ Citizen Portal อันไหนคืบหน้ากว่ากัน")
    assert reply.text.startswith("Biz Portal") and "58.33" in reply.text and "40.91" in reply.text


def test_everything_an_agency_appears_in(engine: Engine) -> None:
    reply = ask(engine, "กรมสรรพากรอยู่ในเรื่องอะไรบ้าง")
    assert {"awards", "thailand-vrt"} <= {i.record_id for i in reply.items}


def test_the_overview_names_the_strategies_and_counts_the_indicators(engine: Engine) -> None:
    reply = ask(engine, "รายงานเล่มนี้พูดถึงอะไรบ้าง")
    assert reply.intent == "whole_overview" and "ยุทธศาสตร์ที่ 1" in reply.text and "8 ตัวชี้วัด" in reply.text


def listed(reply: Reply) -> set[str]:
    """Every record a list answer covers: those told, and those left for "more"."""
    return {i.record_id for i in reply.items} | set(reply.more)


def test_highlights_and_plans_are_what_the_admin_marked(engine: Engine) -> None:
    highlights = listed(ask(engine, "ผลงานเด่นของปีนี้มีอะไรบ้าง"))
    assert highlights == {r.id for r in engine.bundle.records if "highlight" in r.tags}
    plans = listed(ask(engine, "แผนที่จะทำต่อไปมีอะไรบ้าง"))
    assert plans == {r.id for r in engine.bundle.records if "plan" in r.tags}


def test_a_list_cut_short_offers_more_and_more_tells_the_rest(engine: Engine) -> None:
    session = uuid.uuid4().hex
    first = ask(engine, "ผลงานเด่นของปีนี้มีอะไรบ้าง", session)
    assert first.more and len(first.text) <= 1000 and "ดูเพิ่ม" in first.suggestions
    rest = ask(engine, "ดูเพิ่ม", session)
    assert [i.record_id for i in rest.items][: len(first.more)] == list(first.more)[: len(rest.items)]
    assert ask(engine, f"ตัวที่ {len(first.items) + 1}", session).record_id == first.more[0]


def test_the_last_one_of_a_list_cut_short_is_the_last_shown(engine: Engine) -> None:
    session = uuid.uuid4().hex
    first = ask(engine, "ขอดูผลงานเด่นทั้งหมดของปีนี้", session)
    assert first.more, first.text  # the premise: some were kept for "ดูเพิ่ม", unseen
    assert ask(engine, "อันสุดท้ายได้ผลยังไง", session).record_id == first.items[-1].record_id


def test_the_rest_asked_after_a_list_cut_short_is_the_rest_of_it(engine: Engine) -> None:
    session = uuid.uuid4().hex
    first = ask(engine, "ขอดูผลงานเด่นทั้งหมดของปีนี้", session)
    assert first.more, first.text
    rest = ask(engine, "ที่เหลือมีอะไรบ้าง", session)
    assert rest.items and rest.items[0].record_id == first.more[0], rest.text
    whole = uuid.uuid4().hex
    first = ask(engine, "ขอดูผลงานเด่นทั้งหมดของปีนี้", whole)
    last = ask(engine, f"อันสุดท้ายของทั้ง {len(first.items) + len(first.more)} รายการคืออะไร", whole)
    assert last.record_id == first.more[-1], last.text  # the whole list named: its last, unseen or not


def test_follow_ups_on_a_list(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้าบ้าง", session)
    assert ask(engine, "ตัวที่สองล่ะ", session).record_id == "e-service"
    best = ask(engine, "แล้วอันไหนดีที่สุด", session)
    assert best.record_id == "citizen-satisfaction"
    assert "85" in ask(engine, "เป้าหมายของอันนั้นเท่าไหร่", session).text
    assert ask(engine, "อันสุดท้ายล่ะ", session).record_id == "egdi"  # the list is still the context


def test_another_part_asks_the_same_question_again(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ยุทธศาสตร์ที่ 1 มีตัวชี้วัดอะไรบ้าง", session)
    again = ask(engine, "แล้วยุทธศาสตร์ที่ 2 ล่ะ", session)
    assert [i.record_id for i in again.items] == ["imd", "hpp"]


def test_what_the_report_does_not_give_is_declined(engine: Engine) -> None:
    for question in ("ตัวชี้วัดปี 2570 มีอะไรบ้าง", "จังหวัดยะลามีผลงานอะไรบ้าง"):
        reply = ask(engine, question)
        assert reply.fallback, (question, reply.text)


def test_a_list_answer_keeps_to_a_chat_bubble(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานพูดถึงแพลตฟอร์มกับแอปอะไรบ้าง")
    assert len(reply.items) >= 5 and len(reply.text) <= 1000


def test_jsonl_output_includes_items() -> None:
    question = json.dumps({"id": "1", "session": "s", "q": "ตัวชี้วัดไหนยังไม่ถึงเป้า"}, ensure_ascii=False)
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input=question + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    items = json.loads(out.strip().splitlines()[-1])["items"]
    assert {"name", "value", "unit", "year", "target", "target_year", "share", "source"} <= set(items[0])


def test_every_province_the_report_names_with_its_topics(engine: Engine) -> None:
    reply = ask(engine, "รายงานพูดถึงจังหวัดไหนบ้าง")
    about = engine.bundle.about_the_source
    named = {p for r in engine.bundle.records if r.id not in about for p in r.provinces}
    assert reply.intent == "whole_provinces" and all(p in reply.text for p in named)
    assert f"{len(named)} จังหวัด" in reply.text


def test_the_reports_own_address_is_not_a_province_it_reports_on(engine: Engine) -> None:
    reply = ask(engine, "รายงานพูดถึงจังหวัดไหนบ้าง")  # Bangkok is only the covering letter's address
    assert "กรุงเทพมหานคร" not in reply.text and "11 จังหวัด" in reply.text, reply.text


def test_a_status_question_about_the_topic_in_hand_stays_on_it(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "Tell me about e-Service", session)
    assert ask(engine, "Has it met its target?", session).record_id == "e-service"


def test_a_year_with_few_results_says_which_measures_have_none(engine: Engine) -> None:
    reply = ask(engine, "ปี 2565 ตัวชี้วัดไหนยังไม่ถึงเป้า")
    assert not reply.fallback and "ไม่มีผลปี 2565" in reply.text and "ความพึงพอใจ" in reply.text
    only = ask(engine, "ปี 2565 ตัวชี้วัดไหนแย่ที่สุด")  # one result is nothing to rank: it says so
    assert only.record_id == "hpp" and "มีเพียงรายการเดียว" in only.text and "ห่างเป้าที่สุด" not in only.text


def test_a_place_the_list_does_not_have_is_declined_with_its_length(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้าบ้าง", session)
    for question in ("ตัวที่ 9", "อันที่ 0"):
        reply = ask(engine, question, session)
        assert reply.fallback and "7" in reply.text, (question, reply.text)
    assert ask(engine, "ดูเพิ่มครับ", session).intent == "list_done"


def test_ranks_of_different_fields_are_not_compared(engine: Engine) -> None:
    reply = ask(engine, "IMD กับ EGDI อันไหนดีกว่า")
    assert "เทียบกันตรง ๆ ไม่ได้" in reply.text and "64" in reply.text and "193" in reply.text


def test_a_context_naming_a_category_since_removed_is_read_without_it(engine: Engine) -> None:
    session = uuid.uuid4().hex
    engine.contexts.put(session, Context(None, None, "th", ("e-service", "biz-portal"), "list|gone-tag", ("og-mp",)))
    assert ask(engine, "ดูเพิ่ม", session).items[0].record_id == "og-mp"
    assert not ask(engine, "แล้วยุทธศาสตร์ที่ 2 ล่ะ", session).fallback


def test_a_superlative_after_a_topic_ranks_the_report_not_the_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ตัวชี้วัดไหนใกล้เป้าที่สุด", session)
    ask(engine, "ขาดอีกเท่าไหร่", session)
    assert ask(engine, "แล้วตัวที่ห่างเป้ามากที่สุดล่ะ", session).record_id == "citizen-portal"


def test_an_indicator_is_named_by_its_heading_and_a_strategy_by_its_name(engine: Engine) -> None:
    assert ask(engine, "ตัวชี้วัดมุ่งสู่การเป็นรัฐบาลดิจิทัล ผลออกมาเป็นไง").record_id == "egdi"
    reply = ask(engine, "ตัวชี้วัดภายใต้ยุทธศาสตร์การเพิ่มประสิทธิภาพการบริหารงานภาครัฐมีอะไรบ้าง")
    assert [i.record_id for i in reply.items] == ["egdi", "open-data", "seamless-eservice"]


def test_when_none_has_met_its_target_each_ones_standing_is_told(engine: Engine) -> None:
    reply = ask(engine, "ผลปี 2564 ตัวชี้วัดตัวไหนบรรลุเป้าแล้วบ้าง")  # that year's: no later result that met
    assert len(reply.items) == 6 and "99.78" in reply.text and "40.91" in reply.text  # EGDI's result is of 2563


def test_a_count_names_but_gives_no_list_to_pick_from(engine: Engine) -> None:
    session = uuid.uuid4().hex
    assert not ask(engine, "ตัวชี้วัดมีกี่ตัว", session).items
    assert ask(engine, "ตัวที่ 3", session).record_id is None


def test_a_ranking_of_one_measure_says_it_is_the_only_one(engine: Engine) -> None:
    reply = ask(engine, "ยุทธศาสตร์ที่ 2 ตัวชี้วัดไหนดีที่สุด")  # one is no ranking: declined, saying why
    assert reply.record_id == "hpp" and "มีเพียงรายการเดียว" in reply.text and "IMD" in reply.text
    assert reply.fallback


def test_the_best_of_two_topics_in_a_row_only_one_of_which_is_measured_is_declined(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "HPP ปี 64 มีกี่จังหวัด", session)
    ask(engine, "จังหวัดที่แนวโน้มดีมีที่ไหนบ้าง", session)
    reply = ask(engine, "อันไหนคะแนนดีสุด", session)  # the provinces just listed have no scores of their own
    assert reply.fallback, reply.text


def test_a_record_with_a_target_is_not_said_to_have_none(engine: Engine) -> None:
    text = ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้าบ้าง").text
    untargeted = text.split("ไม่มีค่าเป้าหมายในรายงาน: ")[1].split("\n")[0].split(", ")
    assert untargeted == ["IMD", "Open Data", "Seamless e-Services"]


def test_a_ranking_of_ministries_or_provinces_is_declined(engine: Engine) -> None:
    for question in ("กระทรวงไหนพัฒนาระบบราชการได้ดีที่สุด", "which province is furthest behind its targets?"):
        reply = ask(engine, question)
        assert reply.fallback and not reply.items, (question, reply.text)


def test_a_group_of_the_report_with_nothing_else_asked_is_listed(engine: Engine) -> None:
    reply = ask(engine, "What awards are in the report?")
    assert reply.intent == "whole_list" and {"awards", "unpsa"} <= {i.record_id for i in reply.items}


def test_plans_for_next_year_are_listed_but_a_measure_next_year_is_still_declined(engine: Engine) -> None:
    plans = ask(engine, "แผนปีหน้ามีอะไรบ้าง")
    assert plans.intent == "whole_list" and {i.record_id for i in plans.items} | set(plans.more)
    assert ask(engine, "What will Thailand's EGDI rank be next year?").fallback


def test_a_cut_answer_without_items_promises_no_more(engine: Engine) -> None:
    from bot.core.report import Ask

    records = tuple(r for r in engine.bundle.records if r.provinces)
    lines = ["head", *(f"• line {n} " + "x" * 120 for n in range(12))]
    reply = engine.whole._reply(Ask("provinces", records), lines, [], "th", 1000)
    assert len(reply.text) <= 1000 and "…และอีก" in reply.text and "ดูเพิ่ม" not in reply.text
    assert not reply.more and "ดูเพิ่ม" not in reply.suggestions


def test_a_count_of_indicators_names_each_ones_measures(engine: Engine) -> None:
    reply = ask(engine, "ยุทธศาสตร์ที่ 2 มีตัวชี้วัดกี่ตัว")
    assert "2 ตัวชี้วัด" in reply.text and "(IMD)" in reply.text and "(HPP)" in reply.text, reply.text


def test_passing_and_failing_indicators_by_ministry_is_a_ranking_the_report_does_not_make(engine: Engine) -> None:
    behind = ask(engine, "ตัวชี้วัดตัวไหนไม่ผ่านบ้าง")
    assert behind.intent == "whole_behind" and len(behind.items) == 7, behind.text
    reply = ask(engine, "แต่ละกระทรวงมีตัวชี้วัดที่ไม่ผ่านกี่ตัว")
    assert reply.fallback and "ไม่ได้จัดอันดับ" in reply.text, reply.text


def test_each_measure_behind_target_says_what_is_still_short_in_its_own_unit(engine: Engine) -> None:
    text = ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้า").text
    assert "ขาดอีก 96 บริการ" in text  # e-Service: 170 - 74
    assert "ขาดอีก 65 บริการ" in text  # Citizen Portal: 110 - 45
    assert "ขาดอีก 7 อันดับ" in text  # EGDI: rank 57 against the top 50


def test_best_and_worst_by_count_use_the_amount_short_and_say_so(engine: Engine) -> None:
    worst = ask(engine, "ตัวชี้วัดไหนห่างเป้ามากที่สุด ถ้าวัดเป็นจำนวน")
    assert worst.record_id == "e-service" and "96" in worst.text and "จำนวนที่ยังขาดจากเป้า" in worst.text
    by_share = ask(engine, "ตัวชี้วัดไหนห่างเป้ามากที่สุด")
    assert by_share.record_id == "citizen-portal" and "ร้อยละของเป้าหมาย" in by_share.text
    short = ask(engine, "ตัวชี้วัดไหนขาดเยอะที่สุด")  # short the most: the worst, by count
    assert short.intent == "whole_worst" and short.record_id == "e-service", short.text
    best = ask(engine, "which indicator is closest to its target by count?")
    assert best.record_id == "citizen-satisfaction" and "amount still short" in best.text, best.text
    counted = ask(engine, "Which indicator is furthest behind its target, counted in number of services?")
    assert counted.record_id == "e-service" and "amount still short" in counted.text, counted.text


def test_most_of_a_gap_is_the_furthest_behind_by_count(engine: Engine) -> None:
    for question in (
        "ตัวชี้วัดตัวไหนมี gap กับเป้าเยอะที่สุด",
        "ตัวชี้วัดไหนส่วนต่างจากเป้าหมายมากสุด",
        "ตัวชี้วัดไหนยังขาดเป้าหมายอยู่มากที่สุด",
    ):
        reply = ask(engine, question)
        assert reply.intent == "whole_worst" and reply.record_id == "e-service" and "96" in reply.text, reply.text
    english = ask(engine, "Of all the indicators, which has the biggest remaining gap to its target?")  # most first
    assert english.intent == "whole_worst" and english.record_id == "e-service", english.text
    reached = ask(engine, "ตัวชี้วัดไหนทำได้มากที่สุดเมื่อเทียบกับเป้า")  # "most" alone: the best
    assert reached.intent == "whole_best", reached.text
    for closest in (
        "ตัวชี้วัดไหนใกล้เป้ามากที่สุด แล้วส่วนต่างเหลือเท่าไร",
        "which indicator came closest to its target, with almost no gap left?",
    ):
        reply = ask(engine, closest)  # the "most" comes before the gap word, or inside "almost"
        assert reply.intent == "whole_best" and reply.record_id == "citizen-satisfaction", reply.text


def test_least_of_a_gap_is_the_closest_by_count(engine: Engine) -> None:
    for question in ("ตัวชี้วัดไหนขาดจากเป้าหมายน้อยสุด", "which indicator has the smallest shortfall against its goal"):
        reply = ask(engine, question)
        assert reply.intent == "whole_best" and reply.record_id == "citizen-satisfaction", reply.text


def test_number_one_asked_of_provinces_or_units_is_a_ranking_the_report_does_not_make(engine: Engine) -> None:
    for question in ("จังหวัดใดเป็นอันดับหนึ่งด้าน HPP", "หน่วยไหนทำ data catalog ได้มากสุด"):
        reply = ask(engine, question)
        assert reply.fallback and reply.intent == "fallback", (question, reply.text)


def test_measures_with_no_numeric_target_are_the_untargeted(engine: Engine) -> None:
    reply = ask(engine, "Which indicators give a figure but no numeric target at all?")
    assert reply.intent == "whole_untargeted" and "IMD" in reply.text, reply.text


def test_indicators_with_no_result_yet_are_those_with_only_a_plan(engine: Engine) -> None:
    thai = ask(engine, "มีตัวชี้วัดอันไหนบ้างที่ยังไม่มีผลลัพธ์ออกมาให้ดู")
    assert thai.intent == "whole_unresulted" and "Seamless" in thai.text, thai.text
    assert "รองรับการเปลี่ยนแปลง" in thai.text and "84.81" not in thai.text, thai.text  # under its heading, alone
    english = ask(engine, "which indicators do not have any results so far?")
    assert english.intent == "whole_unresulted" and "1 in all" in english.text, english.text
    assert english.text.startswith("indicators with no result") and "piloted" in english.text, english.text
    awards = ask(engine, "which awards have no results yet?")  # no indicator among them: nothing to tell
    assert awards.fallback and "has a result" not in awards.text, awards.text
    scoped = ask(engine, "ในยุทธศาสตร์ที่ 2 มีตัวชี้วัดไหนยังไม่ออกผลบ้าง")  # both of strategy 2 have results
    assert scoped.intent == "whole_unresulted" and "Seamless" not in scoped.text, scoped.text
    assert "ยุทธศาสตร์ที่ 2" in scoped.text, scoped.text  # said of the part asked, not the whole report


def test_which_departments_in_several_topics_lists_them_but_the_one_most_is_a_fact(engine: Engine) -> None:
    several = ask(engine, "Which departments are named across more than one topic of the report?")
    assert several.text.count(LIST_BULLET) >= 3 and len(plain(several.text)) > MAX_ANSWER_CHARS, several.text
    most = ask(engine, "กรมไหนถูกเอ่ยถึงบ่อยที่สุดในรายงาน")
    assert not most.fallback and len(plain(most.text)) <= MAX_ANSWER_CHARS, most.text


def test_provinces_asked_of_two_topics_at_once_are_those_both_name(engine: Engine) -> None:
    both = ask(engine, "มีจังหวัดใดบ้างที่อยู่ทั้งในเรื่อง HPP และเรื่องแก้ฝุ่น PM2.5")
    assert both.intent == "whole_shared_provinces", both.text
    assert "ลำปาง" in both.text and "สิงห์บุรี" in both.text and "เชียงราย" not in both.text, both.text
    neither = ask(engine, "which provinces do the joint service centre and HPP have in common?")
    assert neither.intent == "whole_shared_provinces" and "Prachuap Khiri Khan" in neither.text, neither.text


def test_which_provinces_after_a_topic_naming_them_asks_that_topics_until_the_report_is_said(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "PM25air คืออะไร", session)
    topic = ask(engine, "ใช้กับจังหวัดไหนบ้าง", session)  # no topic word: the one just told, not the report's list
    assert not topic.intent.startswith("whole_") and "ลำปาง" in topic.text and "ระนอง" not in topic.text, topic.text
    report = ask(engine, "แล้วจังหวัดไหนบ้างที่รายงานพูดถึง", session)
    assert report.intent == "whole_provinces" and "ระนอง" in report.text, report.text


def test_which_provinces_of_a_topic_its_words_say_without_its_name_asks_that_topics(engine: Engine) -> None:
    reply = ask(engine, "which provinces did the pm2.5 open gov thing cover")  # no name typed whole, no report
    assert not reply.intent.startswith("whole_") and "Lampang" in reply.text and "Ranong" not in reply.text, reply.text


def test_actually_worse_asks_what_got_worse_not_money_received(engine: Engine) -> None:
    reply = ask(engine, "did any of the indicators actually got worse?")
    assert reply.intent == "whole_worsened" and "IMD" in reply.text, reply.text


def test_plans_listed_for_a_year_keep_a_target_set_for_it(engine: Engine) -> None:
    reply = ask(engine, "แผนงานปี 2565 มีอะไรบ้าง")  # e-Service's 170 services by 2565 is a plan for that year
    assert reply.intent == "whole_list" and "e-Service" in reply.text, reply.text


def test_an_average_across_a_groups_measures_is_declined_unless_a_record_states_one(engine: Engine) -> None:
    for question in ("ค่าเฉลี่ยความสำเร็จของตัวชี้วัดทั้งหมดเท่าไหร่", "avg share of target over all the indicators?"):
        reply = ask(engine, question)
        assert reply.fallback, (question, reply.text)
    stated = ask(engine, "ITA คะแนนเฉลี่ยภาพรวมเท่าไหร่")
    assert not stated.fallback and "81.25" in stated.text, stated.text


def test_a_topic_told_in_two_records_of_one_section_is_named_not_a_group_list(engine: Engine) -> None:
    reply = ask(engine, "HPP มีจังหวัดไหนบ้างครับ")  # HPP's figures and its trending provinces share a section
    assert not reply.intent.startswith("whole_") and "ลำปาง" in reply.text, reply.text


def test_later_results_are_each_measures_newest_against_its_target(engine: Engine) -> None:
    later = ask(engine, "ภายหลังมีตัวชี้วัดไหนทะลุเป้าไปแล้วบ้าง")  # HPP reached 76 provinces in 2565
    assert later.intent == "whole_met" and "76" in later.text, later.text
    report_year = ask(engine, "ตัวชี้วัดไหนทะลุเป้าไปแล้วบ้าง")  # no later words: the report year's results
    assert report_year.text.startswith("ยังไม่มี") and "2564" in report_year.text, report_year.text  # none met


def test_none_met_in_the_report_year_says_a_later_result_that_met_its_target(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดไหนทะลุเป้าไปแล้วบ้าง")  # none by 2564's results; HPP's 2565 result met it
    assert reply.text.startswith("ยังไม่มี") and "84.81" in reply.text, reply.text
    assert "76 จังหวัด ในปี 2565" in reply.text, reply.text
    of_that_year = ask(engine, "ผลปี 64 ตัวชี้วัดไหนทะลุเป้าไปแล้วบ้าง")  # a year asked: that year only
    assert "ส่วนผลปีต่อมา" not in of_that_year.text, of_that_year.text


def test_which_met_answered_by_a_later_result_is_short_with_the_standings_kept_for_more(engine: Engine) -> None:
    reply = ask(engine, "อันไหนทะลุเป้าไปแล้วบ้างคะ")  # HPP's 2565 result is the one that met: that is the answer
    assert "76 จังหวัด ในปี 2565" in reply.text and "84.81" in reply.text, reply.text
    assert len(reply.text) <= MAX_ANSWER_CHARS and "65 บริการ" not in reply.text, reply.text  # Citizen Portal: more
    standings = ask(engine, "ผลปี 64 ตัวชี้วัดไหนทะลุเป้าไปแล้วบ้าง")  # that year alone: none met, so each standing
    assert "65 บริการ" in standings.text, standings.text


def test_two_measures_each_read_by_its_own_words_are_compared(engine: Engine) -> None:
    reply = ask(engine, "e-services added or fully digital licences, which one is closer to its target?")
    assert reply.intent == "whole_compare" and "58.33" in reply.text and "43.53" in reply.text, reply.text


def test_together_is_no_both_and_asks_no_shared_provinces(engine: Engine) -> None:
    reply = ask(engine, "จังหวัดไหนที่ร่วมกันทำเรื่องแก้ฝุ่น PM2.5")
    assert reply.intent != "whole_shared_provinces" and "สิงห์บุรี" in reply.text, reply.text


def test_came_closest_or_nearest_asks_the_best(engine: Engine) -> None:
    for question in ("Which indicator got closest to reaching its goal?", "which indicator came nearest to its goal?"):
        reply = ask(engine, question)
        assert reply.intent == "whole_best" and reply.record_id == "citizen-satisfaction", reply.text
    nearest_thing = ask(engine, "what is the nearest thing in the report to a crime figure?")
    assert nearest_thing.intent != "whole_best", nearest_thing.text


def test_one_measure_over_two_years_is_not_a_comparison_of_two_measures(engine: Engine) -> None:
    # "rank" also grounds EGDI, and "vs" asks a comparison: of IMD's two years, not of IMD with EGDI
    reply = ask(engine, "IMD government efficiency rank 2021 vs 2022 ตกกี่อันดับ")
    assert reply.record_id == "imd" and "11" in reply.text and not reply.fallback, reply.text
    assert "whole_count" not in engine.nlu.understand("IMD ตกไปกี่อันดับ").intents  # กี่อัน is in กี่อันดับ


def test_a_group_within_a_strategy_named_by_its_title_is_listed(engine: Engine) -> None:
    reply = ask(engine, "อยากทราบตัวชี้วัดในยุทธศาสตร์การปรับบทบาทภารกิจโครงสร้างหน่วยงานภาครัฐ")
    assert [i.record_id for i in reply.items] == ["imd", "hpp"], reply.text
    topic = ask(engine, "ช่วงโควิด ราชการให้บริการด้วย e-Service ไหม")  # no such group in that part: a topic
    assert not topic.fallback and "e-Service" in topic.text, topic.text


def test_which_department_won_most_is_a_ranking_the_report_does_not_make(engine: Engine) -> None:
    reply = ask(engine, "หน่วยงานไหนคว้ารางวัลมากที่สุด")
    assert reply.fallback and "ไม่ได้จัดอันดับ" in reply.text, reply.text


def test_which_place_or_ministry_has_the_most_of_something_is_a_ranking_even_after_a_topic(engine: Engine) -> None:
    places = ask(engine, "จังหวัดไหนมีศูนย์บริการร่วมเยอะที่สุด")  # one centre is named: no ranking of provinces
    assert places.fallback and "ไม่ได้จัดอันดับ" in places.text, places.text
    session = uuid.uuid4().hex
    ask(engine, "laws that obstruct public services: how many were fixed?", session)
    ministry = ask(engine, "which ministry holds the most of the rest?", session)
    assert ministry.fallback and "does not rank" in ministry.text, ministry.text
    mentioned = ask(engine, "หน่วยงานไหนถูกพูดถึงมากที่สุดในรายงาน")  # how often named: the report's own
    assert mentioned.intent == "whole_mentioned", mentioned.text


def test_which_items_of_the_list_have_a_target_lists_those_with_their_targets(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "รายงานพูดถึงการจัดอันดับระหว่างประเทศอะไรบ้าง", session)
    reply = ask(engine, "ตัวไหนมีเป้าหมายบ้าง", session)
    assert [i.record_id for i in reply.items] == ["egdi"] and "50" in reply.text, reply.text  # IMD sets none


def test_the_topics_an_agency_is_involved_in_are_listed(engine: Engine) -> None:
    reply = ask(engine, "กรมสรรพากรเกี่ยวข้องกับเรื่องไหนในรายงาน")
    assert reply.intent == "whole_list" and "Thailand VRT" in reply.text and len(reply.items) >= 2, reply.text


def test_two_topics_told_in_a_row_are_the_two_compared_next(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "HPP ได้กี่จังหวัด", session)
    ask(engine, "แล้ว OG&MP ล่ะ", session)
    compared = ask(engine, "สองเรื่องนี้อันไหนใกล้เป้ากว่า", session)  # 50% of target against 44.44%
    assert compared.intent == "whole_compare" and compared.text.startswith("OG&MP"), compared.text
    assert "44.44" in compared.text and "50" in compared.text
    first = ask(engine, "อันแรกเป้าเท่าไหร่", session)  # the first the comparison showed: the one ahead
    assert first.record_id == "og-mp" and "2 ประเด็น" in first.text, first.text


def test_a_year_beside_the_word_target_is_the_targets_year_not_the_results(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้าปี 65")  # the 2564 results against the 2565 targets
    assert reply.intent == "whole_behind" and "84.81" in reply.text and "ผลปี 2564" in reply.text, reply.text
    results = ask(engine, "ปี 2565 ตัวชี้วัดไหนยังไม่ถึงเป้า")  # the year of the results
    assert "ไม่มีผลปี 2565" in results.text, results.text


def test_strategies_shortened_as_people_type_them_name_the_part(engine: Engine) -> None:
    reply = ask(engine, "ยุทธ3 มีตัวชี้วัดอะไรบ้าง")
    assert reply.intent == "whole_list" and "ยุทธศาสตร์ที่ 3" in reply.text and "EGDI" in reply.text, reply.text
    assert "Biz Portal" not in reply.text


def test_near_misses_and_less_than_half_are_best_and_behind_questions(engine: Engine) -> None:
    nearest = ask(engine, "ตัวไหนเฉียดเป้าที่สุด")  # satisfaction: 99.78% of its target
    assert nearest.intent == "whole_best" and "ความพึงพอใจ" in nearest.text, nearest.text
    half = ask(engine, "ตัวชี้วัดไหนยังไม่ถึงครึ่งของเป้า")
    assert half.intent == "whole_behind" and "Citizen Portal" in half.text, half.text


def test_a_comparison_tells_the_one_ahead_first_against_the_year_of_its_targets(engine: Engine) -> None:
    reply = ask(engine, "Between Citizen Portal and Biz Portal, which is closer to its 2565 target?")
    assert reply.intent == "whole_compare" and reply.text.startswith("Biz Portal"), reply.text
    assert [i.record_id for i in reply.items][:1] == ["biz-portal"] and "35" in reply.text, reply.text


def test_measures_without_a_target_are_those_with_none_in_any_year(engine: Engine) -> None:
    reply = ask(engine, "ปี 2565 ตัวชี้วัดไหนยังไม่ถึงเป้า")  # satisfaction's target is for 2565, its result 2564
    no_target = next(line for line in reply.text.splitlines() if line.startswith("ไม่มีค่าเป้าหมาย"))
    assert "ความพึงพอใจ" not in no_target and "IMD" in no_target, reply.text


def test_two_groups_joined_by_and_are_listed_together(engine: Engine) -> None:
    both = ask(engine, "ในรายงานมีกฎหมายกับร่างกฎหมายอะไรบ้าง")
    kinds = {engine.records[i.record_id].kind for i in both.items if i.record_id}
    tags = {t for i in both.items if i.record_id for t in engine.records[i.record_id].tags}
    assert both.intent == "whole_list" and "law" in kinds and "draft-law" in tags, both.text
    narrowed = ask(engine, "ตัวชี้วัดที่เป็นผลงานเด่นมีอะไรบ้าง")  # no conjunction: the overlap
    assert all("highlight" in engine.records[i.record_id].tags for i in narrowed.items if i.record_id)


def test_an_office_is_an_agency_whose_topics_can_be_listed(engine: Engine) -> None:
    session = uuid.uuid4().hex
    reply = ask(engine, "สำนักงาน ก.พ.ร. ทำอะไรบ้างในรายงาน", session)
    assert reply.intent == "whole_list" and "Seamless" in reply.text and "IMD" in reply.text, reply.text
    listed = [i.record_id for i in reply.items if i.record_id] + list(reply.more)
    assert not set(listed) & engine.bundle.about_the_source  # what it did, not the letter that names it
    more = ask(engine, "แล้วกรมสรรพากรทำอะไรอีกบ้างในรายงาน", session)  # "อีกบ้าง" still lists
    assert more.intent == "whole_list" and "Thailand VRT" in more.text, more.text


def test_a_count_of_people_is_not_answered_with_a_list(engine: Engine) -> None:
    reply = ask(engine, "สำนักงาน ก.พ.ร. มีพนักงานทั้งหมดกี่คน")
    assert reply.fallback and not reply.items, reply.text


def test_which_of_a_list_just_given_asks_of_its_members_not_for_the_list_again(engine: Engine) -> None:
    listed = engine.handle(Inbound("list the international rankings in this report", "members"))
    assert listed.intent == "whole_list", listed.text
    which = engine.handle(Inbound("which of them dropped in 2565?", "members"))
    assert which.intent != "whole_list" and "31" in which.text, which.text


def test_a_question_word_with_a_plural_word_after_it_lists_the_group(engine: Engine) -> None:
    reply = engine.handle(Inbound("รัฐทำอะไรเรื่องกฎหมายไปแล้วบ้างครับ", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and not reply.fallback, reply.text


def test_which_with_a_group_in_the_plural_lists_it_but_how_many_counts(engine: Engine) -> None:
    listed = engine.handle(Inbound("Which platforms does the government run?", uuid.uuid4().hex))
    assert listed.intent == "whole_list" and "Biz Portal" in listed.text, listed.text
    counted = engine.handle(Inbound("How many provinces were in the HPP programme in 2021?", uuid.uuid4().hex))
    assert counted.intent != "whole_list" and "20" in counted.text, counted.text


def test_indices_are_rankings_not_indicators(engine: Engine) -> None:
    reply = engine.handle(Inbound("Which global indices rank Thailand in this report?", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "IMD" in reply.text and "citizen satisfaction" not in reply.text


def test_a_summary_of_one_strategy_lists_that_strategy(engine: Engine) -> None:
    reply = engine.handle(Inbound("ขอสรุปยุทธศาสตร์ที่ 3 สั้นๆ", uuid.uuid4().hex))
    assert not reply.fallback and "EGDI" in reply.text and "Biz Portal" not in reply.text, reply.text


def test_drafts_not_yet_passed_are_listed_not_ranked_against_targets_they_lack(engine: Engine) -> None:
    # "ยังไม่ผ่าน" asks behind target, but no draft law has one; "ฉบับไหน" names no law of its own
    reply = engine.handle(Inbound("มีร่างกฎหมายฉบับไหนบ้างที่ยังไม่ผ่าน", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "ร่าง" in reply.text, reply.text


def test_a_question_of_its_own_about_the_one_picked_out_is_not_the_list_again(engine: Engine) -> None:
    session = uuid.uuid4().hex
    engine.handle(Inbound("แพลตฟอร์มตัวไหนห่างเป้าที่สุด", session))
    reply = engine.handle(Inbound("แล้วแอปของแพลตฟอร์มนี้ชื่ออะไร", session))
    assert reply.intent != "whole_worst" and "ทางรัฐ" in reply.text, reply.text


def test_a_total_of_the_parts_named_sums_only_those(engine: Engine) -> None:
    two = engine.handle(Inbound("จังหวัดกับองค์การมหาชนที่ทำบัญชีข้อมูล รวมกันกี่หน่วยงาน", uuid.uuid4().hex))
    assert two.intent == "whole_total" and "73" in two.text, two.text  # 40 + 33
    every = engine.handle(Inbound("บัญชีข้อมูลมีหน่วยงานทำรวมทั้งหมดกี่หน่วยงาน", uuid.uuid4().hex))
    assert every.intent == "whole_total" and "124" in every.text, every.text


def test_a_list_of_apps_names_the_app(engine: Engine) -> None:
    reply = engine.handle(Inbound("รายงานพูดถึงแอปอะไรบ้าง", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "ทางรัฐ" in reply.text, reply.text


def test_work_with_other_countries_lists_the_international_group(engine: Engine) -> None:
    reply = engine.handle(Inbound("ไทยทำอะไรกับต่างชาติบ้างตามรายงาน", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "OECD" in reply.text and "UNPSA" in reply.text, reply.text


def test_a_part_asked_for_several_things_lists_the_part(engine: Engine) -> None:
    reply = engine.handle(Inbound("ช่วงโควิดภาครัฐทำไรให้ปชชบ้าง", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "90" in reply.text, reply.text


def test_international_rankings_are_the_rankings_not_all_things_international(engine: Engine) -> None:
    reply = engine.handle(Inbound("Which international rankings are mentioned?", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "IMD" in reply.text and "OECD" not in reply.text, reply.text


def test_a_count_of_a_group_is_not_answered_by_a_named_record_outside_it(engine: Engine) -> None:
    reply = engine.handle(Inbound("ทั้ง 3 ยุทธศาสตร์มีตัวชี้วัดรวมกี่ตัว", uuid.uuid4().hex))
    assert reply.intent == "whole_count" and "8" in reply.text, reply.text
    inside = engine.handle(Inbound("แอปทางรัฐมีบริการกี่รายการ", uuid.uuid4().hex))  # a record of the group counted
    assert inside.intent != "whole_count" and "45" in inside.text, inside.text


def test_cooperation_with_other_countries_is_the_group_not_one_record(engine: Engine) -> None:
    reply = engine.handle(Inbound("ความร่วมมือระหว่างประเทศที่รายงานพูดถึงมีอะไรบ้าง", uuid.uuid4().hex))
    assert reply.intent == "whole_list" and "OECD" in reply.text and "UNPSA" in reply.text, reply.text


def test_a_whole_report_answer_showing_one_item_makes_it_the_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    engine.handle(Inbound("ไทยติดการจัดอันดับอะไรในรายงานบ้าง", session))
    one = engine.handle(Inbound("อันไหนมีเป้าหมาย", session))  # only EGDI sets one
    assert "EGDI" in one.text, one.text
    again = engine.handle(Inbound("in English please", session))
    assert again.lang == "en" and "57" in again.text and "IMD" not in again.text, again.text


def test_the_best_and_worst_among_measures_named_are_found_among_them(engine: Engine) -> None:
    best = ask(engine, "Between Citizen Portal, Biz Portal and e-Service, which has done best against its target?")
    assert best.intent == "whole_best" and {i.record_id for i in best.items} == {"biz-portal"}, best.text
    worst = ask(engine, "Citizen Portal, Biz Portal, e-Service: which is furthest from its target?")
    assert worst.intent == "whole_worst" and {i.record_id for i in worst.items} == {"citizen-portal"}, worst.text


def test_a_comparison_shows_both_measures_when_both_lines_fit(engine: Engine) -> None:
    reply = ask(engine, "Which is further along, Citizen Portal or Biz Portal?")
    assert reply.intent == "whole_compare" and not reply.more, reply.text
    assert "60 licences" in reply.text and "110 services" in reply.text and len(reply.text) <= 450, reply.text


def test_the_largest_gap_is_the_worst_even_worded_as_a_plain_most(engine: Engine) -> None:
    reply = ask(engine, "นับเป็นจำนวนที่ขาด ตัวชี้วัดไหนห่างเป้าเยอะสุด")
    assert reply.intent == "whole_worst" and reply.items[0].record_id == "e-service", reply.text


def test_the_most_of_an_amount_asked_of_one_service_is_not_the_reports_best(engine: Engine) -> None:
    reply = ask(engine, "บริการให้ผู้สูงอายุกู้ยืมเงินประกอบอาชีพ ให้กู้ได้สูงสุดกี่บาท")
    assert reply.fallback and not reply.intent.startswith("whole_"), reply.text


def test_measures_with_no_target_are_listed_when_asked_for(engine: Engine) -> None:
    reply = ask(engine, "มีตัวชี้วัดตัวไหนบ้างที่ไม่ได้ตั้งเป้าหมายไว้")
    assert reply.intent == "whole_untargeted", reply.text
    assert {"imd", "open-data"} <= {i.record_id for i in reply.items}, reply.text
    assert not any(i.share is not None for i in reply.items)  # none of them has a target


def test_every_measure_is_ranked_from_the_end_named_first(engine: Engine) -> None:
    closest_first = ask(engine, "ช่วยเรียงตัวชี้วัดทั้งหมดจากใกล้เป้าที่สุดไปห่างเป้าที่สุด")
    ranked = [i.share for i in closest_first.items]
    assert closest_first.intent == "whole_ranked" and len(ranked) == 7 and ranked == sorted(ranked, reverse=True)
    furthest_first = ask(engine, "Show the indicators from furthest to closest to their targets")
    shown = [i.share for i in furthest_first.items]  # English lines are longer: the rest comes on "more"
    assert shown == sorted(ranked)[: len(shown)] and furthest_first.items[0].record_id == "citizen-portal"


def test_a_total_sums_the_parts_whose_labels_the_question_names(engine: Engine) -> None:
    pushed = ask(engine, "push e-Service ไปที่ส่วนราชการ+จังหวัด+องค์การมหาชน รวมกี่หน่วยงาน")
    assert pushed.intent == "whole_total" and "123" in pushed.text, pushed.text  # 78 + 34 + 11, not 51 + 40 + 33
    itself = ask(engine, "How many e-Services are open to the public in total?")
    assert "123" not in itself.text, itself.text  # the services themselves, not the bodies pushing them


def test_a_total_asked_by_the_word_its_whole_is_labelled_with_sums_the_parts(engine: Engine) -> None:
    reply = ask(engine, "eservice นี่ไปทำมาทั้งหมดกี่หน่วยงานแล้ว")  # หน่วยงาน labels the whole, not a part
    assert reply.intent == "whole_total" and "123" in reply.text, reply.text


def test_a_comparison_worded_in_both_languages_compares(engine: Engine) -> None:
    reply = ask(engine, "Biz Portal กับ Citizen Portal ตัวไหนใกล้ target กว่า")
    assert reply.intent == "whole_compare" and reply.text.startswith("Biz Portal"), reply.text


def test_more_said_the_casual_way_compares(engine: Engine) -> None:
    reply = ask(engine, "biz portal กับ citizen portal ตัวไหนได้เยอะกว่าครับ")
    assert reply.intent == "whole_compare" and reply.text.startswith("Biz Portal"), reply.text


def test_the_organisations_named_in_the_most_topics_are_counted_from_the_records(engine: Engine) -> None:
    reply = ask(engine, "หน่วยงานไหนถูกพูดถึงในรายงานบ่อยที่สุด")
    assert reply.intent == "whole_mentioned", reply.text
    assert reply.text.splitlines()[1].startswith("• กรมสรรพากร: 4 เรื่อง"), reply.text  # 4 topics name it
    set_aside = ask(engine, "ไม่นับกรมสรรพากรนะ กรมไหนโผล่บ่อยสุด")  # the one the question names is set aside
    assert "กรมสรรพากร" not in set_aside.text and "ก.พ.ร." in set_aside.text.splitlines()[1], set_aside.text
    topics = ask(engine, "Which topic does the report mention most often?")  # no organisation asked of
    assert topics.intent != "whole_mentioned", topics.text


def test_a_count_of_something_no_record_lists_is_not_answered_with_a_list(engine: Engine) -> None:
    reply = ask(engine, "ร่าง พ.ร.บ. การปฏิบัติราชการทางอิเล็กทรอนิกส์ ทั้งหมดมีกี่หมวด")  # หมวด: chapters of a law
    assert not reply.intent.startswith("whole_"), reply.text


def test_the_closest_asked_after_a_list_ranks_it_rather_than_listing_targets(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "อะไรบ้างที่ยังไม่ถึงเป้า", session)
    best = ask(engine, "ตัวไหนเฉียดเป้าที่สุดครับ", session)
    assert best.intent == "whole_best" and best.items[0].record_id == "citizen-satisfaction", best.text
    gap = ask(engine, "ยังขาดอีกกี่เปอร์เซ็นต์", session)  # the one shown is now the topic
    assert gap.record_id == "citizen-satisfaction" and "0.19" in gap.text, gap.text


def test_a_count_of_parts_asked_with_all_of_them_is_their_total(engine: Engine) -> None:
    reply = ask(engine, "Data Catalog มีส่วนราชการ จังหวัด องค์การมหาชน เลือกทำทั้งหมดกี่หน่วยงาน")
    assert reply.intent == "whole_total" and "124" in reply.text, reply.text


def test_how_many_asked_of_one_topic_read_for_sure_is_that_topic_not_a_summary_of_its_group(engine: Engine) -> None:
    reply = ask(engine, "สรุปกฎหมายที่ทบทวนแล้วได้กี่ฉบับ")
    assert reply.record_id == "law-review" and "62" in reply.text, reply.text


def test_how_many_of_a_group_word_after_a_topic_counting_it_asks_of_the_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "HPP คืออะไร", session)
    reply = ask(engine, "แล้วทั้งหมดมีกี่จังหวัด", session)
    assert reply.record_id == "hpp" and "20" in reply.text, reply.text


def test_a_group_asked_where_it_comes_up_lists_every_topic_speaking_of_it(engine: Engine) -> None:
    filed = {r.id for r in engine.bundle.records if r.kind == "covid"}
    reply = ask(engine, "Where in the report does COVID-19 come up?")
    shown = {i.record_id for i in reply.items} | set(reply.more)
    assert reply.intent == "whole_list" and filed < shown and "unpsa" in shown, reply.text
    listed = ask(engine, "เรื่องโควิด-19 ในรายงานมีอะไรบ้าง")  # a group listed: the topics filed under it
    assert {i.record_id for i in listed.items} | set(listed.more) == filed, listed.text


def test_a_group_counted_by_a_cue_that_names_it_is_that_group(engine: Engine) -> None:
    for question in ("How many indicators are there in the report?", "รายงานมีกี่ตัวชี้วัด"):
        reply = ask(engine, question)
        assert reply.intent == "whole_count" and "8" in reply.text, (question, reply.text)


def test_words_of_order_without_closeness_rank_nothing(engine: Engine) -> None:
    for question in ("ขั้นตอนขอใบอนุญาตเรียงตามลำดับมีอะไรบ้าง", "Where did Thailand rank the year before in IMD?"):
        assert ask(engine, question).intent != "whole_ranked", question


def test_two_topics_added_together_are_not_one_topics_parts(engine: Engine) -> None:
    reply = ask(engine, "Biz Portal กับ e-Service รวมกันเท่าไหร่")
    assert "123" not in reply.text, reply.text  # e-Service's 78 + 34 + 11 bodies are not what is asked


def test_an_organisation_is_set_aside_only_when_the_question_rules_it_out(engine: Engine) -> None:
    named = ask(engine, "หน่วยงานไหนถูกพูดถึงบ่อยที่สุด กรมสรรพากรใช่ไหม")
    assert "กรมสรรพากร: 4" in named.text, named.text
    besides = ask(engine, "นอกจากกรมสรรพากรแล้ว หน่วยงานไหนถูกพูดถึงบ่อยที่สุด")
    assert besides.intent == "whole_mentioned" and "กรมสรรพากร" not in besides.text, besides.text


def test_a_cut_note_leaves_no_empty_more(engine: Engine) -> None:
    reply = ask(engine, "เรียงตัวชี้วัดจากใกล้เป้าที่สุดไปไกลที่สุดให้หน่อย")
    assert "อีก 0" not in reply.text and not reply.more, reply.text


def test_the_ways_people_say_closest_furthest_and_untargeted_are_whole_report_questions(ask) -> None:
    nearly = ask("มีตัวชี้วัดไหนที่เกือบแตะเป้าสุดๆ บ้าง", "w1")
    assert nearly.intent == "whole_best" and "84.81" in nearly.text, nearly.text
    least = ask("เทียบกับเป้าแล้ว ตัวชี้วัดตัวไหนทำได้น้อยที่สุด", "w2")
    assert least.intent == "whole_worst" and "Citizen Portal" in least.text, least.text
    shortfall = ask("Which of the indicators has the largest shortfall in raw numbers?", "w3")
    assert shortfall.intent == "whole_worst" and "96" in shortfall.text, shortfall.text  # e-Service, 170 - 74
    untargeted = ask("ตัวชี้วัดอันไหนที่ไม่มีค่าเป้ากำหนดไว้", "w4")
    assert untargeted.intent == "whole_untargeted" and "IMD" in untargeted.text, untargeted.text
    none_set = ask("which of the measures don't have any target at all?", "w5")
    assert none_set.intent == "whole_untargeted" and "IMD" in none_set.text, none_set.text
    typed = ask("which indicators dont have a target", "w6")  # the apostrophe left out, as people type
    assert typed.intent == "whole_untargeted" and "IMD" in typed.text, typed.text


def test_measures_that_got_worse_or_better_are_listed_with_the_two_years_compared(ask) -> None:
    worse = ask("ในรายงานมีตัวชี้วัดอะไรที่ผลถดถอยลงบ้าง", "m1")
    assert worse.intent == "whole_worsened" and "IMD" in worse.text and "31" in worse.text, worse.text
    assert "HPP" not in worse.text, worse.text
    better = ask("Which indicators in the report got better?", "m2")
    assert better.intent == "whole_improved" and "76" in better.text and "IMD" not in better.text, better.text
    judged = ask("โดยรวมคิดว่าราชการไทยดีขึ้นจริงหรือเปล่า")  # a judgement, no measures asked for
    assert judged.intent != "whole_improved", judged.text
    counted = ask("แนวโน้มดีขึ้นกี่จังหวัด")  # a count one topic gives, not the measures that improved
    assert counted.intent != "whole_improved" and "10" in counted.text, counted.text


def test_a_part_asked_about_with_a_group_word_it_holds_once_lists_the_part(ask) -> None:
    reply = ask("In short, what is strategy 3 and what has it achieved so far?")
    assert reply.intent == "whole_list" and "Strategy 3" in reply.text, reply.text


def test_strategy_indicators_in_english_are_the_indicator_group_not_the_strategy_record(ask) -> None:
    reply = ask("How did each of the strategy indicators do?")
    assert reply.intent.startswith("whole_") and "84.81" in reply.text and "74" in reply.text, reply.text


def test_an_agency_asked_about_is_not_found_inside_a_longer_agency_name(ask) -> None:
    reply = ask("ตามรายงาน สำนักงาน ก.พ. มีผลงานอะไรบ้าง")  # not สำนักงาน ก.พ.ร.
    assert "ทุน" in reply.text and "IMD" not in reply.text, reply.text
    short = ask("ในรายงาน สรรพากรทำอะไรบ้าง")  # a short name of กรมสรรพากร still finds it
    assert "VRT" in short.text or "สะกิด" in short.text, short.text


def test_one_how_many_beside_every_part_of_a_whole_is_their_total_but_each_asks_each(ask) -> None:
    every = ask("บัญชีข้อมูลมีกี่หน่วยงานที่ทำ ทั้งส่วนราชการ จังหวัด และองค์การมหาชน")
    assert every.intent == "whole_total" and "124" in every.text, every.text  # 51 + 40 + 33
    each = ask("บัญชีข้อมูล ส่วนราชการ จังหวัด องค์การมหาชน แต่ละแบบมีกี่หน่วยงาน")
    assert each.intent != "whole_total" and "124" not in each.text, each.text


def test_so_in_the_end_is_no_cue_that_something_got_worse(ask) -> None:
    reply = ask("ตกลงรายงานมีตัวชี้วัดกี่ตัว")  # ตกลง: "so", not "fell"
    assert reply.intent == "whole_count", reply.text


def test_compare_said_as_a_verb_compares_two_measures(ask) -> None:
    english = ask("Compare the Citizen Portal with the Biz Portal")
    assert english.intent == "whole_compare" and "58.33" in english.text, english.text
    thai = ask("ช่วยเปรียบเทียบ e-Service กับ Citizen Portal ให้ดูหน่อย")
    assert thai.intent == "whole_compare", thai.text


def test_asked_if_any_met_the_answer_is_the_closest_first_and_short_asked_which_all_stand(engine: Engine) -> None:
    any_met = ask(engine, "Has any of the indicators hit its target?")
    assert any_met.intent == "whole_met" and len(any_met.text) <= MAX_ANSWER_CHARS, any_met.text
    assert any_met.text.index("84.81") < any_met.text.index("more"), any_met.text  # closest first, the rest kept
    which = ask(engine, "ปี 64 ตัวชี้วัดตัวไหนบ้างที่ทำได้ถึงเป้าแล้ว")
    assert "84.81" in which.text and "45 บริการ" in which.text, which.text  # each one's standing


def test_why_the_measures_stand_as_they_do_is_no_reason_the_report_gives(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "มีตัวชี้วัดไหนที่ยังไม่ถึงเป้าบ้าง", session)
    reply = ask(engine, "เพราะอะไรถึงยังไม่ถึงเป้ากัน", session)
    assert reply.fallback and reply.intent == "fallback" and "84.81" not in reply.text, reply.text
    which = ask(engine, "Which indicators worsened, and why?")  # which first: the list, not a refusal
    assert which.intent == "whole_worsened", which.text


def test_a_status_against_a_target_year_nothing_is_set_for_is_declined(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดทำได้ตามเป้าปี 2575 หรือยัง")
    assert reply.fallback and "2575" in reply.text, reply.text
    set_for = ask(engine, "Which indicators are behind their 2022 targets?")  # 2565: the targets' year
    assert set_for.intent == "whole_behind", set_for.text


def test_results_of_an_earlier_year_than_the_reports_are_named(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดตัวไหนบ้างที่รายงานเอาผลเก่ากว่าปี 2564 มาใช้")
    assert reply.intent == "whole_other_year" and "EGDI" in reply.text and "2563" in reply.text, reply.text
    assert "Seamless" not in reply.text, reply.text  # its 2565 pilot is a plan, not a result of another year


def test_the_years_the_targets_are_set_for_are_told_with_their_topics(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดในรายงานนี้ตั้งเป้าไว้ถึงปีไหนกันบ้าง")
    assert reply.intent == "whole_target_years" and "2565" in reply.text and "EGDI" in reply.text, reply.text


def test_a_status_asked_of_something_no_record_names_is_not_the_reports(engine: Engine) -> None:
    reply = ask(engine, "Has the national e-wallet scheme hit its target yet?")  # no record speaks of a wallet
    assert not reply.intent.startswith("whole_"), reply.text
    years = ask(engine, "บัตรสวัสดิการแห่งรัฐตั้งเป้าไว้ปีไหน")  # target years of one topic, not of the report
    assert not years.intent.startswith("whole_"), years.text


def test_why_of_named_topics_is_no_refusal_across_the_report(engine: Engine) -> None:
    reply = ask(engine, "ทำไม ITA กับ EGDI ถึงดีขึ้น")
    assert not reply.fallback, reply.text


def test_the_report_named_after_a_topic_asks_of_the_whole_report(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ITA ปี 64 ได้กี่คะแนน", session)
    reply = ask(engine, "ในรายงานด้านไหนแย่ที่สุด", session)
    assert reply.intent == "whole_worst", reply.text


def test_a_lone_english_word_no_record_uses_still_asks_of_the_report(engine: Engine) -> None:
    reply = ask(engine, "Which schemes are lagging behind target?")
    assert reply.intent == "whole_behind", reply.text


def test_the_one_that_came_closest_asked_as_typed_in_chat(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดตัวไหนเฉียดสุดอะ")
    assert reply.intent == "whole_best" and "84.81" in reply.text, reply.text


def test_how_a_parts_measures_are_doing_lists_them(engine: Engine) -> None:
    reply = ask(engine, "ยุทธศาสตร์ที่ 3 ตัวชี้วัดผลเป็นไงบ้าง")
    assert reply.intent == "whole_list" and "EGDI" in reply.text and "84.81" not in reply.text, reply.text


def test_a_numbered_part_the_report_lacks_is_declined_with_the_parts_it_has(engine: Engine) -> None:
    reply = ask(engine, "ยุทธศาสตร์ที่ 6 ทำอะไรไปบ้าง")
    assert reply.fallback and "ยุทธศาสตร์ที่ 6" in reply.text and "ยุทธศาสตร์ที่ 2" in reply.text, reply.text
    reply = ask(engine, "What did strategy 9 achieve?")
    assert reply.fallback and "strategy 9" in reply.text and "Strategy 1" in reply.text, reply.text
    clipped = ask(engine, "ยุทธ4 มีตัวชี้วัดอะไรบ้าง")  # the clipped word, whatever number follows
    assert clipped.fallback and "ยุทธศาสตร์ที่ 4" in clipped.text, clipped.text
    assert engine.nlu.understand("ยุทธ 20 ปี พูดถึงอะไร").missing_part is None


def test_a_plan_of_twenty_years_is_no_numbered_part(engine: Engine) -> None:
    assert engine.nlu.understand("ยุทธศาสตร์ 20 ปี พูดถึงอะไร").missing_part is None
    assert engine.nlu.understand("the national strategy 20 years").missing_part is None
    assert engine.nlu.understand("ยุทธศาสตร์ 64 มีอะไรบ้าง").missing_part is None  # a year, not a number
    assert engine.nlu.understand("ยุทธศาสตร์ที่ 2 มีอะไรบ้าง").missing_part is None


def test_three_measures_against_their_targets_are_listed_not_two_compared(engine: Engine) -> None:
    session = uuid.uuid4().hex
    reply = ask(engine, "e-Service, Biz Portal and Citizen Portal: results versus targets?", session)
    assert reply.intent == "whole_list" and all(n in reply.text for n in ("74", "35", "45")), reply.text
    reply = ask(engine, "Which of them is short by the most in absolute numbers?", session)
    assert "96" in reply.text, reply.text


def test_the_report_of_a_year_is_read_as_the_report_not_a_fair(engine: Engine) -> None:
    assert "รายงาน" in engine.nlu.understand("รายงานปี64แบ่งเป็นกี่ส่วน").words


def test_better_and_worse_asked_together_list_each_direction_in_turn(engine: Engine) -> None:
    reply = ask(engine, "ในรายงาน อะไรดีขึ้นและอะไรแย่ลงบ้าง")
    better, worse = reply.text.index("ผลดีขึ้น"), reply.text.index("ผลแย่ลง")  # each direction's heading
    assert better < reply.text.index("76 จังหวัด") < worse < reply.text.index("อันดับ 31"), reply.text
    one_way = ask(engine, "ในรายงาน อะไรแย่ลงบ้าง")
    assert "31" in one_way.text and "76" not in one_way.text, one_way.text


def test_an_improvement_on_an_earlier_year_asks_what_improved(engine: Engine) -> None:
    reply = ask(engine, "What in the report shows an improvement on an earlier year?")
    assert reply.intent == "whole_improved" and "76" in reply.text and "81.25" in reply.text, reply.text


def test_each_change_listed_says_by_how_much_and_which_way(engine: Engine) -> None:
    better = ask(engine, "ตัวไหนดีขึ้นจากปีก่อนบ้าง เพิ่มขึ้นเท่าไหร่")
    assert better.intent == "whole_improved" and "เพิ่มขึ้น 13.35" in better.text, better.text
    worse = ask(engine, "Which indicators got worse than the year before?")
    assert worse.intent == "whole_worsened" and "fell 11" in worse.text, worse.text  # a rank's number going up


def test_what_got_better_is_no_question_of_what_is_good_to_eat(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานมีอะไรดีขึ้นบ้าง")
    assert reply.intent == "whole_improved", reply.text


def test_measures_whose_target_the_report_does_not_tell(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดตัวไหนบ้างที่ไม่บอกเป้า")
    assert reply.intent == "whole_untargeted" and "IMD" in reply.text, reply.text


def test_provinces_are_named_in_english_in_an_english_answer(engine: Engine) -> None:
    reply = ask(engine, "List the provinces the report names")
    assert "Lampang" in reply.text and "ลำปาง" not in reply.text, reply.text


def test_the_laws_listed_include_an_act_a_topic_drives(engine: Engine) -> None:
    reply = ask(engine, "รายงานพูดถึงกฎหมายฉบับไหนบ้าง")
    assert reply.intent == "whole_list" and "จริยธรรม" in reply.text, reply.text


def test_what_improved_in_a_group_with_no_other_years_is_not_none_but_not_known(engine: Engine) -> None:
    reply = ask(engine, "ผลการดำเนินงานเรื่องไหนดีขึ้นบ้าง")  # no result in the group has two years' figures
    assert reply.fallback and "เทียบ" in reply.text, reply.text
    reply = ask(engine, "ตัวชี้วัดไหนแย่ลงบ้าง")
    assert reply.intent == "whole_worsened" and "IMD" in reply.text, reply.text


def test_further_behind_between_two_named_measures_is_a_comparison(ask) -> None:
    reply = ask("Of Biz Portal and OG&MP, which one is further behind its target?")
    assert reply.intent == "whole_compare" and "58.33" in reply.text and "50" in reply.text, reply.text


def test_a_total_of_parts_is_of_the_topic_named_when_another_splits_the_same_way(ask) -> None:
    # open data also splits into ministries' agencies, provinces and public organisations
    reply = ask("เร่ง e-Service รวมส่วนราชการ จังหวัด องค์การมหาชนแล้วได้กี่หน่วยงาน")
    assert reply.intent == "whole_total" and "123" in reply.text, reply.text


def test_gone_furthest_toward_the_target_is_the_best_not_the_furthest_from_it(ask) -> None:
    reply = ask("Which indicator has gone furthest toward its target?")
    assert reply.intent == "whole_best" and "84.81" in reply.text, reply.text


def test_how_many_and_which_of_a_group_is_its_list_which_counts_them(ask) -> None:
    reply = ask("ในรายงานมีร่างกฎหมายกี่ฉบับ แล้วมีฉบับไหนบ้าง")
    assert reply.intent == "whole_list" and "ยกระดับการบริหารงานภาครัฐ" in reply.text, reply.text


def test_how_many_of_a_group_named_by_two_words_counts_the_group_not_the_first_words_topic(ask) -> None:
    # "strategy" alone names the three strategies; "strategy indicators" is the indicator group
    reply = ask("So how many strategy indicators does the report track?")
    assert reply.intent == "whole_count" and "8" in reply.text, reply.text


def test_a_year_alone_after_a_status_question_asks_the_same_of_that_years_results(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "มีตัวชี้วัดอะไรบ้างที่ผลยังต่ำกว่าเป้า", session)
    reply = ask(engine, "แล้วของปี 2565 ล่ะ", session)
    assert reply.intent == "whole_behind" and "2565" in reply.text and "HPP" not in reply.text, reply.text


def test_a_comparison_of_two_in_english_shows_both_lines_by_their_short_names(ask) -> None:
    reply = ask("Which is closer to its target, Biz Portal or OG&MP?")
    assert reply.intent == "whole_compare" and not reply.more, reply.text
    assert "25 licences short" in reply.text and "• OG&MP: 1 issue" in reply.text, reply.text


def test_gone_furthest_from_the_target_is_still_the_worst(ask) -> None:
    reply = ask("Which indicator has gone furthest from its target?")
    assert reply.intent == "whole_worst" and "Citizen Portal" in reply.text, reply.text


def test_what_an_agency_did_across_the_report_lists_its_topics(ask) -> None:
    # ผลงาน is also a keyword of the awards topic; the agency's own topics are asked
    reply = ask("กรมควบคุมโรคมีผลงานอะไรบ้างในรายงานนี้")
    assert reply.intent == "whole_list" and "UNPSA" in reply.text and "แพลตฟอร์ม" in reply.text, reply.text
    elsewhere = ask("กรมการปกครองยังไปโผล่ในเรื่องอื่นของรายงานอีกไหม")
    assert elsewhere.intent == "whole_list" and "GDX" in elsewhere.text, elsewhere.text


def test_what_an_agency_has_done_by_the_report_with_a_particle_between_is_its_topics(ask) -> None:
    reply = ask("ตามรายงาน กรมสรรพากรทำอะไรไปบ้าง")
    assert reply.intent == "whole_list" and "Thailand VRT" in reply.text, reply.text


def test_pilots_and_trials_are_a_group_the_report_lists(ask) -> None:
    reply = ask("ขอรายการโครงการนำร่องทั้งหมดในรายงานหน่อย")
    assert reply.intent == "whole_list" and "Sandbox" in reply.text and "องค์การมหาชน" in reply.text, reply.text


def test_a_groups_word_counted_after_a_topic_counting_it_asks_of_that_topic(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "เลิศรัฐปีนี้มีคนส่งผลงานเข้าประกวดกี่ชิ้น", session)
    reply = ask(engine, "แล้วมอบรางวัลไปกี่อัน", session)
    assert reply.record_id == "awards" and "234" in reply.text, reply.text
    whole = ask(engine, "ในรายงานมีรางวัลกี่อัน", session)  # the report named: its awards are counted
    assert whole.intent == "whole_count", whole.text


def test_an_agency_named_in_english_is_an_agency_whose_topics_are_listed(ask) -> None:
    reply = ask("Where does the report mention the Revenue Department?")
    assert reply.intent == "whole_list" and "Revenue Department, 4 in all" in reply.text, reply.text
    involved = ask("Which topics in the report involve the Department of Disease Control?")
    assert involved.intent == "whole_list" and "UNPSA" in involved.text, involved.text


def test_what_provinces_did_in_a_part_lists_that_parts_topics_speaking_of_them(ask) -> None:
    # no topic of the COVID-19 part is filed as a province; its topics speak of provinces
    reply = ask("ช่วงโควิดจังหวัดต่าง ๆ ทำอะไรกันบ้าง")
    assert reply.intent == "whole_list" and not reply.fallback and "4 รายการ" in reply.text, reply.text


def test_a_list_asked_of_the_report_in_words_one_topic_holds_is_that_topics(engine: Engine) -> None:
    reply = ask(engine, "Which organisational models for restructuring does the report mention?")
    assert reply.intent != "whole_overview" and "ad hoc" in plain(reply.text), reply.text
    outline = ask(engine, "What topics does the report cover?")
    assert outline.intent == "whole_overview", outline.text


def test_a_part_named_beside_a_group_none_of_its_topics_is_of_lists_the_part(engine: Engine) -> None:
    # "รางวัล" names the award group, but here it says what drives the joint work the part reports
    reply = ask(engine, "มีหน่วยงานไหนบ้างที่บูรณาการการทำงานร่วมกันโดยใช้รางวัลเป็นตัวผลักดัน")
    assert reply.intent == "whole_list" and "บางระกำ" in reply.text and "Thailand VRT" in reply.text, reply.text
    asked = ask(engine, "ช่วงโควิดมีการให้บริการผ่าน e-Service ไหม")  # yes or no, no list asked
    assert asked.intent != "whole_list", asked.text


def test_who_of_a_part_named_beside_a_group_lists_the_part(engine: Engine) -> None:
    reply = ask(engine, "ใครบ้างที่ทำงานแบบบูรณาการการทำงานร่วมกันโดยใช้กลไกรางวัล ขอรายชื่อหน่วยงาน")
    assert "บางระกำ" in reply.text or "กรมชลประทาน" in reply.text, reply.text


def test_a_year_beside_one_of_two_compared_measures_is_that_ones(engine: Engine) -> None:
    # IMD has a 2564 result; EGDI's latest is 2563: each told with its own year, said to differ
    reply = ask(engine, "เทียบอันดับ IMD ปี 2564 กับอันดับ EGDI ให้หน่อย")
    assert reply.intent == "whole_compare" and not reply.fallback, reply.text
    assert "20" in reply.text and "57" in reply.text and "2563" in reply.text, reply.text


def test_which_organisations_the_report_names_lists_every_one_most_named_first(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานเอ่ยถึงกรมไหนบ้าง")
    assert reply.intent == "whole_organisations" and not reply.fallback, reply.text
    lines = [line for line in reply.text.splitlines() if line.startswith(LIST_BULLET)]
    assert len(lines) > 5 and lines[0].startswith(f"{LIST_BULLET}กรมสรรพากร"), reply.text
    most = ask(engine, "หน่วยงานไหนถูกพูดถึงบ่อยที่สุดในรายงาน")  # the most named only
    assert most.intent == "whole_mentioned", most.text


def test_a_topic_named_outside_the_part_says_what_the_part_is_about(engine: Engine) -> None:
    # รางวัลเลิศรัฐ names the awards' topic, but "pushed by the awards" describes the joint-work section's work
    reply = ask(engine, "หน่วยงานไหนบ้างที่ทำงานแบบบูรณาการการทำงานร่วมกันโดยมีรางวัลเลิศรัฐคอยผลักดัน")
    assert reply.intent == "whole_list" and "บางระกำ" in reply.text, reply.text


def test_the_reports_members_of_a_group_are_listed_though_one_is_named(engine: Engine) -> None:
    reply = ask(engine, "ในรายงานมีโครงการนำร่องอะไรบ้าง เช่น sandbox")
    assert reply.intent == "whole_list" and "Sandbox" in reply.text and "Seamless" in reply.text, reply.text
    one = ask(engine, "Which agency won the UN Public Service Award the report mentions?")  # one asked
    assert one.intent != "whole_list" and "Disease Control" in one.text, one.text


def test_this_part_after_a_parts_list_is_that_part(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ยุทธศาสตร์ที่ 3 มีผลงานอะไรบ้าง", session)
    count = ask(engine, "แล้วยุทธศาสตร์นี้มีตัวชี้วัดกี่ตัว", session)
    assert count.intent == "whole_count" and "3 ตัวชี้วัด" in count.text, count.text
    second = ask(engine, "ตัวที่สองล่ะ ได้ผลเท่าไหร่", session)  # the second the count named
    assert second.record_id == "open-data", second.text


def test_higher_of_two_measures_asks_a_comparison(engine: Engine) -> None:
    reply = ask(engine, "ความพึงพอใจกับ ITA อันไหนสูงกว่า")
    assert reply.intent == "whole_compare" and "81.25" in reply.text and "84.81" in reply.text, reply.text


def test_a_member_named_as_an_example_of_a_list_asked_keeps_the_list(engine: Engine) -> None:
    for question in ("มีรางวัลไหนบ้าง เช่น รางวัลจาก UN", "Which awards are there, for example the UN award?"):
        reply = ask(engine, question)
        assert reply.intent == "whole_list" and "UNPSA" in reply.text, (question, reply.text)
        assert "เลิศรัฐ" in reply.text or "Lert Rat" in reply.text, (question, reply.text)


def test_this_part_asks_the_parts_topics_not_the_strategies_record(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "ยุทธศาสตร์ที่ 2 มีตัวชี้วัดอะไรบ้าง", session)
    reply = ask(engine, "ยุทธศาสตร์นี้มีผลงานอะไรบ้าง", session)
    assert reply.intent == "whole_list" and "HPP" in reply.text, reply.text


def test_gaps_to_a_target_year_list_each_measures_latest_result(engine: Engine) -> None:
    # the year is the targets' ("เป้าปี 65"), not a year of results: each line tells its result and gap
    reply = ask(engine, "ตัวชี้วัดทุกตัว ห่างจากเป้าปี 65 อยู่เท่าไหร่บ้าง")
    assert reply.intent == "whole_list" and "96 บริการ" in reply.text and "0.19" in reply.text, reply.text


def test_the_best_of_a_group_nothing_measures_is_declined_naming_its_members(engine: Engine) -> None:
    for question in ("ในรายงาน รางวัลอะไรระดับสูงสุด", "Which award in the report is the best?"):
        reply = ask(engine, question, question)
        assert reply.fallback and "UNPSA" in reply.text, (question, reply.text)
    measured = ask(engine, "ตัวชี้วัดไหนดีที่สุด")  # measures against targets are ranked
    assert not measured.fallback, measured.text


def test_by_which_year_the_targets_fall_due_asks_the_target_years(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดในรายงานต้องทำให้ได้ถึงภายในปีไหน")
    assert reply.intent == "whole_target_years" and "2565" in reply.text, reply.text


def test_more_progress_of_two_measures_asks_a_comparison(engine: Engine) -> None:
    reply = ask(engine, "Biz Portal or Citizen Portal: which has made more progress toward its target?")
    assert reply.intent == "whole_compare" and "40.91" in reply.text, reply.text


def test_not_got_there_yet_asks_what_is_behind_target(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดตัวไหนบ้างที่ยังไปไม่ถึง")
    assert reply.intent == "whole_behind" and "Citizen Portal" in reply.text, reply.text


def test_comparing_a_group_of_two_compares_its_two_measures(engine: Engine) -> None:
    reply = ask(engine, "How do the report's two international rankings compare for Thailand?")
    assert reply.intent == "whole_compare" and {i.record_id for i in reply.items} == {"imd", "egdi"}, reply.text
    assert "rank 20" in reply.text and "rank 57" in reply.text, reply.text


def test_the_closest_of_three_measures_compared_is_the_best_among_them(engine: Engine) -> None:
    reply = ask(engine, "เทียบ Citizen Portal, Biz Portal กับ e-Service ดูหน่อย อันไหนใกล้เป้าสุด")
    assert reply.intent == "whole_best" and reply.items[0].record_id == "biz-portal", reply.text


def test_met_target_without_its_or_the_asks_which_met(engine: Engine) -> None:
    for question in ("so which indicators met target?", "Has any indicator gone past its target?"):
        reply = ask(engine, question)
        assert reply.intent == "whole_met" and "84.81" in reply.text, (question, reply.text)


def test_a_later_value_follows_the_share_which_is_of_the_year_told(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดไหนยังไม่ถึงเป้าบ้าง")  # HPP: 44.44% is 20 of 45; 76 came in 2565
    line = next(line for line in reply.text.splitlines() if line.startswith("• HPP"))
    assert line.index("44.44") < line.index("76"), line


def test_a_total_from_a_round_the_topic_does_not_hold_is_declined(engine: Engine) -> None:
    reply = ask(engine, "นปร. นับตั้งแต่รุ่นแรกรวมแล้วกี่คน")  # รุ่นแรก is cohort 1; the report gives 13 to 15
    assert reply.fallback and "99" not in reply.text, reply.text
    counted = ask(engine, "นปร. รุ่นที่ 30 รวมกันกี่คน")  # 30 is a head count in the record, no cohort
    assert counted.fallback, counted.text
    held = ask(engine, "นปร. รุ่นที่ 13 ถึง 15 รวมกันกี่คน")
    assert not held.fallback and "99" in held.text, held.text


def test_gone_furthest_asks_the_best_not_the_furthest_from_target(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดไหนคืบหน้ามากที่สุด")
    assert reply.intent == "whole_best" and "84.81" in reply.text, reply.text
    reply = ask(engine, "e-Service, Citizen Portal หรือ Biz Portal ตัวไหนไปได้ไกลที่สุด")
    assert reply.intent == "whole_best" and reply.text.split("\n")[0].endswith("Biz Portal"), reply.text


def test_went_down_asks_what_worsened_as_went_up_asks_what_improved(engine: Engine) -> None:
    reply = ask(engine, "Which rankings went down?")
    assert reply.intent == "whole_worsened" and "31" in reply.text, reply.text


def test_the_highlights_of_a_part_marking_at_most_one_are_its_results(engine: Engine) -> None:
    reply = ask(engine, "ผลงานเด่นๆของยุทธศาสตร์ที่ 2 มีอะไรบ้างคะ")  # only HPP is marked a highlight there
    assert reply.intent == "whole_list" and "HPP" in reply.text and "Sandbox" in reply.text, reply.text
    assert not reply.text.startswith("ผลงานเด่น"), reply.text  # told as the part's topics: IMD fell, no highlight


def test_which_part_of_a_topic_named_by_several_clues_is_the_topics_part(engine: Engine) -> None:
    # "ด้านไหน" of satisfaction, named by three clues: its top parts, not the report's best measure
    reply = ask(engine, "ปี 64 ประชาชนพอใจบริการภาครัฐด้านไหนมากสุด 3 อันดับแรกครับ")
    assert reply.intent != "whole_best" and "เจ้าหน้าที่" in reply.text, reply.text


def test_a_rundown_or_recap_asks_for_an_overview(engine: Engine) -> None:
    part = ask(engine, "can I get a rundown of strategy 3?")
    assert part.intent == "whole_overview" and "57" in part.text, part.text
    report = ask(engine, "recap the report for me")
    assert report.intent == "whole_overview", report.text


def test_a_count_in_each_part_of_a_kind_is_counted_part_by_part(engine: Engine) -> None:
    each = ask(engine, "How many indicators does each strategy have?")
    assert each.intent == "whole_count" and "8 in all" in each.text, each.text
    assert "Strategy 2, modern and flexible government roles and structures: 2" in each.text, each.text


def test_how_many_altogether_after_a_count_in_each_part_is_the_count_in_all(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "How many indicators does each strategy have?", session)
    total = ask(engine, "so how many altogether?", session)
    assert total.intent == "whole_count" and "8 in all (10 measures)" in total.text, total.text


def test_how_many_and_which_in_a_part_after_a_count_counts_the_same_things_there(engine: Engine) -> None:
    for first, then in (
        ("What's the total number of KPIs in the report?", "and strategy 2, how many of them, which ones?"),
        ("รายงานมีตัวชี้วัดทั้งหมดกี่ตัวคะ", "ยุทธศาสตร์ที่ 3 มีกี่ตัว ตัวไหนบ้าง"),
    ):
        session = uuid.uuid4().hex
        ask(engine, first, session)
        reply = ask(engine, then, session)
        assert reply.intent == "whole_count", (then, reply.text)
        assert ("EGDI" in reply.text) != ("HPP" in reply.text), (then, reply.text)  # the part's indicators only
    session = uuid.uuid4().hex
    ask(engine, "รายงานมีตัวชี้วัดทั้งหมดกี่ตัวคะ", session)
    agencies = ask(engine, "ยุทธศาสตร์ที่ 2 มีกี่หน่วยงาน อะไรบ้าง", session)  # another thing counted: no recount
    assert "2 ตัวชี้วัด" not in agencies.text, agencies.text


def test_which_part_has_the_most_or_fewest_indicators_is_counted_part_by_part(engine: Engine) -> None:
    for question in ("ยุทธศาสตร์ใดมีตัวชี้วัดเยอะที่สุดครับ", "which strategy carries the fewest indicators?"):
        reply = ask(engine, question)
        assert reply.intent == "whole_count" and reply.text.count(LIST_BULLET) == 3, (question, reply.text)
        assert ": 2" in reply.text, (question, reply.text)  # strategy 2 has two
    results = ask(engine, "ยุทธศาสตร์ไหนมีผลการดำเนินงานเยอะสุด")  # how the knowledge splits results: no count
    assert "แยกตามส่วน" not in results.text, results.text


def test_the_number_of_a_group_asked_is_a_count_of_it(engine: Engine) -> None:
    reply = ask(engine, "what's the total number of kpis this report tracks?")
    assert reply.intent == "whole_count" and "8 in all" in reply.text, reply.text


def test_a_breakdown_by_a_kind_of_part_counts_in_each_and_by_anything_else_is_declined(engine: Engine) -> None:
    by = ask(engine, "ตัวชี้วัดแยกตามยุทธศาสตร์มีกี่ตัว")  # a breakdown by the parts the report has
    assert "ยุทธศาสตร์ที่ 3 การเพิ่มประสิทธิภาพการบริหารงานภาครัฐ: 3" in by.text, by.text
    assert ask(engine, "ตัวชี้วัดแยกตามภาคมีกี่ตัว").fallback  # regions: no part the report has


def test_a_total_after_a_figure_was_named_sums_the_parts_of_that_figures_whole(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "Data Catalog ปี 2564 มีกี่หน่วยงานที่เปิดข้อมูลได้อย่างน้อยครึ่งหนึ่ง", session)
    reply = ask(engine, "รวมกันกี่แห่ง", session)  # those opening half their data (40 + 17), not those taking part
    assert reply.intent == "whole_total" and "57" in reply.text and "124" not in reply.text, reply.text


def test_a_total_naming_its_own_whole_is_that_one_whatever_figure_was_named_before(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "Open data 2564: how many agencies opened at least half of their data?", session)
    reply = ask(engine, "and how many took part in building catalogues, in total?", session)
    assert reply.intent == "whole_total" and "124" in reply.text, reply.text


def test_which_province_did_worst_written_short_is_a_ranking_the_report_does_not_make(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "จังหวัดผลสัมฤทธิ์สูงปีนั้นทำได้กี่จังหวัด", session)
    reply = ask(engine, "จ.ไหนทำได้แย่สุดคะ", session)  # จ. for จังหวัด
    assert reply.fallback and "ไม่ได้จัดอันดับ" in reply.text, reply.text
    other = ask(engine, "แล้ว จ.ใด ดีที่สุด", session)
    assert other.fallback and "ไม่ได้จัดอันดับ" in other.text, other.text


def test_a_summary_of_a_part_tells_its_indicators_then_names_its_other_results(engine: Engine) -> None:
    reply = ask(engine, "สรุปผลยุทธศาสตร์ที่ 2 ให้หน่อยค่ะ")
    assert reply.intent == "whole_overview" and "ตัวชี้วัด 2 ตัว" in reply.text, reply.text
    assert "อันดับ 20 จาก 64" in reply.text and "ร้อยละ 44.44" in reply.text, reply.text  # IMD and HPP
    assert "Sandbox" in reply.text and "ยุทธศาสตร์การพัฒนาระบบราชการ" not in reply.text, reply.text  # of every part
    covid = ask(engine, "สรุปเรื่องช่วงโควิดให้หน่อย")  # no indicator: its topics listed
    assert covid.intent == "whole_list" and "90" in covid.text, covid.text


def test_several_parts_named_by_their_numbers_are_each_counted(engine: Engine) -> None:
    two = ask(engine, "ยุทธศาสตร์ที่ 2 และ 3 มีตัวชี้วัดกี่ตัว")  # not the second alone
    assert "มีทั้งหมด 5 รายการ" in two.text and "ยุทธศาสตร์ที่ 1" not in two.text, two.text
    spanned = ask(engine, "how many indicators are there across strategies 1-3 combined?")  # a range: every one
    assert "8 in all" in spanned.text and "Strategy 3, more efficient public administration: 3" in spanned.text
    one = ask(engine, "ยุทธศาสตร์ที่ 2 มีตัวชี้วัด 3 ตัวใช่ไหม")  # a number after the count is no second part
    assert "ยุทธศาสตร์ที่ 3" not in one.text, one.text


def test_a_part_summary_again_in_english_or_of_another_part_is_that_parts_summary(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "สรุปผลยุทธศาสตร์ที่ 2 หน่อย", session)
    english = ask(engine, "in English please", session)
    assert english.intent == "whole_overview" and "Strategy 2" in english.text and "8 other results" in english.text
    third = ask(engine, "แล้วยุทธศาสตร์ที่ 3 ล่ะ", session)
    assert "ยุทธศาสตร์ที่ 3" in third.text and "EGDI" in third.text, third.text
    assert "Thailand VRT" in third.text, third.text  # under a part nested in strategy 3: still its own


def test_a_count_in_each_part_keeps_its_scope_and_asks_each_beside_the_parts_word(engine: Engine) -> None:
    scoped = ask(engine, "ตัวชี้วัดของสำนักงาน ก.พ.ร. แต่ละยุทธศาสตร์มีกี่ตัว")  # of one agency: said so
    assert "ที่เกี่ยวกับสำนักงานก.พ.ร. มีทั้งหมด 2 รายการ" in scoped.text, scoped.text
    named = ask(engine, "ตัวชี้วัดยุทธศาสตร์มีกี่ตัว แต่ละตัวคืออะไร")  # each one, not each strategy: their names
    assert "แยกตามส่วนของรายงาน" not in named.text and "(ความพึงพอใจ)" in named.text, named.text
    no_part = ask(engine, "How many indicators does each working group handle in the report?")  # no kind of part
    assert "part by part" not in no_part.text, no_part.text


def test_how_many_in_all_after_a_count_is_no_recount_of_something_else(engine: Engine) -> None:
    session = uuid.uuid4().hex
    ask(engine, "How many indicators are there?", session)
    other = ask(engine, "how many agencies in total?", session)  # agencies: not the indicators counted again
    assert "8 in all" not in other.text, other.text


def test_a_strategy_written_short_is_that_strategy(engine: Engine) -> None:
    reply = ask(engine, "ยุทธ์๒มีตัวชี้วัดกี่ตัว")  # ยุทธ์ for ยุทธศาสตร์, a Thai digit
    assert "ยุทธศาสตร์ที่ 2" in reply.text and "2 ตัวชี้วัด" in reply.text, reply.text


def test_one_measure_behind_target_is_told_at_a_facts_length(engine: Engine) -> None:
    reply = ask(engine, "strategy 3: anything behind target?")  # EGDI alone; the untargeted note as far as it fits
    assert reply.intent == "whole_behind" and "57" in reply.text and len(reply.text) <= MAX_ANSWER_CHARS, reply.text


def test_a_total_counted_by_another_kind_than_its_parts_is_declined(engine: Engine) -> None:
    reply = ask(engine, "open data: what's the total count of data sets published?")  # the parts count agencies
    assert reply.fallback and "57" not in reply.text, reply.text
    bodies = ask(engine, "agencies and public organisations opening half their data: how many bodies altogether?")
    assert not bodies.fallback and "57" in bodies.text, bodies.text


def test_services_inside_e_services_name_no_counter_of_a_total(engine: Engine) -> None:
    reply = ask(engine, "in total, how many bodies pushed e-services?")  # agencies, provinces, organisations
    assert not reply.fallback and "123" in reply.text, reply.text


def test_a_reason_asked_of_a_group_is_the_reason_its_topic_gives(engine: Engine) -> None:
    asked = (
        "จังหวัดต่างๆ สู้โควิดได้สำเร็จเพราะอะไรบ้างคะ",
        "what made the provinces do well against covid?",
        "what were the success factors for provinces during covid?",
    )
    for question in asked:
        reply = ask(engine, question)
        assert reply.record_id == "covid-provinces" and reply.intent == "why", (question, reply.text)
    assert "Agile Organization" in reply.text, reply.text  # the report's own term, in English too
    compared = ask(engine, "biz portal กับ citizen portal อันไหนดีกว่า เพราะอะไร")  # a comparison is no list
    assert compared.intent == "whole_compare", compared.text
    made_up = ask(engine, "what made up the top 3 aspects of citizen satisfaction?")  # what is in it, no reason
    assert made_up.intent != "why" and not made_up.fallback, made_up.text


def test_a_listed_figure_out_of_a_whole_of_other_things_names_what_the_whole_counts(engine: Engine) -> None:
    reply = ask(engine, "รางวัลอะไรบ้างในรายงาน")
    assert "234 รางวัล จาก 1,688 ผลงานที่ส่งสมัคร" in reply.text, reply.text


def test_a_total_of_money_no_topic_states_is_declined_though_some_mention_a_budget(engine: Engine) -> None:
    reply = ask(engine, "what's the combined budget of every project in the report?")  # COVID's "budget rules"
    assert reply.fallback, reply.text


def test_a_group_word_in_the_plural_the_stemmer_keeps_whole_asks_for_several(engine: Engine) -> None:
    reply = ask(engine, "which kpis sit under strategy 1, and how did they do?")  # "kpis": the kpi group
    assert reply.intent == "whole_list" and "84.81" in reply.text, reply.text


def test_what_else_an_agency_did_lists_its_topics(engine: Engine) -> None:
    for question in ("กรมสรรพากรทำอะไรอีกในรายงานนี้", "what else did the revenue dept do in the report?"):
        reply = ask(engine, question)
        assert reply.intent == "whole_list" and len(reply.items) >= 3, (question, reply.text)
    other = ask(engine, "กรมควบคุมโรคมีผลงานอื่นอีกไหมในรายงาน")  # "ผลงานอื่น", "อื่นอีก": its other topics
    assert other.intent == "whole_list" and len(other.items) == 2, other.text


def test_which_of_two_measures_reached_a_bigger_share_is_a_comparison(engine: Engine) -> None:
    reply = ask(engine, "between biz portal and citizen portal, which reached a larger share of its goal?")
    assert reply.intent == "whole_compare" and "58.33" in reply.text and "40.91" in reply.text, reply.text


def test_measures_with_results_for_a_year_leave_out_those_holding_only_its_target(engine: Engine) -> None:
    reply = ask(engine, "ตัวชี้วัดอะไรบ้างที่มีผลปี 2565 ให้ดูแล้ว")  # IMD and HPP; the rest give 2565 targets only
    assert {i.record_id for i in reply.items} == {"imd", "hpp"}, reply.text  # not Seamless e-Services' 2 pilots
    english = ask(engine, "list the indicators that have results for 2022")
    assert {i.record_id for i in english.items} == {"imd", "hpp"}, english.text
    plans = ask(engine, "แผนที่จะทำในปี 65 มีอะไรบ้าง")  # plans of that year: targets belong
    assert "e-service" in {i.record_id for i in plans.items}, plans.text


def test_a_what_joined_to_the_verb_before_it_still_asks_for_several(engine: Engine) -> None:
    reply = ask(engine, "ในปี 65 มีอะไรที่เตรียมทดลองนำร่องไว้บ้าง")  # "มีอะไร" segmented as one word
    assert reply.intent == "whole_list" and "Seamless" in reply.text and "ยืดหยุ่น" in reply.text, reply.text
