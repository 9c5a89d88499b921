"""The JSON Schema of the exported record, shipped as package data."""
