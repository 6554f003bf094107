# Softmax chapter: temperature limits — uniform as T grows, one-hot (argmax) as T shrinks; entropy along the way.
import torch

z = torch.tensor([1.0, 2.0, 2.5, -1.0])
for T in (100.0, 10.0, 1.0, 0.5, 0.1, 0.01):
    p = torch.softmax(z / T, dim=0)
    H = -(p * torch.log(p.clamp_min(1e-45))).sum()
    print(f"T={T:6.2f}", p, f"H={H.item():.6f}")
print(torch.log(torch.tensor(4.0)))
print(torch.softmax(z / 1e-4, 0), torch.nn.functional.one_hot(z.argmax(), 4))
print(torch.softmax(torch.tensor([1.0, 1.0]) / 1e-30, 0))
print(torch.special.entr(torch.softmax(z, 0)).sum())
g = torch.nn.functional.gumbel_softmax
torch.manual_seed(103)
print(g(z, tau=0.5, hard=False))
print(g(z, tau=0.5, hard=True))
