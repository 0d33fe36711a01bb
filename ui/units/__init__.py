"""Units of the regency: the picker after login, the Admin's Unit tab, the unit dialog."""
