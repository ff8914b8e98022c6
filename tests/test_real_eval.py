"""The parser scored on real pages (corpus/realdev: the shared dev set; corpus/realset: our
second set, and corpus/realblind: a third, both annotated blind and checked by a second
reader; corpus/realfour to corpus/realonehundredeleven: one hundred and eight more, the same way) and on the seeds, with floors.

Floors only go up: when a change raises a score, raise its floor in the same commit. A
change that lowers one must say why in its commit (a gold correction, never a rule keyed
to one page). The scoring rule is `parsers.evaluate` (the shared scorer's matching).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.evaluate import Score, evaluate

REPO = Path(__file__).resolve().parent.parent

# (gold, texts, fact F1, periods, campaigns F1, published)
SETS = [
    pytest.param("corpus/realdev/gold.json", "corpus/realdev/texts", 0.994, 0.96, 0.99, 0.99, id="dev-30-real-pages"),
    pytest.param("corpus/realset/gold.json", "corpus/realset/texts", 0.964, 0.941, 0.957, 0.995, id="second-set-44-real-pages"),
    pytest.param("corpus/realblind/gold.json", "corpus/realblind/texts", 0.931, 0.99, 0.915, 0.95, id="third-set-20-real-pages"),
    pytest.param("corpus/realfour/gold.json", "corpus/realfour/texts", 0.95, 0.97, 0.84, 0.95, id="fourth-set-20-real-pages"),
    pytest.param("corpus/realfive/gold.json", "corpus/realfive/texts", 0.965, 0.99, 0.91, 0.95, id="fifth-set-20-real-pages"),
    pytest.param("corpus/realsix/gold.json", "corpus/realsix/texts", 0.955, 0.99, 0.99, 0.99, id="sixth-set-20-real-pages"),
    pytest.param("corpus/realseven/gold.json", "corpus/realseven/texts", 0.97, 0.975, 0.914, 0.995, id="seventh-set-20-real-pages"),
    pytest.param("corpus/realeight/gold.json", "corpus/realeight/texts", 0.93, 0.995, 0.972, 0.995, id="eighth-set-20-real-pages"),
    pytest.param("corpus/realnine/gold.json", "corpus/realnine/texts", 0.965, 0.801, 0.949, 0.95, id="ninth-set-20-real-pages"),
    pytest.param("corpus/realten/gold.json", "corpus/realten/texts", 0.885, 0.95, 0.99, 0.95, id="tenth-set-20-real-pages"),
    pytest.param("corpus/realeleven/gold.json", "corpus/realeleven/texts", 0.943, 0.635, 0.995, 0.95, id="eleventh-set-20-real-pages"),
    pytest.param("corpus/realtwelve/gold.json", "corpus/realtwelve/texts", 0.946, 0.901, 0.95, 0.995, id="twelfth-set-20-real-pages"),
    pytest.param("corpus/realthirteen/gold.json", "corpus/realthirteen/texts", 0.943, 0.885, 0.915, 0.945, id="thirteenth-set-20-real-pages"),
    pytest.param("corpus/realfourteen/gold.json", "corpus/realfourteen/texts", 0.955, 0.873, 0.92, 0.995, id="fourteenth-set-20-real-pages"),
    pytest.param("corpus/realfifteen/gold.json", "corpus/realfifteen/texts", 0.927, 0.887, 0.9, 0.99, id="fifteenth-set-20-real-pages"),
    # campaigns floor lowered from 0.99 (05a8b18): K11's gold lists “1.11”非法捕捞案 and “7.12”污染专案,
    # which the rule that another crime's case code is no fraud campaign now leaves out
    pytest.param("corpus/realsixteen/gold.json", "corpus/realsixteen/texts", 0.943, 0.911, 0.918, 0.995, id="sixteenth-set-20-real-pages"),
    pytest.param("corpus/realseventeen/gold.json", "corpus/realseventeen/texts", 0.93, 0.843, 0.99, 0.945, id="seventeenth-set-20-real-pages"),
    pytest.param("corpus/realeighteen/gold.json", "corpus/realeighteen/texts", 0.888, 0.934, 0.951, 0.995, id="eighteenth-set-20-real-pages"),
    pytest.param("corpus/realnineteen/gold.json", "corpus/realnineteen/texts", 0.953, 0.99, 0.99, 0.95, id="nineteenth-set-20-real-pages"),
    pytest.param("corpus/realtwenty/gold.json", "corpus/realtwenty/texts", 0.945, 0.98, 0.877, 0.939, id="twentieth-set-18-real-pages"),
    pytest.param("corpus/realtwentyone/gold.json", "corpus/realtwentyone/texts", 0.877, 0.995, 0.88, 0.995, id="twenty-first-set-19-real-pages"),
    pytest.param("corpus/realtwentytwo/gold.json", "corpus/realtwentytwo/texts", 0.958, 0.938, 0.9, 0.94, id="twenty-second-set-18-real-pages"),
    pytest.param("corpus/realtwentythree/gold.json", "corpus/realtwentythree/texts", 0.879, 0.71, 0.995, 0.99, id="twenty-third-set-18-real-pages"),
    pytest.param("corpus/realtwentyfour/gold.json", "corpus/realtwentyfour/texts", 0.881, 0.852, 0.995, 0.85, id="twenty-fourth-set-20-real-pages"),
    pytest.param("corpus/realtwentyfive/gold.json", "corpus/realtwentyfive/texts", 0.909, 0.946, 0.94, 0.889, id="twenty-fifth-set-19-real-pages"),
    pytest.param("corpus/realtwentysix/gold.json", "corpus/realtwentysix/texts", 0.912, 0.828, 0.962, 0.895, id="twenty-sixth-set-20-real-pages"),
    pytest.param("corpus/realtwentyseven/gold.json", "corpus/realtwentyseven/texts", 0.908, 0.828, 0.995, 1, id="twenty-seventh-set-19-real-pages"),
    pytest.param("corpus/realtwentyeight/gold.json", "corpus/realtwentyeight/texts", 0.887, 0.945, 0.828, 0.932, id="twenty-eighth-set-16-real-pages"),
    pytest.param("corpus/realtwentynine/gold.json", "corpus/realtwentynine/texts", 0.893, 0.895, 1, 0.93, id="twenty-ninth-set-16-real-pages"),
    pytest.param("corpus/realthirty/gold.json", "corpus/realthirty/texts", 0.906, 0.995, 0.852, 0.995, id="thirtieth-set-13-real-pages"),
    pytest.param("corpus/realthirtyone/gold.json", "corpus/realthirtyone/texts", 0.88, 0.911, 0.995, 0.889, id="thirty-first-set-19-real-pages"),
    pytest.param("corpus/realthirtytwo/gold.json", "corpus/realthirtytwo/texts", 0.805, 0.995, 0.883, 0.995, id="thirty-second-set-14-real-pages"),
    pytest.param("corpus/realthirtythree/gold.json", "corpus/realthirtythree/texts", 0.907, 0.995, 0.936, 0.995, id="thirty-third-set-10-real-pages"),
    pytest.param("corpus/realthirtyfour/gold.json", "corpus/realthirtyfour/texts", 0.911, 0.837, 0.852, 0.995, id="thirty-fourth-set-19-real-pages"),
    pytest.param("corpus/realthirtyfive/gold.json", "corpus/realthirtyfive/texts", 0.852, 0.995, 0.995, 0.995, id="thirty-fifth-set-12-real-pages"),
    pytest.param("corpus/realthirtysix/gold.json", "corpus/realthirtysix/texts", 0.726, 0.995, 0.936, 0.995, id="thirty-sixth-set-9-real-pages"),
    pytest.param("corpus/realthirtyseven/gold.json", "corpus/realthirtyseven/texts", 0.924, 0.852, 0.995, 0.995, id="thirty-seventh-set-6-real-pages"),
    pytest.param("corpus/realthirtyeight/gold.json", "corpus/realthirtyeight/texts", 0.98, 0.813, 0.828, 0.883, id="thirty-eighth-set-9-real-pages"),
    pytest.param("corpus/realthirtynine/gold.json", "corpus/realthirtynine/texts", 0.758, 0.904, 0.828, 0.945, id="thirty-ninth-set-20-real-pages"),
    pytest.param("corpus/realforty/gold.json", "corpus/realforty/texts", 0.886, 0.745, 0.895, 0.995, id="fortieth-set-18-real-pages"),
    pytest.param("corpus/realfortyone/gold.json", "corpus/realfortyone/texts", 0.932, 0.965, 0.995, 0.995, id="forty-first-set-20-real-pages"),
    pytest.param("corpus/realfortythree/gold.json", "corpus/realfortythree/texts", 0.892, 0.773, 0.951, 0.945, id="forty-third-set-20-real-pages"),
    pytest.param("corpus/realfortytwo/gold.json", "corpus/realfortytwo/texts", 0.879, 0.995, 0.995, 0.995, id="forty-second-set-20-real-pages"),
    pytest.param("corpus/realfortyfour/gold.json", "corpus/realfortyfour/texts", 0.867, 0.923, 0.995, 0.995, id="forty-fourth-set-19-real-pages"),
    pytest.param("corpus/realfortyfive/gold.json", "corpus/realfortyfive/texts", 0.944, 0.875, 0.918, 0.995, id="forty-fifth-set-20-real-pages"),
    pytest.param("corpus/realfortysix/gold.json", "corpus/realfortysix/texts", 0.824, 0.895, 0.995, 0.995, id="forty-sixth-set-15-real-pages"),
    pytest.param("corpus/realfortyseven/gold.json", "corpus/realfortyseven/texts", 0.855, 0.995, 0.995, 0.995, id="forty-seventh-set-11-real-pages"),
    pytest.param("corpus/realfortyeight/gold.json", "corpus/realfortyeight/texts", 0.828, 0.921, 0.995, 0.995, id="forty-eighth-set-15-real-pages"),
    # periods 0.884 → 0.722: AY11's two 此外 figures now match in region, so their missing
    # periods are scored (8 of 9 → 8 of 11); F1 rose 0.689 → 0.767
    pytest.param("corpus/realfortynine/gold.json", "corpus/realfortynine/texts", 0.775, 0.722, 0.852, 0.995, id="forty-ninth-set-11-real-pages"),
    pytest.param("corpus/realfifty/gold.json", "corpus/realfifty/texts", 0.913, 0.995, 0.995, 0.995, id="fiftieth-set-13-real-pages"),
    pytest.param("corpus/realfiftyone/gold.json", "corpus/realfiftyone/texts", 0.781, 0.662, 0.795, 0.924, id="fifty-first-set-14-real-pages"),
    pytest.param("corpus/realfiftytwo/gold.json", "corpus/realfiftytwo/texts", 0.833, 0.884, 0.995, 0.918, id="fifty-second-set-13-real-pages"),
    pytest.param("corpus/realfiftythree/gold.json", "corpus/realfiftythree/texts", 0.836, 0.795, 0.662, 0.995, id="fifty-third-set-19-real-pages"),
    pytest.param("corpus/realfiftyfour/gold.json", "corpus/realfiftyfour/texts", 0.799, 0.828, 0.795, 0.895, id="fifty-fourth-set-20-real-pages"),
    pytest.param("corpus/realfiftyfive/gold.json", "corpus/realfiftyfive/texts", 0.866, 0.595, 0.995, 0.995, id="fifty-fifth-set-20-real-pages"),
    pytest.param("corpus/realfiftysix/gold.json", "corpus/realfiftysix/texts", 0.884, 0.995, 0.884, 0.89, id="fifty-sixth-set-19-real-pages"),
    # published floor lowered from 0.995: BG12's gold leaves the page undated, but its lead is a force's own yearless
    # announcement (慈溪市公安局6月29日通报) after a story of 2021年7月, which the rule (a yearless dateline takes
    # its year from context) dates 2022-06-29, as realsixtyfive BO06's gold does for 深圳警方1月14日通报
    pytest.param("corpus/realfiftyseven/gold.json", "corpus/realfiftyseven/texts", 0.791, 0.904, 0.995, 0.945, id="fifty-seventh-set-20-real-pages"),
    pytest.param("corpus/realfiftyeight/gold.json", "corpus/realfiftyeight/texts", 0.963, 0.939, 0.566, 0.936, id="fifty-eighth-set-17-real-pages"),
    pytest.param("corpus/realfiftynine/gold.json", "corpus/realfiftynine/texts", 0.799, 0.995, 0.995, 0.918, id="fifty-ninth-set-13-real-pages"),
    pytest.param("corpus/realsixty/gold.json", "corpus/realsixty/texts", 0.877, 0.813, 0.995, 0.942, id="sixtieth-set-19-real-pages"),
    pytest.param("corpus/realsixtyone/gold.json", "corpus/realsixtyone/texts", 0.904, 0.995, 0.995, 0.995, id="sixty-first-set-3-real-pages"),
    pytest.param("corpus/realsixtytwo/gold.json", "corpus/realsixtytwo/texts", 0.775, 0.773, 0.995, 0.995, id="sixty-second-set-17-real-pages"),
    pytest.param("corpus/realsixtythree/gold.json", "corpus/realsixtythree/texts", 0.676, 0.424, 0.995, 0.995, id="sixty-third-set-9-real-pages"),
    pytest.param("corpus/realsixtyfour/gold.json", "corpus/realsixtyfour/texts", 0.896, 0.46, 0.995, 0.945, id="sixty-fourth-set-19-real-pages"),
    pytest.param("corpus/realsixtyfive/gold.json", "corpus/realsixtyfive/texts", 0.89, 0.25, 0.995, 0.995, id="sixty-fifth-set-9-real-pages"),
    pytest.param("corpus/realsixtysix/gold.json", "corpus/realsixtysix/texts", 0.969, 0.828, 0.995, 0.83, id="sixty-sixth-set-6-real-pages"),
    pytest.param("corpus/realsixtyseven/gold.json", "corpus/realsixtyseven/texts", 0.771, 0.995, 0.66, 0.995, id="sixty-seventh-set-16-real-pages"),
    pytest.param("corpus/realsixtyeight/gold.json", "corpus/realsixtyeight/texts", 0.958, 0.995, 0.995, 0.995, id="sixty-eighth-set-5-real-pages"),
    pytest.param("corpus/realsixtynine/gold.json", "corpus/realsixtynine/texts", 0.824, 0.63, 0.995, 0.995, id="sixty-ninth-set-13-real-pages"),
    pytest.param("corpus/realseventy/gold.json", "corpus/realseventy/texts", 0.846, 0.995, 0.995, 0.945, id="seventieth-set-21-real-pages"),
    pytest.param("corpus/realseventyone/gold.json", "corpus/realseventyone/texts", 0.866, 0.995, 0.795, 0.87, id="seventy-first-set-16-real-pages"),
    pytest.param("corpus/realseventytwo/gold.json", "corpus/realseventytwo/texts", 0.839, 0.995, 0.783, 0.94, id="seventy-second-set-18-real-pages"),
    pytest.param("corpus/realseventythree/gold.json", "corpus/realseventythree/texts", 0.94, 0.995, 0.918, 0.918, id="seventy-third-set-13-real-pages"),
    pytest.param("corpus/realseventyfour/gold.json", "corpus/realseventyfour/texts", 0.865, 0.995, 0.995, 0.828, id="seventy-fourth-set-6-real-pages"),
    pytest.param("corpus/realseventyfive/gold.json", "corpus/realseventyfive/texts", 0.912, 0.995, 0.995, 0.995, id="seventy-fifth-set-5-real-pages"),
    pytest.param("corpus/realseventysix/gold.json", "corpus/realseventysix/texts", 0.935, 0.0, 0.819, 0.995, id="seventy-sixth-set-9-real-pages"),
    pytest.param("corpus/realseventyseven/gold.json", "corpus/realseventyseven/texts", 0.928, 0.995, 0.828, 0.995, id="seventy-seventh-set-6-real-pages"),
    pytest.param("corpus/realseventyeight/gold.json", "corpus/realseventyeight/texts", 0.138, 0.995, 0.884, 0.995, id="seventy-eighth-set-3-real-pages"),
    pytest.param("corpus/realseventynine/gold.json", "corpus/realseventynine/texts", 0.947, 0.895, 0.995, 0.995, id="seventy-ninth-set-6-real-pages"),
    pytest.param("corpus/realeighty/gold.json", "corpus/realeighty/texts", 0.852, 0.995, 0.995, 0.995, id="eightieth-set-10-real-pages"),
    pytest.param("corpus/realeightyone/gold.json", "corpus/realeightyone/texts", 0.773, 0.495, 0.995, 0.995, id="eighty-first-set-12-real-pages"),
    pytest.param("corpus/realeightytwo/gold.json", "corpus/realeightytwo/texts", 0.95, 0.995, 0.995, 0.995, id="eighty-second-set-8-real-pages"),
    pytest.param("corpus/realeightythree/gold.json", "corpus/realeightythree/texts", 0.83, 0.0, 0.995, 0.995, id="eighty-third-set-13-real-pages"),
    pytest.param("corpus/realeightyfour/gold.json", "corpus/realeightyfour/texts", 0.828, 0.87, 0.995, 0.995, id="eighty-fourth-set-10-real-pages"),
    pytest.param("corpus/realeightyfive/gold.json", "corpus/realeightyfive/texts", 0.769, 0.995, 0.995, 0.995, id="eighty-fifth-set-8-real-pages"),
    pytest.param("corpus/realeightysix/gold.json", "corpus/realeightysix/texts", 0.895, 0.995, 0.995, 0.795, id="eighty-sixth-set-5-real-pages"),
    pytest.param("corpus/realeightyseven/gold.json", "corpus/realeightyseven/texts", 0.843, 0.995, 0.995, 0.995, id="eighty-seventh-set-11-real-pages"),
    pytest.param("corpus/realeightyeight/gold.json", "corpus/realeightyeight/texts", 0.644, 0.995, 0.995, 0.995, id="eighty-eighth-set-10-real-pages"),
    pytest.param("corpus/realeightynine/gold.json", "corpus/realeightynine/texts", 0.884, 0.995, 0.995, 0.995, id="eighty-ninth-set-4-real-pages"),
    pytest.param("corpus/realninety/gold.json", "corpus/realninety/texts", 0.795, 0.745, 0.995, 0.995, id="ninetieth-set-15-real-pages"),
    pytest.param("corpus/realninetyone/gold.json", "corpus/realninetyone/texts", 0.775, 0.995, 0.828, 0.995, id="ninety-first-set-9-real-pages"),
    pytest.param("corpus/realninetytwo/gold.json", "corpus/realninetytwo/texts", 0.942, 0.995, 0.995, 0.904, id="ninety-second-set-11-real-pages"),
    pytest.param("corpus/realninetythree/gold.json", "corpus/realninetythree/texts", 0.904, 0.995, 0.995, 0.995, id="ninety-third-set-7-real-pages"),
    pytest.param("corpus/realninetyfour/gold.json", "corpus/realninetyfour/texts", 0.884, 0.995, 0.995, 0.995, id="ninety-fourth-set-2-real-pages"),
    pytest.param("corpus/realninetyfive/gold.json", "corpus/realninetyfive/texts", 0.795, 0.995, 0.995, 0.995, id="ninety-fifth-set-7-real-pages"),
    pytest.param("corpus/realninetysix/gold.json", "corpus/realninetysix/texts", 0.995, 0.995, 0.918, 0.995, id="ninety-sixth-set-2-real-pages"),
    pytest.param("corpus/realninetyseven/gold.json", "corpus/realninetyseven/texts", 0.928, 0.595, 0.995, 0.995, id="ninety-seventh-set-3-real-pages"),
    pytest.param("corpus/realninetyeight/gold.json", "corpus/realninetyeight/texts", 0.953, 0.995, 0.995, 0.995, id="ninety-eighth-set-7-real-pages"),
    pytest.param("corpus/realninetynine/gold.json", "corpus/realninetynine/texts", 0.995, 0.995, 0.995, 0.995, id="ninety-ninth-set-2-real-pages"),
    pytest.param("corpus/realonehundredone/gold.json", "corpus/realonehundredone/texts", 0.845, 0.566, 0.995, 0.995, id="one-hundred-first-set-13-real-pages"),
    pytest.param("corpus/realonehundred/gold.json", "corpus/realonehundred/texts", 0.897, 0.995, 0.995, 0.995, id="one-hundredth-set-10-real-pages"),
    pytest.param("corpus/realonehundredtwo/gold.json", "corpus/realonehundredtwo/texts", 0.745, 0.995, 0.995, 0.995, id="one-hundred-second-set-5-real-pages"),
    pytest.param("corpus/realonehundredthree/gold.json", "corpus/realonehundredthree/texts", 0.852, 0.745, 0.918, 0.939, id="one-hundred-third-set-18-real-pages"),
    pytest.param("corpus/realonehundredfour/gold.json", "corpus/realonehundredfour/texts", 0.852, 0.995, 0.995, 0.995, id="one-hundred-fourth-set-1-real-page"),
    pytest.param("corpus/realonehundredfive/gold.json", "corpus/realonehundredfive/texts", 0.813, 0.995, 0.995, 0.995, id="one-hundred-fifth-set-8-real-pages"),
    pytest.param("corpus/realonehundredsix/gold.json", "corpus/realonehundredsix/texts", 0.642, 0.995, 0.884, 0.828, id="one-hundred-sixth-set-6-real-pages"),
    pytest.param("corpus/realonehundredseven/gold.json", "corpus/realonehundredseven/texts", 0.936, 0.995, 0.795, 0.995, id="one-hundred-seventh-set-5-real-pages"),
    pytest.param("corpus/realonehundredeight/gold.json", "corpus/realonehundredeight/texts", 0.995, 0.0, 0.995, 0.995, id="one-hundred-eighth-set-1-real-page"),
    pytest.param("corpus/realonehundrednine/gold.json", "corpus/realonehundrednine/texts", 0.846, 0.352, 0.904, 0.870, id="one-hundred-ninth-set-16-real-pages"),
    pytest.param("corpus/realonehundredten/gold.json", "corpus/realonehundredten/texts", 0.813, 0.995, 0.795, 0.995, id="one-hundred-tenth-set-4-real-pages"),
    pytest.param("corpus/realonehundredeleven/gold.json", "corpus/realonehundredeleven/texts", 0.860, 0.995, 0.995, 0.995, id="one-hundred-eleventh-set-13-real-pages"),
    pytest.param("tests/gold/seeds.gold.json", "seeds", 0.99, 0.99, 0.99, 0.99, id="seeds"),
]


@pytest.mark.parametrize(("gold", "texts", "f1", "periods", "campaigns", "published"), SETS)
def test_scores_stay_above_their_floors(gold, texts, f1, periods, campaigns, published) -> None:
    s = evaluate(REPO / gold, REPO / texts)
    report = s.report()
    assert s.span_bad == 0, report
    assert s.facts[2] >= f1, report
    assert s.period_acc >= periods, report
    assert s.campaigns[2] >= campaigns, report
    assert s.published_acc >= published, report


def test_evaluate_counts_errors_by_kind() -> None:
    """The error table the issue asks for: one kind per unmatched or mis-dated fact."""
    from parsers.evaluate import score_doc

    gold = {"doc_id": "x", "published": "2020-01-02", "facts": [
        {"metric": "cases_solved", "value": 10, "province": "河南省", "city": "郑州市",
         "period_start": "2020-01-01", "period_end": "2020-06-30"},
        {"metric": "suspects_arrested", "value": 7, "province": "河南省", "city": None},
        {"metric": "money_frozen", "value": 5000, "province": "河南省", "city": None},
        {"metric": "gangs_busted", "value": 3, "province": "河南省", "city": None},
    ], "campaigns": []}
    pred = {"published": "2020-01-02", "facts": [
        {"metric": "cases_solved", "value": 10, "province": "河南省", "city": "郑州市", "span": [0, 0], "evidence": ""},
        {"metric": "suspects_arrested", "value": 7, "province": "河南省", "city": "开封市", "span": [0, 0], "evidence": ""},
        {"metric": "money_stopped", "value": 5000, "province": "河南省", "city": None, "span": [0, 0], "evidence": ""},
        {"metric": "dens_destroyed", "value": 99, "province": None, "city": None, "span": [0, 0], "evidence": ""},
    ], "campaigns": []}
    out = Score()
    score_doc(gold, pred, "", out)
    assert dict(out.kinds) == {"period_missing": 1, "region_wrong": 1, "metric_wrong": 1,
                               "spurious": 1, "missed": 1}
    assert (out.tp, out.fp, out.fn) == (1, 3, 3)
