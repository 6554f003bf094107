# F.glu / nn.GLU as ATen computes them: a * (1 / (1 + exp(-b))) in the input's type, SLEEF's exp on
# whole vector blocks and the C library's on the rest (which the halves' layout decides).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
x = torch.randn(6, 40) * 4
print(F.glu(x)[0].tolist())
print(F.glu(x, dim=0)[2, ::2].tolist())
seq = torch.randn(2, 8, 70) * 3
print(nn.GLU(dim=1)(seq)[1, 3, :12].tolist())
print(nn.GLU()(seq)[0, 5, ::3].tolist())
d = torch.randn(4, 66, dtype=torch.float64) * 4
print(F.glu(d)[3, :8].tolist())
w = (torch.randn(3, 10) * 2).requires_grad_()
out = F.glu(w.t(), dim=0)
out.backward(torch.ones_like(out))
print(out[:, 1].tolist(), w.grad[1].tolist())
