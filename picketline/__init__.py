"""picketline: turns news into a live, sourced database of labor disputes."""
__version__ = "0.1.0"
