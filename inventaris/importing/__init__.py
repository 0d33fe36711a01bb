"""Importing the office's existing asset spreadsheets (KIB sheets, regional exports, our own).

reading: opening .xlsx/.csv safely, bounded in time and memory.
values: turning what people type into the register's values.
headers: finding the header row and mapping its columns to fields.
planning: checking every row against the register before anything is written.
committing: writing the plan in one transaction.
"""
