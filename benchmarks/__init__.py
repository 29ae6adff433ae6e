"""Performance suite: `make bench`. Ratios against a baseline measured in the same run."""
