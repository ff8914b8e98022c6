"""The browser floor for bench/dashboard.py: the least a Streamlit page with one Plotly chart
costs a fresh browser on this machine (Streamlit's own bundle plus the Plotly chunk it loads
for the first chart). No data, no work: what any Streamlit + Plotly dashboard pays."""
import plotly.graph_objects as go
import streamlit as st

st.title("floor")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2])))
