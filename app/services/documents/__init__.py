"""Documents the program writes or reads: notice and report PDFs, XLSX and CSV files."""
