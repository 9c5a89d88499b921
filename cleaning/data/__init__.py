"""The cleaning pipeline and its word lists, shipped as package data."""
