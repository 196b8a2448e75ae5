"""ReportLab builders: fonts, page templates, one module per document kind. No Qt."""
