# Common errors a tutorial shows on purpose: shape mismatch in matmul and add, in-place broadcast, dtype mixing.
import torch

a = torch.ones(2, 3)
b = torch.ones(2, 3)
for f in (lambda: a @ b, lambda: a + torch.ones(3, 2), lambda: a.add_(torch.ones(4, 2, 3)),
          lambda: torch.ones(2, dtype=torch.long).add_(torch.ones(2) * 0.5),
          lambda: torch.cat([a, torch.ones(2, 2)]), lambda: torch.stack([a, torch.ones(3, 2)]),
          lambda: a.view(4, 2), lambda: torch.ones(3)[3], lambda: a.sum(dim=2)):
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(a @ b.T)
print(torch.ones(2, 1) + torch.ones(3), (torch.arange(3) * 0.5).dtype, torch.arange(3) / 2)
print(torch.tensor([1, 2]) + 0.5, torch.tensor([1, 2]) // 2, torch.tensor([True, False]) + 1)
x = torch.ones(3, requires_grad=True)
try:
    x.add_(1)
except RuntimeError as e:
    print(e)
