# spectral_norm: the power-iteration buffers drawn at registration, updated per call in training, frozen in eval; dims, checks.
import torch, torch.nn as nn
from torch.nn.utils import parametrizations, parametrize
torch.manual_seed(0)
s = parametrizations.spectral_norm(nn.Linear(5, 4))
print(s)
print([n for n, _ in s.named_parameters()], [n for n, _ in s.named_buffers()])
print(s.parametrizations.weight[0]._u, s.parametrizations.weight[0]._v)
w = s.weight
print(w, torch.linalg.matrix_norm(w.detach(), ord=2).round(decimals=4))
for _ in range(5):
    s(torch.randn(1, 5))
print(s.parametrizations.weight[0]._u)
s.eval()
print(s.weight.grad_fn, torch.linalg.svdvals(s.weight.detach())[0])
c = parametrizations.spectral_norm(nn.ConvTranspose2d(2, 3, 2))
print(c.parametrizations.weight[0].dim, c.parametrizations.weight[0]._u.shape, c.parametrizations.weight[0]._v.shape)
c2 = parametrizations.spectral_norm(nn.Conv2d(2, 3, 2), n_power_iterations=2)
out = c2(torch.randn(1, 2, 3, 3)).sum()
out.backward()
print(c2.parametrizations.weight.original.grad.shape, c2.parametrizations.weight[0].n_power_iterations)
try:
    parametrizations.spectral_norm(nn.Linear(2, 2), name="gamma")
except ValueError as e:
    print("ValueError:", e)
b = parametrizations.spectral_norm(nn.Linear(3, 3), name="bias")
print(b.bias, b.bias.norm())
