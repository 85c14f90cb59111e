"""Use cases with their transaction boundaries: the only door the UI and the CLI use.

Nothing is imported here so that each command loads only the modules it needs.
"""
