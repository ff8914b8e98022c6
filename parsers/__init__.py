"""Turn scraped police bulletins on telecom/online fraud into evidence-linked records.

Layers (each a small pure module): reading → cleaning → units → meta / numbers / periods /
gazetteer / campaigns → facts → pipeline → cache. See docs/contract.md for the output shape.
"""
