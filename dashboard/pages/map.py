"""地图 Map: province choropleth with city/county bubbles; pick a province to drill down."""
import streamlit as st

from dashboard import figures, geo, i18n, sidebar, tables, views
from dashboard.pages import page_context

ds, filters, lang = page_context()
metric = filters.metric_or_default
label = i18n.metric_label(metric, lang)

# Numbers first, under a spinner: the title appears with the map, never over a blank page.
with st.spinner(i18n.t("computing", lang)):
    values = views.map_values(ds, filters, metric)
    bubbles = views.map_bubbles(ds, filters, metric, filters.province)
    focus = None
    if filters.province:
        codes = values.loc[values["province"] == filters.province, "adcode"].dropna()
        # the boundary file knows every province, with or without a figure in the window
        focus = codes.iloc[0] if len(codes) else geo.province_adcode(filters.province)
    fig = figures.province_choropleth(values, metric_label=label, lang=lang, bubbles=bubbles,
                                      focus_province=focus)
    table = bubbles if filters.province else values.rename(columns={"province": "name"})
    shown = tables.region_table(table, metric, lang)
adcode_to_province = dict(zip(values["adcode"], values["province"]))


def _drill_from_selection() -> None:
    points = st.session_state["map_chart"].selection.get("points", [])
    chosen = next((adcode_to_province.get(str(p.get("location"))) for p in points
                   if str(p.get("location")) in adcode_to_province), None)
    if chosen:
        sidebar.set_region(chosen)


st.title(f"{i18n.t('page_map', lang)} — {label}")
st.caption(i18n.t("map_level_hint", lang) + " " + i18n.t("window_rule", lang))
# scrollZoom off: the mouse wheel scrolls the page; zoom with the +/- buttons or a drag.
st.plotly_chart(fig, width="stretch", key="map_chart", on_select=_drill_from_selection,
                selection_mode="points", config={"scrollZoom": False})
st.caption(geo.map_caption(lang))
if filters.province:
    st.button(i18n.t("nationwide", lang), icon=":material/zoom_out_map:",
              on_click=sidebar.set_region, args=(None,))

st.subheader(i18n.t("region_table", lang))
st.dataframe(shown, hide_index=True, width="stretch",
             column_config={"#": st.column_config.NumberColumn(format="%.0f")})
