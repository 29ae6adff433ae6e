"""The Help menu: keyboard shortcuts and About (issue 9)."""
