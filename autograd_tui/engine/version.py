"""``torch.version``: what an environment-check cell prints (``torch.version.cuda`` is None on a
CPU build). The values are PyTorch 2.13.0's CPU wheel's, the release whose output the engine gives."""
from typing import Optional

__all__ = ["__version__", "debug", "cuda", "git_version", "hip", "rocm", "xpu"]
__version__ = "2.13.0+cpu"
debug = False
cuda: Optional[str] = None
git_version = "cf30153c4c131c8164ee7798e5022d810682e2cb"
hip: Optional[str] = None
rocm: Optional[str] = None
xpu: Optional[str] = None
