"""The PDF reader: pdfplumber chars -> lines -> roles -> Document."""
