"""The ingest batch the Python API and the Prefect flow run: documents prepared, read, loaded in order."""
