"""Every sentence the bot says that is not a fact from the knowledge, read from `intents/replies.yaml`.

The code names a sentence by its key and fills its slots; the words, in Thai and English, are data an
admin can edit. The set of keys is fixed here, so a missing or misspelt key is a load error with its
file and line rather than a crash in the middle of an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.normalize import BE_OFFSET

REPLY_KEYS = frozenset(
    {
        *(f"fallback_{k}" for k in ("unknown", "closest", "year", "years_back", "source_year", "figure_year")),
        *(f"fallback_{k}" for k in ("word_year", "province", "agency")),
        *(f"fallback_{k}" for k in ("target_only", "ordinal", "live", "empty", "named")),
        "clarify",
        "clarify_joiner",
        "list_has",
        "part_missing",
        "list_done",
        "full_name",
        "sources_joiner",
        *(
            f"missing_{k}"
            for k in (
                "who",
                "where",
                "province",
                "rest",
                "finding",
                "why",
                "definition",
                "when",
                "target",
                "procedure",
                "attribute",
                "done",
                "tenure",
                "number",
                "comparison",
                "cause",
                "names",
                "list",
                "count",
                "outlook",
                "holder",
                "holder_now",
                "ability",
            )
        ),
        "citation",
        "cited_sections",
        "cited_whole",
        "cited_joiner",
        "see_also",
        "period",
        "year",
        "target_line",
        "card_target",
        *(f"chart_{k}" for k in ("button", "target", "result", "share", "percent")),
        *(f"chart_overview_{k}" for k in ("title", "axis", "line", "figure", "goal", "empty")),
        "target_met",
        "target_met_in",
        "rank_target_met",
        "rank_short",
        "share_short",
        "share_done",
        "share_of_other",
        "share_of_whole",
        "change_since",
        "later_rank",
        "later_value",
        "latest",
        "trend_point",
        "year_figure",
        "trend_change",
        "trend_best",
        "trend_worst",
        "unchanged",
        "up",
        "down",
        "rank_better",
        "rank_worse",
        *(f"suggest_{k}" for k in ("about", "target", "examples", "definition", "best", "behind", "more")),
        *(
            f"whole_{k}"
            for k in ("behind", "behind_none", "met", "met_none", "met_later", "best", "worst", "only", "reading")
        ),
        *(f"whole_{k}" for k in ("ranked", "ranked_furthest", "untargeted", "untargeted_none")),
        *(f"whole_{k}" for k in ("unresulted", "unresulted_none")),
        *(f"whole_{k}" for k in ("worsened", "worsened_none", "improved", "improved_none", "move_line")),
        *(f"whole_{k}" for k in ("moved_latest", "moved_in", "not_compared")),
        *(f"whole_{k}" for k in ("mentioned", "mentioned_line", "organisations", "no_reason", "target_years")),
        *(f"whole_{k}" for k in ("other_year", "other_year_none", "unmeasured")),
        *(f"whole_{k}" for k in ("shared_provinces", "shared_provinces_none", "latest_years")),
        *(
            f"whole_{k}"
            for k in (
                "no_target",
                "no_result",
                "list",
                "rest",
                "count",
                "count_indicators",
                "count_heading",
                "count_by_part_head",
                "part_overview",
                "part_others",
                "count_by_part_line",
                "gap",
                "gap_places",
            )
        ),
        *(
            f"whole_{k}"
            for k in ("total", "compare", "reading_count", "compare_value", "compare_rank", "compare_apart", "overview")
        ),
        *(
            f"whole_{k}"
            for k in (
                "overview_indicators",
                "line",
                "line_value",
                "line_target",
                "more",
                "cut",
                "empty",
                "unranked",
                "unstated",
            )
        ),
        *(f"whole_{k}" for k in ("in_part", "in_year", "in_agency", "measures", "topics")),
        *(f"whole_{k}" for k in ("out_of", "later", "value_year", "provinces", "province_line")),
        "non_text",
        "expired_button",
        "menu_ask",
        *(f"menu_label_{k}" for k in ("overview", "behind", "awards", "services", "help", "ask")),
        "menu_chat_bar",
        "slow_down",
        "not_admin",
        "console_welcome",
        "console_you",
        "bot_name",
        "command_start",
        "command_help",
        *(f"web_{k}" for k in ("title", "log", "question", "placeholder", "send", "suggestions", "sources", "share")),
        *(f"web_{k}" for k in ("chart", "col_name", "col_value", "col_target", "col_share", "error", "too_long")),
    }
)


@dataclass(frozen=True)
class Replies:
    """The sentences by key and language; `sources` fills the {sources} slot every sentence may use;
    `units` says where a unit goes around its number ("ร้อยละ {n}", "{n}%"), "{n} {unit}" otherwise."""

    words: Mapping[str, Mapping[str, str]]
    sources: Mapping[str, str]
    units: Mapping[str, str]

    def say(self, key: str, lang: str, **slots: object) -> str:
        return self.words[key][lang].format(sources=self.sources[lang], **slots)

    def year(self, value: int, lang: str) -> str:
        """A Buddhist-era year as each language writes it: 2564, or 2564 (2021)."""
        return self.say("year", lang, be=value, ce=value - BE_OFFSET)
