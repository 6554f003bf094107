# nn.Linear by hand: y = x W^T + b, and its gradients
import torch
import torch.nn as nn

torch.manual_seed(17)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3)
mine = x @ lin.weight.T + lin.bias
print(torch.allclose(mine, lin(x)))
dy = torch.ones(4, 2)
lin(x).backward(dy)
print(torch.allclose(lin.weight.grad, dy.T @ x), torch.allclose(lin.bias.grad, dy.sum(0)))
print(lin.bias.grad)
print(torch.addmm(lin.bias, x, lin.weight.t()) - lin(x))
