# 3-D segmentation decoder: trilinear / nearest upsampling of a small volume, gradients and nodes.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
vol = torch.randn(1, 2, 2, 3, 3, requires_grad=True)
up = F.interpolate(vol, scale_factor=(2, 1.5, 2), mode="trilinear", align_corners=False)
print(up.shape, up.grad_fn.name())
print(up[0, 0, :, 1])
node = up.grad_fn
print(node._saved_scales_d, node._saved_scales_h, node._saved_scales_w, node._saved_output_size, node._saved_align_corners)
g = torch.randn(up.shape, requires_grad=True)
(gv,) = torch.autograd.grad(up, vol, g, create_graph=True)
print(gv[0, 1], gv.grad_fn.name())
(gg,) = torch.autograd.grad(gv.sum(), g)
print(gg.shape, gg[0, 0, 0, 0])
ac = F.interpolate(vol.double(), size=(3, 5, 4), mode="trilinear", align_corners=True)
print(ac[0, 1, 1], ac.dtype)
for mode in ["nearest", "nearest-exact", "area"]:
    out = F.interpolate(vol, size=(3, 4, 5), mode=mode)
    print(mode, out.shape, out.grad_fn.name(), round(out.sum().item(), 4))
print(nn.Upsample(scale_factor=2, mode="trilinear")(vol).shape)
seg = torch.randint(0, 3, (1, 1, 2, 2, 2), dtype=torch.uint8)
print(F.interpolate(seg, scale_factor=2, mode="nearest").flatten()[:10], seg.flatten())
for bad in [dict(input=vol[0], mode="trilinear"), dict(input=seg, mode="trilinear"), dict(input=vol.long(), mode="nearest")]:
    try:
        F.interpolate(bad.pop("input"), scale_factor=2, **bad)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    F.interpolate(vol, size=(0, 2, 2), mode="trilinear")
except RuntimeError as e:
    print("RuntimeError:", e)
