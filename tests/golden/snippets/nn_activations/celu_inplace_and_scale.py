# CELU multiplies x by 1/alpha in float before expm1 (every bit shown), and in place it
# records CeluBackward1, which works from the output.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 20) * 2
print(F.celu(x, alpha=0.7).flatten().tolist())
print(F.celu(x, alpha=3.3).flatten().tolist())
w = torch.randn(2, 20, requires_grad=True)
h = w * 1.5
out = F.celu(h, alpha=0.7, inplace=True)
print(out.grad_fn)
out.sum().backward()
print(w.grad)
m = torch.nn.CELU(0.4, inplace=True)
print(m, m(torch.tensor([-1.0, 0.0, 2.0], requires_grad=True) * 1).grad_fn)
