"""The disposal cycle (penghapusan, BMD.md §13): proposals now, inspection and decree later."""
