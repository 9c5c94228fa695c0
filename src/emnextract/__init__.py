"""emnextract: structured, source-linked records from EMN Netherlands annual reports.

>>> from emnextract import extract
>>> report = extract("fixtures/emn2019-part1.txt")   # or a PDF
>>> report.footnotes[12].text
"""

from .errors import EmnError
from .model import SCHEMA_VERSION, Report
from .pipeline import Pipeline, build_report, extract, extract_text, load_document
from .stages import Stage, StageResult

__version__ = "0.1.0"
__all__ = [
    "EmnError",
    "Pipeline",
    "Report",
    "SCHEMA_VERSION",
    "Stage",
    "StageResult",
    "__version__",
    "build_report",
    "extract",
    "extract_text",
    "load_document",
]
