"""An admin adds a fact or a phrasing as data, and the bot answers it with no code change."""

from __future__ import annotations

from pathlib import Path

from bot.core.engine import Engine
from bot.core.loader import load_bundle
from bot.core.types import Inbound

NEW_AWARD = """source: pdr-2564
records:
  - id: smart-city-award
    kind: award
    sections: ["3.1.1.2 (6)"]
    year: 2564
    name: {th: รางวัลเมืองอัจฉริยะ, en: the Smart City Award}
    aliases: [รางวัลเมืองอัจฉริยะ, เมืองอัจฉริยะ, Smart City Award]
    keywords: [รางวัล, เมือง]
    text:
      th: รางวัลเมืองอัจฉริยะมอบให้ 7 เมือง
      en: The Smart City Award went to 7 cities.
    details:
      who:
        th: ผู้ได้รับรางวัลเมืองอัจฉริยะคือ 7 เมืองนำร่อง
        en: Seven pilot cities won it.
"""


def test_a_new_record_is_answerable_without_code(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    (knowledge / "new_award.yaml").write_text(NEW_AWARD, encoding="utf-8")
    engine = Engine(load_bundle(knowledge, intents))
    reply = engine.handle(Inbound("รางวัลเมืองอัจฉริยะมีกี่เมือง", "n1"))
    assert reply.record_id == "smart-city-award" and "7 เมือง" in reply.text and not reply.fallback
    english = engine.handle(Inbound("Who won the Smart City Award?", "n2"))
    assert "Seven pilot cities" in english.text


def test_a_new_phrasing_is_understood_without_code(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    question = "ITA เคาะมาที่เลขไหน"
    assert Engine(load_bundle(knowledge, intents)).nlu.understand(question).intents == ()
    text = (intents / "intents.yaml").read_text(encoding="utf-8")
    (intents / "intents.yaml").write_text(text.replace("th: [กี่, เท่าไหร่,", "th: [เลขไหน, กี่, เท่าไหร่,"), encoding="utf-8")
    assert Engine(load_bundle(knowledge, intents)).nlu.understand(question).intents == ("figure",)


def test_a_new_spelling_is_normalised_without_code(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    question = "ดัชนีซื่อสัตย์ได้เท่าไหร่"
    assert Engine(load_bundle(knowledge, intents)).handle(Inbound(question, "n3")).record_id != "ita"
    text = (intents / "language.yaml").read_text(encoding="utf-8")
    (intents / "language.yaml").write_text(
        text.replace("spellings:\n", "spellings:\n  ดัชนีซื่อสัตย์: ita\n"), encoding="utf-8"
    )
    assert Engine(load_bundle(knowledge, intents)).handle(Inbound(question, "n4")).record_id == "ita"
