"""The assessment wizard (issue 4): from the facts of a case to a saved determination."""

from zeren_desktop.ui.wizard.assessment_wizard import AssessmentWizard

__all__ = ["AssessmentWizard"]
