# Inspecting what upsampling and padding nodes keep for backward, as a U-Net learner might.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 3, 3, requires_grad=True)
up = F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True)
node = up.grad_fn
print(node.name(), node._saved_output_size, node._saved_scales_h, node._saved_align_corners)
print(node._saved_self_sym_sizes)
near = nn.Upsample(size=(5, 4))(x)
print(near.grad_fn.name(), near.grad_fn._saved_scales_w, sorted(n for n in dir(near.grad_fn) if n.startswith("_saved")))
sig = torch.randn(2, 4, 6, requires_grad=True)
lin = F.interpolate(sig, scale_factor=1.5, mode="linear")
print(lin.grad_fn.name(), lin.grad_fn._saved_scales, lin.grad_fn._saved_output_size)

padded = F.pad(x, (1, 2, 0, 1), mode="reflect")
print(padded.grad_fn, padded.grad_fn._saved_padding)
(g,) = torch.autograd.grad(padded.pow(2).sum(), x, create_graph=True)
print(g.grad_fn, g.grad_fn._saved_padding, g.grad_fn.next_functions[0][0])
rep = nn.ReplicationPad1d(2)(sig)
print(rep.grad_fn, rep.grad_fn._saved_padding, rep.shape)
try:
    F.interpolate(torch.randn(3, 5), scale_factor=2, mode="linear")
except NotImplementedError as e:
    print("NotImplementedError:", e)
