"""The printed sheets (KIB, KIR, Buku Inventaris, mutasi …) as Excel workbooks, via openpyxl."""
