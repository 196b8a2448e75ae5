"""Pure Python domain: value types, validation and rules. Imports neither Qt nor SQLAlchemy."""
