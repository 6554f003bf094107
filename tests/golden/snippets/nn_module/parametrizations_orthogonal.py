# torch.nn.utils.parametrizations.orthogonal: square (matrix_exp), wide and tall (householder), cayley.
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import orthogonal

torch.manual_seed(0)
sq = orthogonal(nn.Linear(3, 3))
print(sq)
print(sq.parametrizations.weight.original)
print(sq.weight)
print(torch.allclose(sq.weight @ sq.weight.T, torch.eye(3), atol=1e-5), sorted(sq.state_dict().keys()))
tall = orthogonal(nn.Linear(2, 4))
print(tall.weight, torch.allclose(tall.weight.T @ tall.weight, torch.eye(2), atol=1e-5))
wide = orthogonal(nn.Linear(4, 2), orthogonal_map="cayley")
print(wide.weight.shape, torch.allclose(wide.weight @ wide.weight.T, torch.eye(2), atol=1e-5))
print(wide.parametrizations.weight[0].orthogonal_map, tall.parametrizations.weight[0].orthogonal_map)
opt = torch.optim.SGD(sq.parameters(), lr=0.1)
x = torch.randn(5, 3)
for step in range(3):
    opt.zero_grad()
    loss = (sq(x) - x.flip(1)).pow(2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), torch.allclose(sq.weight @ sq.weight.T, torch.eye(3), atol=1e-5))
print(sq.parametrizations.weight.original.grad)
try:
    orthogonal(nn.Linear(3, 3), orthogonal_map="qr")
except ValueError as e:
    print("ValueError:", e)
try:
    orthogonal(nn.Linear(3, 3), name="bias")
except ValueError as e:
    print("ValueError:", e)
