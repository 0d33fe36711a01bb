"""Handovers of items to employees (BAST pemakaian) and their return, and loans to another body
(pinjam pakai): BMD.md §12."""
