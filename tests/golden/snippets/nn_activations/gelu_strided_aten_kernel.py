# GELU of a float32 tensor that is not contiguous (or has one element) runs ATen's own kernel, not
# oneDNN's: its vector erf (Abramowitz-Stegun 7.1.26 with SLEEF's expf) on whole vector blocks,
# the C library's erff on the rest of each run; the backward fuses cdf + x * pdf in the vector form.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
base = (torch.randn(6, 40) * 3).requires_grad_()
cols = base[:, 3:36]          # rows of 33: 32 in vectors, 1 scalar
y = F.gelu(cols)
dy = torch.randn(y.shape)
y.backward(dy)
print(y[0, ::3].tolist())
print(y[5, 28:].tolist())
print(base.grad[1, 3:36:3].tolist())
print(base.grad[4, 30:36].tolist())
t = torch.randn(8, 5) * 2
print(F.gelu(t.t())[0].tolist())
print(F.gelu(torch.tensor([0.7311]), approximate="none").item(), F.gelu(torch.tensor(-1.25)).item())
x = (torch.randn(2, 3, 4, 4) * 2).to(memory_format=torch.channels_last).requires_grad_()
out = torch.nn.GELU()(x)
out.sum().backward()
print(out.is_contiguous(memory_format=torch.channels_last), out[1, 2].tolist())
print(x.grad[0, 1].tolist())
