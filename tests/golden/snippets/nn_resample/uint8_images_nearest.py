# Resizing uint8 images: nearest and nearest-exact pick pixels; area pooling has no integer kernel.
import torch
import torch.nn.functional as F

img = torch.arange(48, dtype=torch.uint8).reshape(1, 3, 4, 4)
for mode in ("nearest", "nearest-exact"):
    for kwargs in ({"scale_factor": 2}, {"size": (3, 5)}, {"scale_factor": 0.7}):
        out = F.interpolate(img, mode=mode, **kwargs)
        print(mode, kwargs, out.dtype, tuple(out.shape), out.stride())
        print(out[0, 1])
for pool in (lambda: F.interpolate(img, size=(2, 2), mode="area"), lambda: F.adaptive_avg_pool2d(img.long(), 3)):
    try:
        pool()
    except NotImplementedError as e:
        print(e)
