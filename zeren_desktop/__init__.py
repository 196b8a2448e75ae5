"""Zeren Desktop (责任台账): accountability records for discipline-inspection offices."""

__version__ = "0.1.0"
