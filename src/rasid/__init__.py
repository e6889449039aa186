"""rasid (راصد, "observer"): who said what, who met whom, where and when, from Arabic news."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rasid")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
