"""The LINE rich menu: six buttons drawn on one image with the Thai font the project ships, created through
the Messaging API and made every user's default.

The menu is known by its name: running `python -m bot line rich-menu` again replaces the menu it made
before and leaves menus made by anyone else (a campaign, the Official Account Manager) alone.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    MessagingApiBlob,
    PostbackAction,
    RichMenuArea,
    RichMenuBounds,
    RichMenuRequest,
    RichMenuSize,
)
from PIL import Image, ImageDraw, ImageFont

from bot.channels.menu import BUTTONS, MENU_PREFIX, Button
from bot.channels.text import cut
from bot.core.replies import Replies

MENU_NAME = "nonglert-main"  # how a later run recognises the menu it made; never shown to users
WIDTH, HEIGHT = 2500, 1686  # LINE's large menu size
COLUMNS, ROWS = 3, 2
IMAGE_LIMIT = 1_000_000  # LINE refuses menu images over 1 MB
IMAGE_TYPE = "image/png"  # flat colours and text: PNG is sharp and small
LABEL_LIMIT = 20  # an action's label
DISPLAY_LIMIT = 300  # an action's displayText
CHAT_BAR_LIMIT = 14
FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
GAP = 6  # white lines between the buttons, so they read as buttons
WHITE = "#ffffff"
COLOURS = {  # dark enough for white text
    "menu_overview": "#1a7f37",
    "menu_behind": "#bc4c00",
    "menu_awards": "#9a6700",
    "menu_services": "#0969da",
    "menu_help": "#8250df",
    "menu_ask": "#57606a",
}

Box = tuple[int, int, int, int]  # x, y, width, height
Draw = ImageDraw.ImageDraw


def cells() -> list[Box]:
    """The buttons' areas, row by row: they tile the whole image, so every tap lands on a button."""
    xs = [round(i * WIDTH / COLUMNS) for i in range(COLUMNS + 1)]
    ys = [round(i * HEIGHT / ROWS) for i in range(ROWS + 1)]
    return [(xs[c], ys[r], xs[c + 1] - xs[c], ys[r + 1] - ys[r]) for r in range(ROWS) for c in range(COLUMNS)]


# ---- the image ------------------------------------------------------------------------------------
def _bars(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    width = 2 * r / 4
    for i, share in enumerate((0.45, 0.75, 1.0)):
        left = cx - r + i * (2 * r - width) / 2
        draw.rounded_rectangle((left, cy + r - 2 * r * share, left + width, cy + r), radius=14, fill=WHITE)


def _target(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    for ring in (r, r * 0.64):
        draw.ellipse((cx - ring, cy - ring, cx + ring, cy + ring), outline=WHITE, width=24)
    dot = r * 0.24
    draw.ellipse((cx - dot, cy - dot, cx + dot, cy + dot), fill=WHITE)


def _star(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    points = []
    for i in range(10):
        radius, angle = (r if i % 2 == 0 else r * 0.45), math.pi * (i / 5 - 0.5)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=WHITE)


def _grid(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    side = r * 0.85
    for dx in (-1, 1):
        for dy in (-1, 1):
            x, y = cx + dx * r * 0.5, cy + dy * r * 0.5
            draw.rounded_rectangle((x - side / 2, y - side / 2, x + side / 2, y + side / 2), radius=24, fill=WHITE)


def _question(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    draw.text((cx, cy), "?", font=ImageFont.truetype(FONTS / "Loma-Bold.ttf", round(r * 1.5)), fill=colour, anchor="mm")


def _bubble(draw: Draw, cx: float, cy: float, r: float, colour: str) -> None:
    draw.rounded_rectangle((cx - r, cy - r * 0.8, cx + r, cy + r * 0.5), radius=round(r * 0.3), fill=WHITE)
    draw.polygon([(cx - r * 0.5, cy + r * 0.45), (cx - r * 0.55, cy + r), (cx - r * 0.05, cy + r * 0.45)], fill=WHITE)
    for dx in (-0.5, 0, 0.5):
        dot = r * 0.12
        x, y = cx + dx * r, cy - r * 0.15
        draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=colour)


ICONS: dict[str, Callable[[Draw, float, float, float, str], None]] = {
    "menu_overview": _bars,
    "menu_behind": _target,
    "menu_awards": _star,
    "menu_services": _grid,
    "menu_help": _question,
    "menu_ask": _bubble,
}


def _fitted(draw: Draw, text: str, font_file: str, size: int, width: float) -> ImageFont.FreeTypeFont:
    """The font at `size`, or smaller until the text fits the button's width."""
    font = ImageFont.truetype(FONTS / font_file, size)
    while size > 24 and draw.textlength(text, font=font) > width:
        size -= 4
        font = ImageFont.truetype(FONTS / font_file, size)
    return font


def menu_image(say: Replies) -> bytes:
    """The menu as a PNG: on each button an icon, its Thai label and, smaller, its English one."""
    image = Image.new("RGB", (WIDTH, HEIGHT), WHITE)
    draw = ImageDraw.Draw(image)
    for button, (x, y, w, h) in zip(BUTTONS, cells(), strict=True):
        colour = COLOURS[button.event]
        draw.rectangle((x + GAP, y + GAP, x + w - 1 - GAP, y + h - 1 - GAP), fill=colour)
        cx, room = x + w / 2, w - 120
        ICONS[button.event](draw, cx, y + h * 0.36, 150, colour)
        thai, english = say.say(button.label, "th"), say.say(button.label, "en")
        draw.text(
            (cx, y + h * 0.7), thai, font=_fitted(draw, thai, "Loma-Bold.ttf", 120, room), fill=WHITE, anchor="mm"
        )
        draw.text(
            (cx, y + h * 0.85), english, font=_fitted(draw, english, "Loma.ttf", 64, room), fill=WHITE, anchor="mm"
        )
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    data = out.getvalue()
    if len(data) > IMAGE_LIMIT:
        raise ValueError(f"the menu image is {len(data)} bytes; LINE takes at most {IMAGE_LIMIT}")
    return data


# ---- the menu at LINE -----------------------------------------------------------------------------
def action(button: Button, say: Replies) -> PostbackAction:
    """A postback naming the button's event (the adapter hands it to the core); the chat shows the label as
    what was tapped, and the ask button opens the keyboard."""
    label = say.say(button.label, "th")
    return PostbackAction(
        label=cut(label, LABEL_LIMIT),
        data=MENU_PREFIX + button.event,
        display_text=cut(label, DISPLAY_LIMIT),
        input_option="openKeyboard" if button.typing else None,
    )


def menu_request(say: Replies) -> RichMenuRequest:
    areas = [
        RichMenuArea(bounds=RichMenuBounds(x=x, y=y, width=w, height=h), action=action(button, say))
        for button, (x, y, w, h) in zip(BUTTONS, cells(), strict=True)
    ]
    return RichMenuRequest(
        size=RichMenuSize(width=WIDTH, height=HEIGHT),
        selected=True,  # shown open when a chat starts
        name=MENU_NAME,
        chat_bar_text=cut(say.say("menu_chat_bar", "th"), CHAT_BAR_LIMIT),
        areas=areas,
    )


@dataclass(frozen=True)
class Published:
    menu_id: str
    replaced: tuple[str, ...]  # the menus this command made before, now deleted


def publish(token: str, api_base_url: str, data_api_base_url: str, request: RichMenuRequest, image: bytes) -> Published:
    """Create the menu, upload its image (to LINE's data host) and make it the default; only then delete
    the menus of the same name made before, so users are never left without one. A run that fails half-way
    leaves a menu of our name, which the next run deletes."""
    with (
        ApiClient(Configuration(host=api_base_url, access_token=token)) as client,
        ApiClient(Configuration(host=data_api_base_url, access_token=token)) as data_client,
    ):
        api = MessagingApi(client)
        earlier = tuple(m.rich_menu_id for m in api.get_rich_menu_list().richmenus if m.name == request.name)
        menu_id = api.create_rich_menu(request).rich_menu_id
        MessagingApiBlob(data_client).set_rich_menu_image(menu_id, body=image, _headers={"Content-Type": IMAGE_TYPE})
        api.set_default_rich_menu(menu_id)
        for old in earlier:
            api.delete_rich_menu(old)
    return Published(menu_id, earlier)
