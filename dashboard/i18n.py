"""Chinese-first UI strings and number formatting (万/亿 in Chinese, M/B in English).

STRINGS is the one string table of the app: every label, caption and message that the
navigation, the pages (internal ones included), the charts, the wall screen, the login and
the HTML briefing show is a (zh, en) pair here, looked up with t(key, lang). Groups share a
key prefix (fig_, screen_, brief_, auth_, ingest_, corr_). Metric, qualifier and reason
labels are their own tables below because they are keyed by data codes.

Qualifiers are part of the number, never dropped: "at_least" (多/余/逾/以上) reads ≥,
"approx" (约/近/左右) reads 约 in Chinese and ≈ in English.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
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
    # ANNOTATION: 追回/返还 and 避免损失 alike (money won back or kept from the fraudsters)
    "money_recovered": ("挽回及避免损失", "Losses recovered or prevented"),
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
    "nationwide_in_text": ("全国", "the whole country"),  # inside a sentence ("… for the whole country")
    "all_cities": ("全省", "Whole province"),
    "district": ("区县", "District"),
    "all_districts": ("全市", "Whole municipality"),
    "metric": ("指标", "Metric"),
    "all_metrics": ("全部指标", "All metrics"),
    "campaign": ("专项行动/专案", "Campaign / case"),
    "all_campaigns": ("全部", "All"),
    "date_from": ("起始日期", "From"),
    "date_to": ("截止日期", "To"),
    "window_reversed": ("截止日期早于起始日期，已对调：按 {start} 至 {end} 统计。",
                        "The end date is before the start date, so they were swapped: figures "
                        "cover {start} to {end}."),
    # a shared link's values that were not used (filters.url_notices); {value} is the link's
    # text, quoted as plain text, clipped
    "url_notice_province": ("链接中的省份“{value}”不在数据中，已显示全国。",
                            "The link's province “{value}” is not in the data, so nationwide "
                            "figures are shown."),
    "url_notice_city": ("链接中的城市“{value}”不在{province}的数据中，已显示{province}全省。",
                        "The link's city “{value}” is not in the data of {province}, so the whole "
                        "of {province} is shown."),
    "url_notice_district": ("链接中的区县“{value}”不在{province}的数据中，已显示{province}全市。",
                            "The link's district “{value}” is not in the data of {province}, so the "
                            "whole of {province} is shown."),
    "url_notice_city_alone": ("链接中的城市“{value}”没有指明所在省份，已显示全国。",
                              "The link's city “{value}” comes without its province, so nationwide "
                              "figures are shown."),
    "url_notice_metric": ("链接中的指标“{value}”不存在，已显示全部指标。",
                          "The link's metric “{value}” does not exist, so all metrics are shown."),
    "url_notice_campaign": ("链接中的专项行动“{value}”不在数据中，已显示全部数字（不限专项行动）。",
                            "The link's campaign “{value}” is not in the data, so the figures of "
                            "all campaigns are shown."),
    "url_notice_pick": ("链接中的专项行动/专案“{value}”不在列表中，已显示默认的一项。",
                        "The link's campaign “{value}” is not in the list; the default one is shown."),
    "url_notice_lang": ("链接中的语言“{value}”不受支持，已使用默认语言（中文）。",
                        "The link's language “{value}” is not supported; the default language "
                        "(Chinese) was used."),
    "url_notice_date": ("链接中的日期“{value}”无法识别，已忽略。",
                        "The link's date “{value}” could not be read and was ignored."),
    "url_notice_dates_clamped": (
        "链接中的日期 {start} – {end} 超出本应用可选的范围（{min} – {max}），"
        "已改为显示 {shown_start} – {shown_end}。",
        "The link's dates {start} – {end} are outside the range this app accepts "
        "({min} – {max}); {shown_start} – {shown_end} is shown instead."),
    "url_notice_dates_outside": (
        "链接中的日期 {start} – {end} 超出本应用可选的范围（{min} – {max}），已改为显示默认时段（有数据的最近一年）。",
        "The link's dates {start} – {end} are outside the range this app accepts ({min} – {max}); "
        "the default window (the latest year with data) is shown instead."),
    "url_notice_repeated": ("链接中的“{name}”出现了不止一次，只用了最后一个值“{value}”。",
                            "The link gives “{name}” more than once; only the last value, “{value}”, "
                            "was used."),
    "url_notice_dates_swapped": ("链接中的截止日期早于起始日期，已对调：按 {start} 至 {end} 统计。",
                                 "The link's end date is before its start date, so they were "
                                 "swapped: figures cover {start} to {end}."),
    "url_notice_dismiss": ("知道了", "Dismiss"),
    "date_help": ("格式：年/月/日（YYYY/MM/DD），可直接输入，例如 2024/03/31。",
                  "Format: year/month/day (YYYY/MM/DD); type it or pick it, e.g. 2024/03/31."),
    "window_rule": (
        "只计入统计期完全落在所选时段内的数字；跨越边界或时段不明的数字不计入（见证据）。",
        "Only figures whose period lies wholly inside the window count; figures that cross "
        "its edges or have no known period are left out (see Evidence).",
    ),
    "no_data": ("当前筛选条件下没有数据。", "No data for the current filters."),
    "campaigns_in_view": ("时间线只列本时段（及所选地区）有动态的行动；下方可选任一行动。",
                          "The timeline shows the campaigns active in this window (and region); "
                          "any campaign can be picked below."),
    "campaigns_none_in_view": ("本时段（及所选地区）没有行动的动态；下方可选任一行动。",
                               "No campaign is active in this window (and region); any campaign can be "
                               "picked below."),
    "campaign_no_figures": ("数据中没有该行动的数字，只有提及它的通报（见下方来源通报）。",
                            "The data hold no figure of this campaign, only bulletins that mention it "
                            "(see the source bulletins below)."),
    "campaign_none_in_window": ("本时段内该行动没有可计入的数字；下方按年份列出其各年数字和全部事实。",
                                "This campaign has no countable figure in this window; its figures of every "
                                "year are listed below."),
    "kpi_sources": ("依据 {n} 篇通报", "from {n} bulletin(s)"),
    "kpi_period": ("统计期 {period}", "period {period}"),
    # issue 8: one window per total (dash-agg)
    "kpi_basis": ("依据 {regions} 个地区、{n} 篇通报", "from {regions} region(s), {n} bulletin(s)"),
    "kpi_missing": ("本时段无数字：{names}", "No figure for this window: {names}"),
    "kpi_missing_more": ("等 {n} 个地区", "({n} regions in all)"),
    "kpi_undated": ("本时段发布、时段不明 {n} 条，未计入",
                    "{n} figure(s) reported in this window with unknown period, not counted"),
    "kpi_undated_unpublished": ("时段不明 {n} 条未计入（其中 {m} 条发布日期也不明，列在每个时段旁）",
                                "{n} figure(s) with unknown period not counted ({m} of them with no "
                                "publication date either, listed beside every window)"),
    "compare_coverage": ("各地区数字的统计期长短不一（{shortest}至{longest}），柱长不能直接相比；统计期见悬停提示",
                         "The regions' figures cover periods of {shortest} to {longest}: the bars do not "
                         "compare like with like (hover for each period)"),
    "map_coverage": ("各地区数字的统计期长短不一（{shortest}至{longest}），颜色深浅不能直接相比；统计期见悬停提示和下表",
                     "The regions' figures cover periods of {shortest} to {longest}: the colours do not "
                     "compare like with like (hover or see the table for each period)"),
    "map_bubbles_national": ("蓝色圆点是各城市自己的数字，面积随数值增大，悬停可看；选择省份后，下表列出其城市和区县。",
                             "Blue dots are cities' own figures, larger for larger values (hover to read "
                             "them); pick a province to list its cities and counties in the table below."),
    "map_bubbles": ("蓝色圆点是区县自己的数字，面积随数值增大，悬停可看，也列在下表中。",
                    "Blue dots are counties' own figures, larger for larger values (hover to read "
                    "them); they are listed in the table below too."),
    "kpi_coverage": ("所用数字的统计期长短不一（{shortest}至{longest}），合计不是整个时段的完整数字",
                     "The figures used cover periods of {shortest} to {longest}: the sum is not a "
                     "complete count for the whole window"),
    "kpi_coverage_one": ("所用数字只覆盖 {period}，不是整个时段", "The figures used cover only {period}, "
                         "not the whole window"),
    "kpi_multi_year": ("所选时段跨越多个年度，合计把各年数字相加；逐年数字见年度表",
                       "The window spans several years and adds each year's figures; see the per-year table"),
    "duration_days": ("{n}天", "{n} day(s)"),
    "duration_months": ("{n}个月", "{n} month(s)"),
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
    "rows_cut": ("仅列出前 {shown} 条，共 {n} 条（全部见证据页）",
                 "First {shown} of {n} shown (all on the Evidence page)"),
    "campaign_years": ("逐年数字", "By year"),
    "total_rule": (
        "计算规则：① 专案/个案数字只列出，不计入；② 同一数字重复出现只计一次；"
        "③ 时段不明的数字不计入，在其通报发布的时段单独列出；④ 只计入统计期完全落在所选时段内的数字；"
        "⑤ 同一地区时段重叠的取最长者（同长取较新通报），不重叠的相加；"
        "⑥ 上级地区本级数字优先，下级地区数字只补充上级未覆盖的日期；⑦ 合计即下列计入数字之和。",
        "Rule: (1) single cases are listed, never added; (2) a repeated claim counts once; "
        "(3) figures with unknown period never count and are listed apart, in the window their "
        "bulletin was published in; (4) only figures "
        "whose period lies wholly inside the window count; (5) within a region, overlapping "
        "periods keep the longest (ties: newer bulletin), disjoint ones add up; (6) a "
        "region's own figures win, sub-regions only fill days they leave open; (7) the "
        "total is the sum of the figures used below.",
    ),
    "kpi_no_value": ("暂无可计入的数字", "no countable figure"),
    "kpi_only_cases": ("本时段只有单个案件或专案的数字 {n} 条：它们已含在各地的总数里，"
                       "不单独相加（见计算依据）",
                       "only {n} figures of single or named cases in this window: they are "
                       "already inside each force's totals, so they are not added up (see "
                       "the workings)"),
    "basis_sum_of_parts": ("由下级地区数字相加", "sum of sub-regions"),
    "tile_sum_of_parts": ("{n} 个地区相加", "sum of {n} regions"),
    "tile_mixed": ("含下级地区补充（共 {n} 个地区）", "with sub-regions ({n} regions)"),
    "tile_partial": ("统计期不全", "not the whole period"),
    "tile_parts_larger": ("下级合计 {value}", "sub-regions: {value}"),
    "kpi_parts_larger": ("下级地区合计 {value}，多于本级数字：本级数字只含部分，合计未计入",
                         "Sub-regions add up to {value}, more than this figure, which covers only part; "
                         "that sum is not added in"),
    "kpi_parts_doubtful": ("本级数字不到下级合计的百分之一，引用前请核对原文（如万、亿之误）",
                           "this figure is under a hundredth of that sum: check it against its "
                           "source before quoting it (a slip of unit, perhaps)"),
    "basis_mixed": ("本级数字加下级地区补充时段", "own total plus sub-regions for other periods"),
    "basis_reported": ("本级通报数字", "as reported"),
    "facts_used": ("计入的数字", "Figures used"),
    "facts_excluded": ("未计入的数字及原因", "Figures left out, and why"),
    "show_workings": ("计算依据", "How this number was built"),
    "workings_below": ("所用、时段不明和未计入的数字列在这一行卡片下方。",
                       "The figures used, undated and left out are listed below this row of cards."),
    "latest_bulletins": ("最新通报", "Latest bulletins"),
    "latest_none_in_window": ("没有在本时段发布、也没有报告本时段数字的通报。",
                              "No bulletin was published in this window or reports a figure for it."),
    "overview_intro": (
        "数字取自公安机关公开通报；同一数字重复出现只计一次，嵌套时段取最长者，"
        "专案/个案数字不计入辖区总数。",
        "Figures come from police bulletins; a repeated claim counts once, nested periods "
        "use the longest, and single cases are never added into jurisdiction totals.",
    ),
    "map_province_only": ("本时段该省的数字都是全省数字，没有分到市县：各市县显示为灰色，全省合计见下表第一行。",
                          "This province's figures for the period are all province-wide, none by city or county: "
                          "the cities stay grey; the province's total is the table's first row."),
    "map_default_metric": ("侧栏的指标为“全部指标”，地图一次只能画一个指标，现显示{metric}；可在侧栏选择其他指标。",
                           "A map draws one metric at a time: with All metrics chosen in the sidebar, "
                           "it shows {metric}. Choose another metric in the sidebar."),
    "map_level_hint": ("选择省份可查看其下辖城市。", "Pick a province to see its cities."),
    "drill_province": ("下钻到省份", "Drill into province"),
    "map_metric": ("地图指标", "Map metric"),
    "region_table": ("各地区数值", "Values by region"),
    "money_metrics": ("资金指标", "Money metrics"),
    "money_trend": ("资金数字随时间（每个数字画在其覆盖的时段上）",
                    "Money figures over time (each drawn over the period it covers)"),
    "trend_regions": ("图中地区", "Regions in the chart"),
    "trend_regions_note": ("本时段共有 {n} 个地区有资金数字；默认画出数字最大的 {k} 个，每个地区一种线型，最多同时 {k} 个。",
                           "{n} regions have money figures in this window; the {k} with the largest figures are "
                           "drawn by default, one line style each, at most {k} at a time."),
    "trend_regions_none": ("请在上方选择至少一个地区。", "Choose at least one region above."),
    "region_comparison": ("地区对比", "Region comparison"),
    "compare_metric": ("对比指标", "Metric to compare"),
    "campaign_pick": ("选择专项行动/专案", "Choose a campaign / case"),
    "campaign_figures": ("相关数字", "Its figures"),
    "campaign_sources": ("来源通报", "Source bulletins"),
    "part_year": ("带 * 的数字：所用数字的统计期没有覆盖全年（例如只有1–6月），不能与全年的数字直接相比。",
                  "An amount marked * rests on figures that do not cover the whole year (January–June "
                  "only, say): do not compare it with a full year's."),
    "published_from_address": ("（据网址）", " (from its address)"),
    "parts_larger_mark": ("带 † 的数字：该地区本级的数字小于其下级地区数字之和（本级数字可能只是一部分，"
                          "如一次行动或一类案件），引用前请核对原文。",
                          "An amount marked † is below what its sub-regions add up to (the region's "
                          "own figure may be only a part, one operation or one kind of case): "
                          "check the source before quoting it."),
    "campaign_facts_all": ("下表列出该行动在{region}的全部数字，各年份都在内，不限上面的统计时段。",
                           "The table lists all of this campaign's figures for {region}, from every "
                           "year, not only the period above."),
    "campaign_sources_note": ("各年份的通报都在内，新的在前；同日同题的转载只列一次。",
                              "Bulletins of every year, newest first; a reprint (same day, same title) "
                              "is listed once."),
    "no_campaigns": ("数据中没有专项行动。", "No campaigns in the data."),
    "evidence_intro": ("点选一行查看原文句子。", "Select a row to see its source sentence."),
    "source_sentence": ("原文句子", "Source sentence"),
    "whole_document": ("通报全文（清洗后）", "Whole bulletin (cleaned)"),
    "source_address": ("原文网址：{url}", "Page address: {url}"),
    "evidence_rows_shown": ("显示前 {shown} 条，共 {total} 条；用上面的搜索框在全部事实中查找，下载 CSV / Parquet 可得全部。",
                            "Showing the first {shown} of {total} facts; search all of them with the box above, "
                            "or download CSV / Parquet for all."),
    # a selectbox whose text the reader cleared (Streamlit's own placeholder is English)
    "choose_option": ("请选择", "Choose an option"),
    "evidence_search": ("搜索事实（原文、地区、指标、专项行动、通报标题与来源）", "Search the facts (text, region, metric, campaign, bulletin title and source)"),
    "evidence_search_help": ("在当前筛选下的全部事实中查找，繁简体皆可；下载的文件也只含找到的事实。",
                             "Looks through every fact of the current filters (Simplified or Traditional); "
                             "the downloads then hold only the facts found."),
    "evidence_search_found": ("找到 {total} 条事实含“{query}”。", "{total} facts contain “{query}”."),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_parquet": ("下载 Parquet", "Download Parquet"),
    "doc_title": ("标题", "Title"),
    "published": ("发布日期", "Published"),
    "source": ("来源", "Source"),
    "n_facts": ("数字条数", "Figures"),
    "value": ("数值", "Value"),
    # the exact figure beside the formatted one (sortable; a bare "#" told a reader nothing)
    "exact_value": ("精确数值", "Exact value"),
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
    "scope_part": ("部分（如重大案件、头目）", "part (e.g. major cases, ringleaders)"),
    "scope_jurisdiction": ("辖区", "jurisdiction"),
    "loading": ("正在加载数据…", "Loading data…"),
    "computing": ("正在计算…", "Computing…"),
    "n_facts_sources": ("来源通报数", "Bulletins"),
    "region_level": ("层级", "Level"),
    "level_province": ("省级", "province"),
    "level_city": ("地市", "city"),
    "level_county": ("区县", "county"),
    # ---- figures (charts): prefix fig_
    "fig_no_data": ("无数据", "no data"),
    "fig_map_empty": ("所选时段和地区没有可上图的数字", "No figure to map for this period and region"),
    "fig_map_no_cities": ("全省 {value}；没有地市一级的数字可上图", "Province-wide {value}; no city figure to map"),
    "fig_period": ("时间", "Period"),
    "fig_unknown_period": ("时间不详", "period unknown"),
    "fig_sources": ("来源 {n} 篇", "{n} source(s)"),
    "fig_time": ("时间", "Time"),
    "fig_amount": ("金额", "Amount"),
    "fig_yuan": ("元", "CNY"),
    "fig_wan_yuan": ("万元", "CNY 10k"),
    "fig_yi_yuan": ("亿元", "CNY 100M"),
    "fig_comparable": ("可比时段连线", "comparable periods"),
    "fig_regions_merged": ("共 {n} 个地区：每个指标一条线，悬停可见每段所属地区。",
                           "{n} regions: one line per metric; hover a bar for its region."),
    "fig_log_axis": ("数字相差百倍以上，纵轴为对数刻度。",
                     "The figures differ a hundredfold or more: the vertical axis is logarithmic."),
    "fig_omitted_periods": ("另有 {n} 条数据时间不详，未在时间轴上显示。",
                            "{n} figure(s) with unknown period are not on the time axis."),
    "fig_all_shown": (
        "每条横线覆盖该数字所指的时段；只有同地区、同指标、等长且相邻的时段才以虚线相连。",
        "Each bar spans the period a figure covers; only equal-length, adjacent periods of "
        "the same region and metric are joined (dotted)."),
    "fig_operation": ("专项行动", "Operation"),
    "fig_case": ("专案", "Case file"),
    "fig_open_ended": ("持续中（无结束时间）", "Ongoing (no end date)"),
    "fig_report": ("通报", "Report"),
    "fig_regions": ("地区", "Regions"),
    "fig_facts": ("数据 {n} 条", "{n} figure(s)"),
    "fig_undated_campaigns": ("另有 {n} 个行动/专案既无开始时间也无通报日期，未显示。",
                              "{n} campaign(s) with neither start nor report dates not shown."),
    "fig_start": ("开始", "Start"),
    "fig_end": ("结束", "End"),
    "fig_ongoing": ("至今", "ongoing"),
    "fig_cities": ("地市边界", "city borders"),
    "fig_boundary": ("境界线", "boundary"),
    "fig_value": ("数值", "Value"),
    "fig_unit_title": ("单位：{unit}", "Unit: {unit}"),
    "fig_scs_islands": ("南海诸岛", "South China Sea Islands"),
    # ---- briefing screen (大屏): prefix screen_
    "screen_nav_title": ("数据大屏", "Wall screen"),
    "screen_title": ("反诈通报大屏", "Anti-fraud briefing screen"),
    "screen_exit": ("退出大屏", "Leave the wall screen"),
    "screen_panel_money": ("资金数字随时间", "Money figures over time"),
    "screen_panel_regions": ("各省冻结资金", "Money frozen by province"),
    "screen_panel_campaigns": ("专项行动时间线", "Campaign timeline"),
    "screen_uneven": ("{panel}（统计期长短不一）", "{panel} (periods differ in length)"),
    "screen_ticker_title": ("最新战果", "Latest results"),
    "screen_ticker_title_latest": ("最新战果（所选时段内没有，以下为最近的）",
                                   "Latest results (none in the chosen period; the most recent shown)"),
    "screen_ticker_title_nationwide": ("全国最新战果（所选地区或行动没有，以下为全国最近的）",
                                       "Latest results nationwide (none for the chosen region or "
                                       "campaign; the country's most recent shown)"),
    "screen_data_until": ("数据截至 {date} · 共 {n} 篇通报",
                          "Data up to {date} · {n} bulletin(s)"),
    "screen_no_results": ("暂无专项行动战果", "No campaign results yet"),
    "section_display": ("展示", "Display"),
    "section_internal": ("内部", "Internal"),
    # ---- offline HTML briefing: prefix brief_
    "brief_html_lang": ("zh-CN", "en"),
    "brief_file_stem": ("反诈通报简报", "anti-fraud-briefing"),
    "brief_exact": ("精确数值", "Exact figure"),
    "brief_generated": ("生成时间", "Generated"),
    "brief_filters": ("筛选条件", "Filters"),
    "brief_no_filters": ("（无筛选，全部数据）", "(no filters: all data)"),
    "brief_filter_name": ("条件", "Filter"),
    "brief_filter_value": ("取值", "Value"),
    "brief_kpis": ("关键指标", "Key figures"),
    "brief_notes": ("注意", "Caveats"),
    "brief_no_kpis": ("（无数据）", "(no data)"),
    "brief_figures": ("图表", "Charts"),
    "brief_sources": ("数据来源", "Sources"),
    "brief_no_sources": ("（无来源）", "(no sources)"),
    "brief_more_sources": ("另有 {n} 篇来源未列出（简报只列出前 {shown} 篇）。",
                           "{n} more source(s) not listed (the briefing lists the first {shown})."),
    "brief_title": ("标题", "Title"),
    "brief_published": ("发布日期", "Published"),
    "brief_outlet": ("来源媒体", "Outlet"),
    "brief_evidence": ("证据原文", "Evidence"),
    "brief_disclaimer": ("本简报由程序从公开警方通报中自动抽取生成，数字以原文为准。",
                         "Extracted automatically from public police bulletins; the original "
                         "text prevails."),
    "download_briefing": ("下载简报 HTML", "Download briefing (HTML)"),
    # ---- internal edition: login (auth_), 录入 (ingest_), 更正 (corr_)
    "auth_login_title": ("反诈通报看板 · 内部版登录", "Anti-fraud dashboard · internal edition login"),
    "auth_login_hint": ("内部版可录入通报、更正数字。请输入密码。",
                        "The internal edition adds and corrects bulletins. Enter the password "
                        "to continue."),
    "auth_password": ("密码", "Password"),
    "auth_log_in": ("登录", "Log in"),
    "auth_log_out": ("退出登录", "Log out"),
    "auth_no_write": ("此页面仅限已登录的内部版使用。",
                      "This page needs the internal edition and a login."),
    "page_ingest": ("录入", "Add bulletins"),
    "page_corrections": ("更正", "Corrections"),
    "ingest_title": ("录入通报", "Add bulletins"),
    "ingest_intro": ("先预览解析结果，确认后才写入数据目录并更新缓存；内容相同的通报不会重复录入。",
                     "Check the parse first; nothing is saved until you confirm. Identical "
                     "content is never added twice."),
    "ingest_source": ("来源", "Source"),
    "ingest_mode_upload": ("上传文件", "Upload a file"),
    "ingest_mode_paste": ("粘贴文本", "Paste text"),
    "ingest_file": ("通报文件（txt / html）", "Bulletin file (txt / html)"),
    "ingest_file_help": ("接受 {types} 文件，每个不超过 {limit}；编码可为 UTF-8、GB18030、Big5 或带 BOM 的 UTF-16。",
                         "Accepts {types} files of up to {limit} each, encoded as UTF-8, GB18030, Big5 "
                         "or UTF-16 with a byte-order mark."),
    # Streamlit (1.67) draws the uploader's own words (its Upload button, "… per file") in
    # English whatever the page language: this caption says it here.
    "ingest_file_rules": ("接受 {types} 文件，每个不超过 {limit}。把文件拖到下框中，或点框内的“Upload”按钮选择文件。",
                          "Accepts {types} files of up to {limit} each. Drag a file onto the box below, "
                          "or click its Upload button."),
    "ingest_text": ("通报全文", "Bulletin text"),
    "ingest_preview": ("解析预览", "Preview"),
    "ingest_parsing": ("解析中…", "Parsing…"),
    "ingest_parsed": ("解析结果", "Parsed"),
    "ingest_field": ("字段", "Field"),
    "ingest_value": ("值", "Value"),
    "ingest_script": ("文字", "Script"),
    "ingest_no_figures": ("没有识别出任何数字。", "No figures were found in this text."),
    "ingest_region_unknown": ("{n} 个数字未识别出通报单位（地区不明）：它们不会计入全国或任何地区的总数。"
                              "请检查原文是否写明公安机关所在地。",
                              "{n} figure(s) have no recognised reporting force (region unknown): they enter "
                              "no nationwide or regional total. Check that the text names the police force's place."),
    "ingest_evidence": ("原文证据", "Evidence in context"),
    "ingest_twin": ("内容相同的通报已在数据中，无需录入。", "Already in the dataset; nothing to add."),
    # the id comes from the file name: shown as plain text (st.text), never in Markdown
    "ingest_doc_id": ("通报编号：{doc_id}", "Bulletin id: {doc_id}"),
    "ingest_confirm": ("确认入库", "Add to the dataset"),
    "ingest_added": ("已录入，地图和证据页已更新。", "Added; the map and evidence pages are updated."),
    "ingest_duplicate": ("重复通报，未录入：内容相同的通报已在数据中。",
                         "Duplicate, not added: already in the dataset."),
    "ingest_failed": ("未能录入：{reason}", "Could not add: {reason}"),
    # refusals of an upload (dashboard.uploads: UploadCheck.code, AddResult.code)
    "ingest_err_bad_name": ("文件名无效。", "Invalid file name."),
    "ingest_err_bad_type": ("只接受 {types} 文件。", "Only {types} files are accepted."),
    "ingest_err_empty": ("文件为空，或没有文字。", "The file is empty or has no text."),
    "ingest_err_too_large": ("文件过大（{size}，上限 {limit}）。",
                             "The file is too large ({size}; the limit is {limit})."),
    "ingest_err_too_big": ("文件过大，无法读取。", "The file is too large to read."),
    "ingest_err_binary": ("无法按 UTF-8、GB18030 或 Big5 文本读取；UTF-16 文件须带字节顺序标记（BOM）。",
                          "Could not read it as UTF-8, GB18030 or Big5 text; UTF-16 needs a "
                          "byte-order mark (BOM)."),
    "ingest_err_undecodable": ("无法按 UTF-8、GB18030 或 Big5 文本读取；UTF-16 文件须带字节顺序标记（BOM）。",
                               "Could not read it as UTF-8, GB18030 or Big5 text; UTF-16 needs a "
                               "byte-order mark (BOM)."),
    "ingest_err_bad_utf16": ("UTF-16 文本已损坏，无法读取。", "The UTF-16 text is damaged and cannot be read."),
    "ingest_err_too_short": ("文本太短，无法判断编码；请存为 UTF-8 后再上传。",
                             "Too short to tell its encoding; save it as UTF-8 and upload again."),
    "ingest_err_unreadable": ("无法读取此文件。", "Could not read this file."),
    "ingest_err_parse_failed": ("无法解析此文件。", "Could not parse this file."),
    "ingest_err_too_deep": ("此文件的 HTML 嵌套过深（超过 1000 层元素），无法读取。",
                            "This file's HTML is nested too deeply (over 1,000 levels of elements) to read."),
    "ingest_err_parser_unavailable": ("解析器不可用。", "The parser is unavailable."),
    "ingest_err_paste_empty": ("粘贴内容为空。", "The pasted text is empty."),
    "corr_title": ("更正", "Corrections"),
    "corr_intro": ("每条更正都记录修改人、时间和原因；更正按 fact_id 保存在数据目录，重建缓存后仍然有效。",
                   "Every correction records who, when and why; it is keyed on the fact id "
                   "and survives cache rebuilds."),
    "corr_saved": ("更正已保存：{fact_id}", "Correction saved: {fact_id}"),
    "corr_filter": ("筛选（地区、指标、原文、fact_id）", "Filter (region, metric, text, fact_id)"),
    "corr_only": ("只看已更正", "Corrected only"),
    "corr_pick": ("选择要更正的事实", "Fact to correct"),
    "corr_rows_cut": ("共 {n} 条符合，列出前 {shown} 条；用上方筛选缩小范围。",
                      "{n} match; the first {shown} are listed. Narrow them with the filter above."),
    "corr_already": ("此事实已有更正，说明如下。", "This fact has been corrected; the note follows."),
    "corr_not_saved": ("更正未保存，原因如下。", "The correction was not saved, for this reason:"),
    "corr_action": ("操作", "Action"),
    "corr_action_amend": ("修改字段", "Amend"),
    "corr_action_reject": ("标记为错误", "Reject"),
    "corr_author": ("修改人", "Author"),
    "corr_reason": ("原因", "Reason"),
    "corr_save": ("保存更正", "Save correction"),
    "corr_log": ("更正记录", "Corrections log"),
    "corr_none": ("暂无更正。", "No corrections yet."),
    "corr_orphans": ("失去对应事实的更正", "Orphan corrections"),
    "corr_orphans_hint": ("原通报内容改变或被删除后，这些更正找不到对应的 fact_id，不再生效。",
                          "Their fact is gone (the file changed or was removed), so they no "
                          "longer apply."),
    "corr_no_orphans": ("无。", "None."),
    "corr_field_metric": ("指标", "Metric"),
    "corr_field_value": ("数值", "Value"),
    "corr_field_province": ("省", "Province"),
    "corr_field_city": ("市", "City"),
    "corr_field_county": ("区县", "County"),
    "corr_field_adcode": ("区划代码", "Adcode"),
    "corr_field_period_start": ("起（YYYY-MM-DD）", "From (YYYY-MM-DD)"),
    "corr_field_period_end": ("止（YYYY-MM-DD）", "To (YYYY-MM-DD)"),
    "corr_field_campaign": ("专项行动", "Campaign"),
    # refusals (dashboard.corrections.CorrectionError.code); {text} quotes what was typed
    "corr_err_empty": ("“{field}”不能为空。", "{field} cannot be empty."),
    "corr_err_unknown_metric": ("未知指标：{text}", "Unknown metric: {text}"),
    "corr_err_not_a_number": ("数值必须是数字：{text}", "The value must be a number: {text}"),
    "corr_err_not_finite": ("数值不是有限的数字：{text}", "The value is not a finite number: {text}"),
    "corr_err_negative": ("数值不能小于 0：{text}", "The value cannot be below 0: {text}"),
    "corr_err_bad_date": ("“{field}”不是有效日期：{text}。请按 YYYY-MM-DD 填写，例如 2023-05-01。",
                          "{field} is not a valid date: {text}. Write it as YYYY-MM-DD, e.g. 2023-05-01."),
    "corr_err_bad_adcode": ("行政区划代码须为 6 位数字：{text}", "The adcode must be 6 digits: {text}"),
    "corr_err_no_fact": ("找不到这条事实：{text}", "No such fact: {text}"),
    "corr_err_author_required": ("请填写修改人。", "Please give the author."),
    "corr_err_reason_required": ("请填写修改原因。", "Please give a reason."),
    "corr_err_unknown_action": ("未知操作：{text}", "Unknown action: {text}"),
    "corr_err_reject_with_changes": ("标记为错误时不能同时修改字段。",
                                     "A rejection cannot change fields as well."),
    "corr_err_already_rejected": ("这条事实已被标记为错误。", "This fact is already rejected."),
    "corr_err_not_amendable": ("这些字段不可修改：{text}", "These fields cannot be amended: {text}"),
    "corr_err_start_after_end": ("起始日期晚于结束日期：{start} > {end}",
                                 "The start date is after the end date: {start} > {end}"),
    "corr_err_no_change": ("没有任何改动。", "The correction changes nothing."),
    "corr_err_needs_province": ("市、区县须有所属省份。", "A city or county needs its province."),
    "corr_err_needs_city": ("区县须有所属城市。", "A county needs its city."),
    "corr_err_unknown_region": ("未知地区，或上下级不符。",
                                "Unknown region, or a level not inside the one above."),
    # a corrected fact's note (dashboard.corrections.note_text): author and reason as typed
    "corr_note_amend": ("{field} {old}→{new}（{author}：{reason}）",
                        "{field} {old}→{new} by {author}: {reason}"),
    "corr_note_reject": ("标记为错误（{author}：{reason}）", "rejected by {author}: {reason}"),
    "corr_note_sep": ("；", "; "),
    "corrected_column": ("已更正", "Corrected"),
    "corr_col_rejected": ("已驳回", "Rejected"),
    "corr_col_note": ("更正说明", "Correction note"),
    "corr_col_field": ("字段", "Field"),
    "corr_col_old": ("原值", "Old value"),
    "corr_col_new": ("新值", "New value"),
    "corr_col_created": ("时间", "When"),
    # ---- exports (CSV / Parquet)
    "export_metric_name": ("指标名称", "metric name"),
    "export_unit": ("单位", "unit"),
}

REASON_LABELS: dict[str, tuple[str, str]] = {
    "duplicate": ("重复（同一数字已计入）", "duplicate of a figure already used"),
    "same_period_other_report": ("同一时段的另一份通报数字（取较新者）",
                                 "another report for the same period (newer one used)"),
    "same_period_same_bulletin": ("同一篇通报里同一时段的另一个数字（取较大者）",
                                  "another figure for the same period in the same bulletin (the larger is used)"),
    "overlaps_longer_period": ("与更长时段的数字重叠", "overlaps a longer period already used"),
    "covered_by_parent_total": ("已含在上级地区总数内", "covered by the parent region's total"),
    "overlaps_parent_figure": ("与上级地区本身数字的时段部分重叠，不能相加（不一定含在其中）",
                               "its period overlaps part of the parent region's own figure: not "
                               "addable, though not necessarily inside it"),
    "case_level": ("专案/个案，不计入辖区总数", "single case, never added to totals"),
    "part_of_total": ("只是总数的一部分（如百万元以上案件、督办案件、头目和骨干），不计入总数",
                      "a named part of a total (big or supervised cases, ringleaders), never added as one"),
    "region_unknown": ("地区不明（未识别出通报单位），不计入全国总数",
                       "region unknown (reporting force not found), never a nationwide total"),
    "outside_window": ("不在所选时段内", "outside the date window"),
    "partly_outside_window": ("统计期跨越所选时段边界", "period crosses the window's edge"),
    "unknown_period_with_window": ("时段不明，已设时段筛选", "unknown period while a window is set"),
    "unknown_period_superseded": ("时段不明，已有有日期的数字",
                                  "unknown period; dated figures used instead"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def capitalized(text: str) -> str:
    """A label that starts a line: its first letter upper case ("operation · 2016" read as a
    typo beside the legend's "Operation": newcomer review); Chinese is unchanged."""
    return text[:1].upper() + text[1:]


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """STRINGS[key] in `lang` ('zh' | 'en'; anything else reads as 'zh'), formatted with
    kwargs. An unknown key is returned as is (so a literal title still shows)."""
    text = _pick(STRINGS[key], lang) if key in STRINGS else key
    return text.format(**kwargs) if kwargs else text


def table(lang: str) -> dict[str, str]:
    """The whole UI string table in one language: key → text (unformatted)."""
    return {key: _pick(pair, lang) for key, pair in STRINGS.items()}


class Localized(Mapping[str, str]):
    """A read-only view `view[key]` = t(prefix + key, lang()) that follows the language
    chosen at the time of each lookup (lang is a callable, e.g. the session's language).
    For modules that index their strings by a short key (auth)."""

    def __init__(self, prefix: str, lang: Callable[[], str] = lambda: DEFAULT_LANG) -> None:
        self._prefix, self._lang = prefix, lang

    def __getitem__(self, key: str) -> str:
        full = self._prefix + key
        if full not in STRINGS:
            raise KeyError(key)
        return t(full, self._lang())

    def __iter__(self) -> Iterator[str]:
        return (k[len(self._prefix):] for k in STRINGS if k.startswith(self._prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def metric_label(metric: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(METRIC_LABELS.get(metric, (metric, metric)), lang)


def metric_unit(metric: str, lang: str = DEFAULT_LANG) -> str:
    return _pick(METRIC_UNITS.get(metric, ("", "")), lang)


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
