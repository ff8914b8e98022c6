"""地图 Map: province choropleth with city/county bubbles; pick a province to drill down."""
import streamlit as st

from dashboard import figures, geo, i18n, sidebar, views
from dashboard.pages import page_context

ds, filters, lang = page_context()
metric = filters.metric_or_default
label = i18n.metric_label(metric, lang)
st.title(f"{i18n.t('page_map', lang)} — {label}")
st.caption(i18n.t("map_level_hint", lang) + " " + i18n.t("window_rule", lang))

values = views.map_values(ds, filters, metric)
bubbles = views.map_bubbles(ds, filters, metric, filters.province)
focus = None
if filters.province:
    codes = values.loc[values["province"] == filters.province, "adcode"].dropna()
    focus = codes.iloc[0] if len(codes) else None
adcode_to_province = dict(zip(values["adcode"], values["province"]))


def _drill_from_selection() -> None:
    points = st.session_state["map_chart"].selection.get("points", [])
    chosen = next((adcode_to_province.get(str(p.get("location"))) for p in points
                   if str(p.get("location")) in adcode_to_province), None)
    if chosen:
        sidebar.set_region(chosen)


fig = figures.province_choropleth(values, metric_label=label, lang=lang, bubbles=bubbles,
                                  focus_province=focus)
st.plotly_chart(fig, width="stretch", key="map_chart", on_select=_drill_from_selection,
                selection_mode="points")
st.caption(geo.map_caption(lang))
if filters.province:
    st.button(i18n.t("nationwide", lang), icon=":material/zoom_out_map:",
              on_click=sidebar.set_region, args=(None,))

st.subheader(i18n.t("region_table", lang))
table = bubbles if filters.province else values.rename(columns={"province": "name"})
st.dataframe(
    table.assign(value=[i18n.format_amount(v, metric, q, lang)
                        for v, q in zip(table["value"], table["qualifier"])])
    [["name", "value", "period_start", "period_end", "n_sources"]].rename(columns={
        "name": i18n.t("region", lang), "value": label,
        "period_start": i18n.t("start", lang), "period_end": i18n.t("end", lang),
        "n_sources": i18n.t("source", lang)}),
    hide_index=True, width="stretch",
)
