"""Time expressions in cleaned Simplified bulletin text → ISO periods with offsets.

Each rule is a regex plus a builder. All rules run over the text; overlapping candidates
are resolved longest-first (so "2021年1至6月" beats "2021年", "与5月相比" beats "5月"),
with a catch-all "…以来" only filling gaps. A duration ("三个月时间", "为期2个月") right
after a "since" anchor ("5月份以来", "自2020年8月21日起") closes that anchor's period.

Year resolution, in order: a written year (2020年, 二〇二〇年); a relative year
(今年/本年 = publication year, 去年 −1, 前年 −2; with no publication date 今年 is the year
the text has in force, as the gold reads a yearless page — "2019年以来…今年1月1日至7月31日" →
2019 — and 去年/前年 are unknown, unless the page reviews that year (2017年度… / 过去一年: 去年 is
the year in force, context.reviews_its_year); 当年 = default_year); otherwise
default_year; otherwise the publication year, and then a period that would start after
the publication date is unknown (both null) rather than guessed into the previous year —
unless it is a day within a month before a January page's date in that year (12月31日 on a
page of 2019-01-01).
"Since" periods end on the publication date (None when it is unknown).

The package holds every period rule: ``mentions`` (the rule table, context-free) and
``context`` (rules that read the sentence or page around a mention). Import from here.
"""
# (_RULES, _rules_for, _find_periods and _RELATIVE_ANY for the guard tests and the profile's memo clearing)
from parsers.periods.context import (CAMPAIGN_SINCE, ELAPSED, IGNORED_OR_WEAK, IGNORED_PERIOD_KINDS, NAMED_WINDOW,
                                     NEXT_DAY, RECENT, REVIEW_SEASON_END, SAME_DAY, SUMMING, THAT_DAY,
                                     WEAK_PERIOD_KINDS, YEAR, _RELATIVE_ANY, closed_before, compared_in, cutoff,
                                     founded_mentions, founding_day, into_next_year, into_page_year, named_windows,
                                     period_before, period_for, range_ending, relative_mentions, results_named_after,
                                     reviewed_year_since,
                                     reviews_its_year, since_campaign, story_day, victim_story_day, window_mentions)
from parsers.periods.mentions import (UNKNOWN, Period, PeriodMention, _find_periods, _rules_for, _RULES, add_months,
                                      find_periods, month_end)

__all__ = ["CAMPAIGN_SINCE", "ELAPSED", "IGNORED_OR_WEAK", "IGNORED_PERIOD_KINDS", "NAMED_WINDOW", "NEXT_DAY",
           "RECENT", "REVIEW_SEASON_END", "SAME_DAY", "SUMMING", "THAT_DAY", "UNKNOWN", "WEAK_PERIOD_KINDS", "YEAR",
           "Period", "PeriodMention", "add_months", "closed_before", "compared_in", "cutoff", "find_periods",
           "founded_mentions", "founding_day", "results_named_after", "into_next_year", "into_page_year", "month_end", "named_windows",
           "period_before", "period_for", "range_ending", "relative_mentions", "reviewed_year_since",
           "reviews_its_year", "since_campaign", "story_day", "victim_story_day", "window_mentions"]
