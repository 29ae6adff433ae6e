"""Accountability without content (issue 8): reports, review mode and the privacy-incident form."""
