"""Contract tests: one set of tests for every implementation of a UI port."""
