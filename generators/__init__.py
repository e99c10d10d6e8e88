"""Secret Sauce generators: render labelled datasets of instrument patches."""
