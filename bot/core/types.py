"""Small frozen values that cross the boundary between the core and the channels."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Inbound:
    """A message from any channel: the text and who it belongs to."""

    text: str
    session_id: str
    channel: str = "console"
    user_id: str | None = None  # the platform's user id: for admin rights and rate limits, never stored raw
    in_group: bool = False  # a group or room, where others read the answer too
    event: str | None = None  # what happened when no words were typed: follow, start, help, non_text, expired_button
    lang: str | None = None  # the language the channel asks events to be answered in (the web page's own)

    @property
    def command(self) -> str | None:
        """The typed command, as "/stats" (Telegram groups send "/stats@botname"), or None for a question."""
        words = self.text.strip().split(maxsplit=1)
        if not words or not words[0].startswith("/"):
            return None
        return words[0].casefold().split("@", 1)[0]


@dataclass(frozen=True)
class Card:
    """An indicator at a glance, for channels that can draw it (a LINE Flex bubble)."""

    title: str
    figure: str
    target: str
    progress: float  # share of the target reached, 0..1
    source: str


LIST_BULLET = "• "  # a listed item's line starts with it and the item's name (the replies' whole_line*)


@dataclass(frozen=True)
class Item:
    """One line of a list answer, for channels that draw it (a carousel, a table)."""

    name: str
    value: float | None  # None: the record has no figure (an award, a platform)
    unit: str = ""
    year: int | None = None
    target: float | None = None
    target_year: int | None = None
    share: float | None = None  # of the target reached; 1.0 is met, None when there is no target
    source: str = ""
    record_id: str | None = None
    figure: str = ""  # the value worded with its unit, as the text says it ("ร้อยละ 84.81")
    target_text: str = ""  # the target worded ("เป้าหมาย ร้อยละ 85 ปี 2565"), empty without one


@dataclass(frozen=True)
class Reply:
    """What the core decided to say; channels only render it (buttons, bubbles, plain text)."""

    text: str
    suggestions: tuple[str, ...]
    sources: tuple[str, ...]
    intent: str
    confidence: float
    fallback: bool
    record_id: str | None = None
    lang: str = "th"
    card: Card | None = None
    candidates: tuple[tuple[str, float], ...] = ()  # the records considered and their scores, for the logs
    items: tuple[Item, ...] = ()  # a list answer's lines, in the order the text gives them
    more: tuple[str, ...] = ()  # the records a list answer had no room for, in order ("ดูเพิ่ม" shows them)
    # the record whose figures a channel that shows pictures may draw beside this answer (an indicator's
    # card, or a chart asked for), and whether the question asked to see it ("ขอกราฟ")
    chart_record: str | None = None
    chart_asked: bool = False

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        data["sources"] = list(self.sources)
        data["items"] = [asdict(item) for item in self.items]
        return data
