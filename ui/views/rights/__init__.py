"""The citizen's rights requests: record, extend, decide and answer (issue 8)."""
