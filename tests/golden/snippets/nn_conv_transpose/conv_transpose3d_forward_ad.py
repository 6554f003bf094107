# Forward-mode derivative (a JVP) through F.conv_transpose3d, and the double backward it refuses
import torch
import torch.nn.functional as F
import torch.autograd.forward_ad as fwAD

torch.manual_seed(0)
x = torch.randn(1, 2, 2, 2, 2, dtype=torch.double)
w = torch.randn(2, 3, 2, 2, 2, dtype=torch.double)
b = torch.randn(3, dtype=torch.double)
with fwAD.dual_level():
    y = F.conv_transpose3d(fwAD.make_dual(x, torch.ones_like(x)), w, b, stride=2)
    print(fwAD.unpack_dual(y).tangent[0, :, 1, 1])
    y = F.conv_transpose3d(x, fwAD.make_dual(w, torch.full_like(w, 0.5)), fwAD.make_dual(b, torch.ones(3)),
                           stride=(2, 1, 1), padding=1, output_padding=(1, 0, 0))
    print(y.shape, fwAD.unpack_dual(y).tangent[0, :, 1])
xr = x.clone().requires_grad_()
g, = torch.autograd.grad(F.conv_transpose3d(xr, w).pow(2).sum(), xr, create_graph=True)
print(g.shape, g.grad_fn is not None)
