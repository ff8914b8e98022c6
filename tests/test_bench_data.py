"""The benchmark's synthetic bulletins (bench/dashboard.py) are realistic enough to read.

One claim, one number: when several synthetic bulletins carry the same figure of the same
region for the same period (a template moved to the same place and year, a reprint), they
carry the same value, as real outlets copying one police bulletin do. The first generator
drew a scale per bulletin, so the one national 46.4万起 of its templates became seven
conflicting numbers each year, and the overview's region × year table showed the largest
(139.2万起) in every year 2015–2024.
"""
from __future__ import annotations

from bench import dashboard as bench
from dashboard import views
from dashboard.data import derive
from dashboard.filters import Filters


def _fact(metric, value, region, period, evidence, scope="jurisdiction"):
    province, city, county = region
    return {"metric": metric, "label": None, "value": value, "qualifier": "exact",
            "value_text": evidence[-6:], "province": province, "city": city, "county": county,
            "period_start": period[0], "period_end": period[1],
            "period_precision": "year" if period[0] else None, "campaign": None,
            "scope": scope, "unit_kind": "body", "unit_index": 0, "evidence": evidence,
            "span": [0, len(evidence)], "sentence": evidence,
            "sentence_span": [0, len(evidence)]}


TEMPLATES = [
    {"title": "全国破获电信网络诈骗案件", "published": "2023-01-10", "source": "新华社",
     "script": "simplified", "text": "2022年全国破获电信网络诈骗犯罪案件46.4万起", "campaigns": [],
     "facts": [_fact("cases_solved", 464000, (None, None, None),
                     ("2022-01-01", "2022-12-31"), "破获电信网络诈骗犯罪案件46.4万起")]},
    {"title": "某省打击电诈", "published": "2021-07-20", "source": "某省公安厅",
     "script": "simplified", "text": "上半年全省破获电诈案件3208起，某县破获585起，冻结资金",
     "campaigns": [],
     "facts": [_fact("cases_solved", 3208, ("甘肃省", None, None),
                     ("2021-01-01", "2021-06-30"), "全省破获电诈案件3208起"),
               _fact("cases_solved", 585, ("甘肃省", "兰州市", "城关区"),
                     ("2021-01-01", "2021-06-30"), "某县破获585起"),
               _fact("money_frozen", 1_000_000, ("甘肃省", None, None), (None, None),
                     "冻结资金100万元")]},
]


def _frames(n: int = 600):
    return bench.make_frames(n, templates=TEMPLATES)


def test_one_claim_has_one_number_in_every_bulletin_that_carries_it():
    _, facts, _ = _frames()
    dated = facts[facts["period_start"].notna()]
    claims = dated.groupby(["province", "city", "county", "metric", "period_start",
                            "period_end", "evidence"], dropna=False)["value"].nunique()
    assert len(claims) > 10 and (claims == 1).all(), claims[claims > 1].head()


def test_the_nations_year_row_shows_each_years_own_figure():
    ds = derive(*_frames())
    totals = views.year_totals(ds, Filters(), "cases_solved")
    nation = totals[totals["is_scope"]].set_index("year")["value"]
    facts = ds.facts[ds.facts["province"].isna() & ds.facts["period_start"].notna()]
    years = sorted({int(s[:4]) for s in facts["period_start"]})
    for year in years:  # every outlet prints the one national figure of that year
        assert set(facts.loc[facts["period_start"] == f"{year}-01-01", "value"]) \
            == {nation[year]}
    assert len(years) > 3 and nation[years].nunique() == len(years)  # a trend, not one number
