"""The bundled per-site configs (one YAML file per republisher), shipped as package data."""
