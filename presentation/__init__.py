"""Presentation: what the warehouse holds, as terminal tables, comparisons, exports and the HTML report. Reads the
warehouse views; knows no PDFs and no Prefect."""
