"""SQLAlchemy models, database opening, migrations and backup. No Qt."""
