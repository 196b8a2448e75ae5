"""Use cases: one public method = one transaction; return plain data. No Qt."""
