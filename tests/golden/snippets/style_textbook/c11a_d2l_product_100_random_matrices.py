# d2l numerical stability: multiplying 100 Gaussian random matrices explodes; scaled matrices stay tame.
import torch

torch.manual_seed(24)
M = torch.normal(0, 1, size=(4, 4))
print('a single matrix \n', M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
print('after multiplying 100 matrices\n', M)
torch.manual_seed(24)
N = torch.eye(4)
norms = []
for i in range(100):
    N = N @ (torch.normal(0, 1, size=(4, 4)) / 2.0)
    if i % 20 == 19:
        norms.append(N.norm().item())
print([f"{n:.3e}" for n in norms])
D = torch.eye(4, dtype=torch.float64)
for i in range(50):
    D = D @ torch.diag(torch.tensor([1.1, 0.9, 1.0, 0.5], dtype=torch.float64))
print(D.diagonal())
print(torch.isinf(M).any(), M.abs().max() > 1e20)
