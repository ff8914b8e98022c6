"""Chinese-first UI strings and number formatting (万/亿 in Chinese, M/B in English).

Qualifiers are part of the number, never dropped: "at_least" (多/余/逾/以上) reads ≥,
"approx" (约/近/左右) reads 约 in Chinese and ≈ in English.
"""
from __future__ import annotations

import math
from datetime import date

from parsers.records import METRICS, MONEY_METRICS

LANGS: tuple[str, ...] = ("zh", "en")
DEFAULT_LANG = "zh"

METRIC_LABELS: dict[str, tuple[str, str]] = {
    "cases_solved": ("破获案件", "Cases solved"),
    "cases_filed": ("立案/发案", "Cases filed"),
    "suspects_arrested": ("抓获嫌疑人", "Suspects arrested"),
    "suspects_detained": ("刑事拘留", "Suspects detained"),
    "gangs_busted": ("打掉团伙", "Gangs busted"),
    "dens_destroyed": ("捣毁窝点", "Dens destroyed"),
    "cards_seized": ("收缴银行卡/电话卡", "Cards seized"),
    "accounts_frozen": ("冻结账户", "Accounts frozen"),
    "money_frozen": ("冻结资金", "Money frozen"),
    "money_stopped": ("紧急止付", "Money stopped"),
    "money_recovered": ("挽回损失", "Money recovered"),
    "money_involved": ("涉案金额", "Money involved"),
    "victim_loss": ("被骗金额", "Victim loss"),
    "people_dissuaded": ("劝阻群众", "People dissuaded"),
    "other": ("其他", "Other"),
}
METRIC_UNITS: dict[str, tuple[str, str]] = {
    "cases_solved": ("起", "cases"), "cases_filed": ("起", "cases"),
    "suspects_arrested": ("人", "people"), "suspects_detained": ("人", "people"),
    "gangs_busted": ("个", "gangs"), "dens_destroyed": ("个", "dens"),
    "cards_seized": ("张", "cards"), "accounts_frozen": ("个", "accounts"),
    "people_dissuaded": ("人", "people"),
    **{m: ("元", "yuan") for m in MONEY_METRICS},
}

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("反诈通报看板", "Anti-fraud Bulletin Dashboard"),
    "page_overview": ("总览", "Overview"),
    "page_map": ("地图", "Map"),
    "page_money": ("资金", "Money"),
    "page_campaigns": ("专项行动", "Campaigns"),
    "page_evidence": ("证据", "Evidence"),
    "language": ("语言 / Language", "语言 / Language"),
    "filters": ("筛选", "Filters"),
    "region": ("地区", "Region"),
    "province": ("省份", "Province"),
    "city": ("城市", "City"),
    "county": ("区县", "County"),
    "nationwide": ("全国", "Nationwide"),
    "all_cities": ("全省", "Whole province"),
    "metric": ("指标", "Metric"),
    "all_metrics": ("全部指标", "All metrics"),
    "campaign": ("专项行动/专案", "Campaign / case"),
    "all_campaigns": ("全部", "All"),
    "date_from": ("起始日期", "From"),
    "date_to": ("截止日期", "To"),
    "window_rule": (
        "只计入统计期完全落在所选时段内的数字；跨越边界或时段不明的数字不计入（见证据）。",
        "Only figures whose period lies wholly inside the window count; figures that cross "
        "its edges or have no known period are left out (see Evidence).",
    ),
    "no_data": ("当前筛选条件下没有数据。", "No data for the current filters."),
    "kpi_sources": ("依据 {n} 篇通报", "from {n} bulletin(s)"),
    "kpi_period": ("统计期 {period}", "period {period}"),
    # issue 8: one window per total (dash-agg)
    "kpi_basis": ("依据 {regions} 个地区、{n} 篇通报", "from {regions} region(s), {n} bulletin(s)"),
    "kpi_missing": ("本时段无数字：{names}", "No figure for this window: {names}"),
    "kpi_missing_more": ("等 {n} 个地区", "({n} regions in all)"),
    "kpi_undated": ("时段不明 {n} 条，未计入", "{n} figure(s) with unknown period, not counted"),
    "kpi_window": ("统计时段：{window}", "Window: {window}"),
    "window": ("时段", "Window"),
    "window_kind_year": ("年", "Year"),
    "window_kind_half": ("半年", "Half-year"),
    "window_kind_quarter": ("季度", "Quarter"),
    "window_kind_custom": ("自定义", "Custom"),
    "window_none": ("暂无有日期的数字", "no dated figures"),
    "facts_undated": ("时段不明的数字（不计入总数，见证据页）",
                      "Figures with unknown period (never counted; see Evidence)"),
    "basis_sum": ("计入数字合计", "Figures used add up to"),
    "year_table": ("逐年数字（每年单独计算，不跨年相加）",
                   "Year by year (each year its own total, never added across years)"),
    "year_metric": ("逐年指标", "Metric by year"),
    "campaign_years": ("逐年数字", "By year"),
    "total_rule": (
        "计算规则：① 专案/个案数字只列出，不计入；② 同一数字重复出现只计一次；"
        "③ 时段不明的数字不计入，单独列出；④ 只计入统计期完全落在所选时段内的数字；"
        "⑤ 同一地区时段重叠的取最长者（同长取较新通报），不重叠的相加；"
        "⑥ 上级地区本级数字优先，下级地区数字只补充上级未覆盖的日期；⑦ 合计即下列计入数字之和。",
        "Rule: (1) single cases are listed, never added; (2) a repeated claim counts once; "
        "(3) figures with unknown period never count and are listed apart; (4) only figures "
        "whose period lies wholly inside the window count; (5) within a region, overlapping "
        "periods keep the longest (ties: newer bulletin), disjoint ones add up; (6) a "
        "region's own figures win, sub-regions only fill days they leave open; (7) the "
        "total is the sum of the figures used below.",
    ),
    "kpi_no_value": ("暂无可计入的数字", "no countable figure"),
    "basis_sum_of_parts": ("由下级地区数字相加", "sum of sub-regions"),
    "basis_mixed": ("本级数字加下级地区补充时段", "own total plus sub-regions for other periods"),
    "basis_reported": ("本级通报数字", "as reported"),
    "facts_used": ("计入的数字", "Figures used"),
    "facts_excluded": ("未计入的数字及原因", "Figures left out, and why"),
    "show_workings": ("计算依据", "How this number was built"),
    "latest_bulletins": ("最新通报", "Latest bulletins"),
    "overview_intro": (
        "数字取自公安机关公开通报；同一数字重复出现只计一次，嵌套时段取最长者，"
        "专案/个案数字不计入辖区总数。",
        "Figures come from police bulletins; a repeated claim counts once, nested periods "
        "use the longest, and single cases are never added into jurisdiction totals.",
    ),
    "map_level_hint": ("选择省份可查看其下辖城市。", "Pick a province to see its cities."),
    "drill_province": ("下钻到省份", "Drill into province"),
    "map_metric": ("地图指标", "Map metric"),
    "region_table": ("各地区数值", "Values by region"),
    "money_metrics": ("资金指标", "Money metrics"),
    "money_trend": ("资金数字随时间（每个数字画在其覆盖的时段上）",
                    "Money figures over time (each drawn over the period it covers)"),
    "region_comparison": ("地区对比", "Region comparison"),
    "compare_metric": ("对比指标", "Metric to compare"),
    "campaign_pick": ("选择专项行动/专案", "Choose a campaign / case"),
    "campaign_figures": ("相关数字", "Its figures"),
    "campaign_sources": ("来源通报", "Source bulletins"),
    "no_campaigns": ("数据中没有专项行动。", "No campaigns in the data."),
    "evidence_intro": ("点选一行查看原文句子。", "Select a row to see its source sentence."),
    "source_sentence": ("原文句子", "Source sentence"),
    "whole_document": ("通报全文（清洗后）", "Whole bulletin (cleaned)"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_parquet": ("下载 Parquet", "Download Parquet"),
    "doc_title": ("标题", "Title"),
    "published": ("发布日期", "Published"),
    "source": ("来源", "Source"),
    "n_facts": ("数字条数", "Figures"),
    "value": ("数值", "Value"),
    "qualifier": ("限定", "Qualifier"),
    "period": ("统计期", "Period"),
    "evidence": ("原文", "Evidence"),
    "reason": ("原因", "Reason"),
    "scope": ("范围", "Scope"),
    "kind": ("类型", "Kind"),
    "start": ("开始", "Start"),
    "end": ("结束", "End"),
    "regions": ("地区", "Regions"),
    "period_unknown": ("时段不明", "period unknown"),
    "cache_missing": ("数据缓存不存在，且无法构建：{error}", "No data cache, and it could not be "
                      "built: {error}"),
    "kind_operation": ("专项行动", "operation"),
    "kind_case": ("专案", "case file"),
    "scope_case": ("个案", "case"),
    "scope_jurisdiction": ("辖区", "jurisdiction"),
}

QUALIFIER_LABELS: dict[str, tuple[str, str]] = {
    "exact": ("确数", "exact"), "at_least": ("以上/余", "at least"), "approx": ("约", "about"),
}

REASON_LABELS: dict[str, tuple[str, str]] = {
    "duplicate": ("重复（同一数字已计入）", "duplicate of a figure already used"),
    "same_period_other_report": ("同一时段的另一份通报数字（取较新者）",
                                 "another report for the same period (newer one used)"),
    "overlaps_longer_period": ("与更长时段的数字重叠", "overlaps a longer period already used"),
    "covered_by_parent_total": ("已含在上级地区总数内", "covered by the parent region's total"),
    "case_level": ("专案/个案，不计入辖区总数", "single case, never added to totals"),
    "outside_window": ("不在所选时段内", "outside the date window"),
    "partly_outside_window": ("统计期跨越所选时段边界", "period crosses the window's edge"),
    "unknown_period_with_window": ("时段不明，已设时段筛选", "unknown period while a window is set"),
    "unknown_period_superseded": ("时段不明，已有有日期的数字",
                                  "unknown period; dated figures used instead"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    text = _pick(STRINGS[key], lang) if key in STRINGS else key
    return text.format(**kwargs) if kwargs else text


def metric_label(metric: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(METRIC_LABELS.get(metric, (metric, metric)), lang)


def metric_unit(metric: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(METRIC_UNITS.get(metric, ("", "")), lang)


def qualifier_label(qualifier: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(QUALIFIER_LABELS.get(qualifier, (qualifier, qualifier)), lang)


def reason_label(reason: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(REASON_LABELS.get(reason, (reason, reason)), lang)


def _trim(number: float, decimals: int = 2) -> str:
    text = f"{number:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else _trim(value)


def format_number(value: float | None, qualifier: str | None = None,
                  lang: str = DEFAULT_LANG) -> str:
    """57000000 → '5700万', 247000000 → '2.47亿', 1772 → '1772' (zh); '57M', '1,772' (en).

    Positional order (value, qualifier, lang) is what dashboard.figures calls.

    At most two decimals are shown; the exact figure is always in the evidence table.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    magnitude = abs(float(value))
    if lang == "en":
        if magnitude >= 1e9:
            body = _trim(value / 1e9) + "B"
        elif magnitude >= 1e6:
            body = _trim(value / 1e6) + "M"
        else:
            body = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    elif magnitude >= 1e8:
        body = _trim(value / 1e8) + "亿"
    elif magnitude >= 1e4:
        body = _trim(value / 1e4) + "万"
    else:
        body = _plain(value)
    return qualifier_mark(body, qualifier, lang)


def qualifier_mark(body: str, qualifier: str | None, lang: str = DEFAULT_LANG) -> str:
    if qualifier == "at_least":
        return "≥" + body
    if qualifier == "approx":
        return ("≈" if lang == "en" else "约") + body
    return body


def format_amount(value: float | None, metric: str, qualifier: str | None = None,
                  lang: str = DEFAULT_LANG) -> str:
    """The number with its unit: '≥5700万元', '1772人', '≈57M yuan', '1,772 people'."""
    number = format_number(value, qualifier, lang)
    unit = metric_unit(metric, lang)
    if number == "—" or not unit:
        return number
    return f"{number} {unit}" if lang == "en" else f"{number}{unit}"


def format_exact(value: float | None) -> str:
    """The full figure with thousands separators, for tooltips: 57,000,000."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def format_period(start: date | str | None, end: date | str | None,
                  lang: str = DEFAULT_LANG) -> str:
    start, end = (x if isinstance(x, (str, date)) and x else None for x in (start, end))
    if not start and not end:  # None, "" or NaN from a pandas cell
        return t("period_unknown", lang)
    start_text, end_text = (str(x)[:10] if x else "…" for x in (start, end))
    return start_text if start_text == end_text else f"{start_text} – {end_text}"


def metric_options(include_other: bool = False) -> list[str]:
    return list(METRICS) + (["other"] if include_other else [])
