# nn.Linear on a non-contiguous batch (a transposed sequence): matmul, then the bias added in place
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
seq = torch.randn(4, 2, 3)
for x in (seq, seq.transpose(0, 1), seq.permute(1, 0, 2).contiguous(), torch.randn(2, 3, 4).mT, torch.randn(6)[::2]):
    y = lin(x)
    print(tuple(y.shape), y.is_contiguous(), y.grad_fn, y.grad_fn.next_functions)
    y.square().sum().backward()
    print(lin.weight.grad, lin.bias.grad)
    lin.zero_grad()
xd = torch.randn(4, 2, 3, dtype=torch.float64).transpose(0, 1)
lind = nn.Linear(3, 2).double()
print(lind(xd).sum().item(), lind(xd.contiguous()).sum().item())
