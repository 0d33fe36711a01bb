"""Handovers to employees (BAST), their return, loans (pinjam pakai) and an employee's items."""
