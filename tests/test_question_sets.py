"""Accuracy on the project's own question sets, written in many styles (never copied from the dev set).

Each item says what a correct answer holds; a fallback where a fact was expected is a miss, and an
answer without the expected facts is "confidently wrong", which matters most for a government bot.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.conftest import scored

SETS = [
    "questions.jsonl",
    "heldout.jsonl",
    "fresh.jsonl",
    "fresh_dialogues.jsonl",
    "fresh2.jsonl",
    "fresh3.jsonl",
    "fresh4.jsonl",
    "fresh4_dialogues.jsonl",
    "fresh5.jsonl",
    "fresh6.jsonl",
    "fresh7.jsonl",
    "fresh8.jsonl",
    "fresh9.jsonl",
]


@pytest.mark.parametrize("name", SETS)
def test_question_set_accuracy(engine: Engine, name: str) -> None:
    results = scored(engine, name)
    accuracy = sum(ok for _, ok, _ in results) / len(results)
    wrong = [i for i, _, w in results if w]
    assert accuracy >= 0.95, [i for i, ok, _ in results if not ok]
    assert len(wrong) / len(results) <= 0.02, wrong


# Sets below the 0.95 / 0.02 bar, written for later issues before their code: each guards what stands
# (accuracy at least, confidently wrong at most), set at the score last measured (the scorer's three
# places, give or take half of the last), so that one answer lost fails.
BELOW_THE_BAR = {
    "wholereport.jsonl": (0.9515, 0.0385),
    "wholereport_dialogues.jsonl": (0.8745, 0.0755),
    "answerable_th.jsonl": (0.9845, 0.0155),
    "answerable_en.jsonl": (0.9995, 0.0005),
    "answerable_fresh.jsonl": (0.9995, 0.0005),  # its misses were looked at: no longer an untuned check
    "answerable_fresh2.jsonl": (0.9995, 0.0005),  # 0.957 / 0.043 on first contact; its misses were looked at since
    "wholereport_fresh.jsonl": (0.9555, 0.0155),  # 0.721 / 0.147 on first contact; its patterns were mended since
    "answerable_fresh3.jsonl": (0.9995, 0.0005),  # 0.887 / 0.087 on first contact; its patterns were mended since
    "answerable_fresh4.jsonl": (0.9995, 0.0005),  # 0.900 / 0.078 on first contact; its patterns were mended since
    "wholereport_fresh2.jsonl": (0.9875, 0.0005),  # 0.889 / 0.049 on first contact; its patterns were mended since
    "answerable_fresh5.jsonl": (0.9895, 0.0005),  # 0.890 / 0.070 on first contact; its patterns were mended since
    "wholereport_fresh3.jsonl": (0.9635, 0.0125),  # 0.759 / 0.096 on first contact; its patterns were mended since
    "answerable_fresh6.jsonl": (0.9895, 0.0105),  # 0.930 / 0.050 on first contact; its patterns were mended since
    "wholereport_fresh4.jsonl": (0.9005, 0.0495),  # 0.741 / 0.148 on first contact; some of its patterns mended since
    "answerable_fresh7.jsonl": (0.9995, 0.0005),  # 0.938 / 0.037 on first contact; its misses were looked at since
    "wholereport_fresh5.jsonl": (0.9825, 0.0175),  # 0.917 / 0.050 on first contact; one miss mended since
    "answerable_fresh8.jsonl": (0.9995, 0.0005),  # 0.930 / 0.050 on first contact; its misses were looked at since
    # "what share of the entries won?" was declined for a while (the report states no share); since the awards
    # figure names its whole of other things (of_unit: 234 of 1,688 entries), the share is told: 73/74
    "wholereport_fresh6.jsonl": (0.9855, 0.014),  # 0.703 / 0.176 on first contact; its patterns were mended since
    "answerable_fresh9.jsonl": (0.9995, 0.0005),  # 0.950 / 0.037 on first contact; its misses were looked at since
    "wholereport_fresh7.jsonl": (0.9815, 0.0005),  # 0.818 / 0.145 on first contact; some of its patterns mended since
    "answerable_fresh10.jsonl": (0.9995, 0.0005),  # 0.989 / 0.011 on first contact; its one miss mended since
    "wholereport_fresh8.jsonl": (0.9475, 0.0005),  # 0.741 / 0.121 on first contact; some of its patterns mended since
    "answerable_fresh11.jsonl": (0.9885, 0.0115),  # 0.889 / 0.078 on first contact; some of its misses mended since
    "wholereport_fresh9.jsonl": (0.9175, 0.0335),  # 0.754 / 0.148 on first contact; some of its patterns mended since
    "wholereport_fresh10.jsonl": (0.9025, 0.081),  # 0.790 / 0.177 on first contact; a few of its patterns mended since
    "answerable_fresh12.jsonl": (0.9995, 0.0005),  # 0.933 / 0.067 on first contact; its patterns mended since
    "wholereport_fresh11.jsonl": (0.9835, 0.0165),  # 0.857 / 0.127 on first contact; some of its patterns mended since
    "answerable_fresh13.jsonl": (0.9905, 0.0095),  # 0.925 / 0.056 on first contact; some of its misses mended since
    "wholereport_fresh12.jsonl": (0.9365, 0.0325),  # 0.825 / 0.111 on first contact; some of its patterns mended since
    # written at the end of a session and scored on its final code (9bc7c09): its first contact is that
    # session's honest measure; two data fixes (เฉียดสุด, portal spellings) since
    "answerable_fresh14.jsonl": (0.9865, 0.0135),  # 0.949 / 0.026 on first contact
    "wholereport_fresh13.jsonl": (0.9615, 0.0005),  # 0.865 / 0.096 on first contact
    # written at the start of the next session, scored on its starting code (e4a1b6c) before any change
    "answerable_fresh15.jsonl": (0.9995, 0.0005),  # 0.977 / 0.023 on first contact; its two misses mended since
    "wholereport_fresh14.jsonl": (0.9835, 0.0165),  # 0.889 / 0.063 on first contact; some of its misses mended
    # written mid-session, scored on 3710dc2 before any change for them (one answerable_fresh16 item relabelled:
    # the covering letter does give the e-mail address the writer took for out of scope)
    "answerable_fresh16.jsonl": (0.9995, 0.0005),  # 0.958 / 0.032 on first contact
    "wholereport_fresh15.jsonl": (0.9375, 0.0155),  # 0.800 / 0.123 on first contact
    # written at the start of the next session, scored on its starting code (869caef) before any change
    "answerable_fresh17.jsonl": (0.9885, 0.0005),  # 0.967 / 0.022 on first contact
    "wholereport_fresh16.jsonl": (0.8975, 0.0805),  # 0.784 / 0.170 on first contact
    # written mid-session, scored on 7517784 before any change for it
    "wholereport_fresh17.jsonl": (0.9365, 0.0515),  # 0.861 / 0.114 on first contact
    # written near the session's end, scored on 934d60c before any change for it
    "answerable_fresh18.jsonl": (0.9895, 0.0105),  # 0.948 / 0.041 on first contact
    # written at the start of the next session, scored on its starting code (ee05cc5) before any change
    "answerable_fresh19.jsonl": (0.9995, 0.0005),  # 0.930 / 0.050 on first contact
    "wholereport_fresh18.jsonl": (0.9885, 0.0115),  # 0.933 / 0.044 on first contact
    # written mid-session, scored on 6447c42 before any change for it
    "answerable_fresh20.jsonl": (0.9895, 0.0105),  # 0.940 / 0.040 on first contact
    # written late in the session, scored on 8d30bb1 before any change for it
    "wholereport_fresh19.jsonl": (0.9655, 0.0115),  # 0.886 / 0.068 on first contact
    # written at the start of the session after, scored on its starting code (24658e9) before any change
    "answerable_fresh21.jsonl": (0.9895, 0.0105),  # 0.920 / 0.070 on first contact
    "wholereport_fresh20.jsonl": (0.9675, 0.0225),  # 0.806 / 0.151 on first contact
    # written mid-session, scored on 4d46d21 before any change for them
    "answerable_fresh22.jsonl": (0.9995, 0.0005),  # 0.950 / 0.040 on first contact
    "wholereport_fresh21.jsonl": (0.9365, 0.0425),  # 0.853 / 0.126 on first contact
    # written late in the session, scored on 0d283d5 before any change for them
    "answerable_fresh23.jsonl": (0.9895, 0.0105),  # 0.940 / 0.060 on first contact
    "wholereport_fresh22.jsonl": (0.9675, 0.0225),  # 0.925 / 0.065 on first contact
    # written at the start of the session after, scored on its starting code (0a004a0) before any change (one
    # label of each corrected: the covering letter gives the e-mail; an English question wanted Thai words)
    "answerable_fresh24.jsonl": (0.9995, 0.0005),  # 0.940 / 0.030 on first contact
    "wholereport_fresh23.jsonl": (0.9785, 0.0115),  # 0.947 / 0.032 on first contact
    # written mid-session, scored on e5172f3 before any change for them
    "answerable_fresh25.jsonl": (0.9695, 0.0205),  # 0.930 / 0.060 on first contact
    "wholereport_fresh24.jsonl": (0.9895, 0.0105),  # 0.896 / 0.083 on first contact
    # written late in the session, scored on 69a9ede before any change for them
    "answerable_fresh26.jsonl": (0.9995, 0.0005),  # 0.930 / 0.070 on first contact
    "wholereport_fresh25.jsonl": (0.9685, 0.0205),  # 0.888 / 0.082 on first contact
    "answerable_fresh27.jsonl": (0.9515, 0.0325),  # 0.895 / 0.089 on first contact
    "wholereport_fresh26.jsonl": (0.8605, 0.0795),  # 0.762 / 0.158 on first contact
    # written at the start of the session after, scored on its starting code (6099f79) before any change (one
    # answerable_fresh28 label corrected: the covering letter gives the division's e-mail)
    "answerable_fresh28.jsonl": (0.9665, 0.0255),  # 0.933 / 0.050 on first contact
    "wholereport_fresh27.jsonl": (0.9505, 0.0495),  # 0.902 / 0.098 on first contact
    # written mid-session, scored on 00df3c3 before any change for them (six answerable_fresh29 labels
    # corrected: English questions whose expected words were the report's Thai, now the English answer's)
    "answerable_fresh29.jsonl": (0.9435, 0.0245),  # 0.895 / 0.073 on first contact
    "wholereport_fresh28.jsonl": (0.9755, 0.0165),  # 0.921 / 0.071 on first contact
    # written at the start of the session after, scored on 8134fe1 before any change for them (one
    # answerable_fresh30 label corrected: the covering letter gives the division's e-mail)
    "answerable_fresh30.jsonl": (0.9835, 0.0165),  # 0.952 / 0.048 on first contact
    "wholereport_fresh29.jsonl": (0.9595, 0.0405),  # 0.887 / 0.105 on first contact
    # written at the start of the session after, scored on its starting code (2992aa9) before any change. The
    # answerable_fresh31 writer's brief lost its rules: it ran the bot and widened one label (af31-048, "VAT");
    # nine English questions whose expected words were the report's Thai now expect the English answer's
    "answerable_fresh31.jsonl": (0.9695, 0.0155),  # 0.904 / 0.067 on first contact
    "answerable_fresh32.jsonl": (0.9595, 0.0245),  # 0.927 / 0.048 on first contact
    "wholereport_fresh30.jsonl": (0.9665, 0.0085),  # 0.926 / 0.050 on first contact
    # written mid-session, scored on db0791b (the session's first changes, made before the sets were read)
    "answerable_fresh33.jsonl": (0.9825, 0.0175),  # 0.967 / 0.017 on first contact
    "wholereport_fresh31.jsonl": (0.9745, 0.0255),  # 0.941 / 0.051 on first contact
    "answerable_fresh34.jsonl": (0.9905, 0.0005),  # 0.973 / 0.018 on first contact
    "wholereport_fresh32.jsonl": (0.9895, 0.0105),  # 0.931 / 0.049 on first contact
    "answerable_fresh35.jsonl": (0.9905, 0.0),  # 0.991 / 0.000 on first contact (34/34 out of scope declined)
    "wholereport_fresh33.jsonl": (0.9515, 0.0295),  # 0.923 / 0.048 on first contact (34/34 out of scope declined)
    "answerable_fresh36.jsonl": (0.9905, 0.0095),  # 0.972 / 0.028 on first contact
    # written at the start of the session after, scored on its starting code (d35ccd8) before any change
    "answerable_fresh37.jsonl": (0.9905, 0.0095),  # 0.982 / 0.018 on first contact (40/40 out of scope declined)
    "wholereport_fresh34.jsonl": (0.9805, 0.0195),  # 0.935 / 0.047 on first contact (36/38 out of scope declined)
    # written mid-session, scored on 4d6f290 before any change for it
    "answerable_fresh38.jsonl": (0.9815, 0.0185),  # 0.955 / 0.036 on first contact (36/40 out of scope declined)
    # written late in the session, scored on 3a4cc53 before any change for it
    "wholereport_fresh35.jsonl": (0.9425, 0.0575),  # 0.895 / 0.095 on first contact (33/36 out of scope declined)
    # written at the start of the session after, scored on its starting code (6fd043c) before any change
    "answerable_fresh39.jsonl": (0.9995, 0.0005),  # 0.939 / 0.061 on first contact (37/43 out of scope declined)
    "wholereport_fresh36.jsonl": (0.9435, 0.0465),  # 0.926 / 0.056 on first contact (32/35 out of scope declined)
    # written mid-session, scored on c41bb16 before any change for it
    "answerable_fresh40.jsonl": (0.9995, 0.0005),  # 0.965 / 0.035 on first contact (37/41 out of scope declined)
    # written late in the session, scored on f9b5b6c before any change for it
    "wholereport_fresh37.jsonl": (0.8925, 0.0585),  # 0.854 / 0.097 on first contact (30/33 out of scope declined)
    # written at the start of the next session, scored on 39e294f before any change for it
    "answerable_fresh41.jsonl": (0.9825, 0.0175),  # 0.974 / 0.026 on first contact (41/44 out of scope declined)
    # (0.983 mid-session; "ชาวต่างชาติ" taken out as an attribute, as foreign tourists carry it)
    "wholereport_fresh38.jsonl": (0.9415, 0.0295),  # 0.846 / 0.096 on first contact (32/39 out of scope declined)
    # written at the start of the next session, scored on c5c31ed before any change for it (answerable_fresh42's
    # writer had no format brief and followed the dev set's layout)
    "answerable_fresh42.jsonl": (0.9785, 0.0005),  # 0.937 / 0.032 on first contact (33/35 out of scope declined)
    "answerable_fresh43.jsonl": (0.9785, 0.0215),  # 0.948 / 0.031 on first contact (30/32 out of scope declined)
    "wholereport_fresh39.jsonl": (0.9645, 0.0355),  # 0.918 / 0.059 on first contact (26/28 out of scope declined)
    # written mid-session, scored on f73f093 before any change for it
    "answerable_fresh44.jsonl": (0.9475, 0.0315),  # 0.938 / 0.031 on first contact (28/31 out of scope declined)
    # written late in the session, scored on 9e10453 before any change for it
    "wholereport_fresh40.jsonl": (0.9755, 0.0245),  # 0.929 / 0.071 on first contact (27/30 out of scope declined)
    # written at the start of the next session, scored on 037ac16 before any change for it
    "answerable_fresh45.jsonl": (0.9895, 0.0105),  # 0.990 / 0.010 on first contact (35/35 out of scope declined)
    "answerable_fresh46.jsonl": (0.9785, 0.0005),  # 0.969 / 0.010 on first contact (34/35 out of scope declined)
    "wholereport_fresh41.jsonl": (0.9645, 0.0125),  # 0.884 / 0.081 on first contact (28/30 out of scope declined)
    # written mid-session, scored on 62fd809 before any change for it
    "answerable_fresh47.jsonl": (0.9895, 0.0105),  # 0.969 / 0.031 on first contact (31/34 out of scope declined)
    "wholereport_fresh42.jsonl": (0.9885, 0.0115),  # 0.944 / 0.045 on first contact (33/35 out of scope declined)
    "answerable_fresh48.jsonl": (0.9895, 0.0105),  # 0.948 / 0.052 on first contact (32/36 out of scope declined)
    "wholereport_fresh43.jsonl": (0.9675, 0.0215),  # 0.926 / 0.043 on first contact (35/36 out of scope declined)
    "answerable_fresh49.jsonl": (0.9685, 0.0215),  # 0.938 / 0.052 on first contact (33/38 out of scope declined)
    "wholereport_fresh44.jsonl": (0.8395, 0.0965),  # 0.798 / 0.128 on first contact (28/35 out of scope declined)
}


@pytest.mark.parametrize("name", BELOW_THE_BAR)
def test_question_sets_below_the_bar_keep_what_stands(engine: Engine, name: str) -> None:
    results = scored(engine, name)
    least, most = BELOW_THE_BAR[name]
    assert sum(ok for _, ok, _ in results) / len(results) >= least, [i for i, ok, _ in results if not ok]
    assert sum(w for _, _, w in results) / len(results) <= most, [i for i, _, w in results if w]
