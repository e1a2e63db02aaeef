"""isacheck: does this AMD GPU execute FP8, and does this Triton kernel use it or emulate it?"""

__version__ = "0.1.0"
