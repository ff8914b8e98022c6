"""地图 Map: province choropleth with city/county bubbles; pick a province to drill down."""
import streamlit as st

from dashboard import geo, i18n, loading, sidebar
from dashboard.pages import map_chart, page_context

ds, filters, lang = page_context()
metric = filters.metric_or_default
label = i18n.metric_label(metric, lang)

# Numbers first, under a spinner: the title appears with the map, never over a blank page.
with st.spinner(i18n.t("computing", lang)):
    view = loading.map_view(ds, filters, metric, lang)
fig, shown, adcode_to_province = view.figure, view.table, view.adcode_to_province


def _drill_from_selection() -> None:
    points = st.session_state["map_chart"].selection.get("points", [])
    chosen = next((adcode_to_province.get(str(p.get("location"))) for p in points
                   if str(p.get("location")) in adcode_to_province), None)
    if chosen:
        sidebar.set_region(chosen)


st.title(f"{i18n.t('page_map', lang)} — {label}")
if filters.metric is None:  # 全部指标 in the sidebar: a map draws one (newcomer review 12)
    st.caption(i18n.t("map_default_metric", lang, metric=label))
# "pick a province to see its cities" only where no province is picked (a municipality's
# map shows districts, and a drilled-in one needs no such hint: newcomer review 13)
st.caption(("" if filters.province else i18n.t("map_level_hint", lang) + " ")
           + i18n.t("window_rule", lang))
# scrollZoom off: the mouse wheel scrolls the page; zoom with the +/- buttons or a drag.
map_chart(fig, width="stretch", key="map_chart", on_select=_drill_from_selection,
          selection_mode="points", config={"scrollZoom": False})
for note in view.notes:  # fixed texts and durations only, no data text
    st.caption(note)
st.caption(geo.map_caption(lang))
if view.province_only:
    st.caption(i18n.t("map_province_only", lang))
if filters.province:
    st.button(i18n.t("nationwide", lang), icon=":material/zoom_out_map:",
              on_click=sidebar.set_region, args=(None,))

st.subheader(i18n.t("region_table", lang))
if shown.empty:
    st.info(i18n.t("no_data", lang))  # (Streamlit's own placeholder for an empty table is English)
else:
    st.dataframe(shown, hide_index=True, width="stretch",
                 column_config={i18n.t("exact_value", lang): st.column_config.NumberColumn(format="%.0f")})
