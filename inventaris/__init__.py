"""Inventaris engine: domain model, persistence and use cases. Pure Python, no Qt."""

__version__ = "0.1.0"
