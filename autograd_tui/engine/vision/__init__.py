"""``torchvision`` as the embedded engine provides it: ``torchvision.models.resnet18`` and its weights."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.vision import models  # noqa: F401

__version__ = "0.28.0"

# torchvision's other public packages and functions (its documented top-level API; the oracle's
# Python has no torchvision to record them from): a learner's `from torchvision import transforms`
# or `torchvision.utils.make_grid` gets the line saying real torchvision has them.
_ONLY_IN_TORCHVISION = ("datasets", "io", "ops", "transforms", "tv_tensors", "utils", "get_image_backend",
                        "set_image_backend", "get_video_backend", "set_video_backend")

__getattr__ = _missing.module_getattr("torchvision", _ONLY_IN_TORCHVISION)
