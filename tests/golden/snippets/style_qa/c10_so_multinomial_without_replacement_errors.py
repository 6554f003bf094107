# Q: sampling indices without replacement: randperm[:k], multinomial(replacement=False) and its errors.
import torch

g = torch.Generator().manual_seed(0)
print(torch.randperm(10, generator=g)[:4])
w = torch.tensor([0.1, 0.0, 0.5, 0.4])
print(torch.multinomial(w, 3, replacement=False, generator=g))
print(torch.multinomial(w, 6, replacement=True, generator=g))
try:
    torch.multinomial(w, 4, replacement=False)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.multinomial(torch.tensor([0.5, -0.1, 0.6]), 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.multinomial(torch.zeros(3), 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.multinomial(torch.tensor([1, 2, 3]), 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.multinomial(torch.tensor([[1.0, 0.0], [0.0, 1.0]]), 1).T)
idx = torch.randint(0, 5, (8,), generator=g)
print(idx, torch.bincount(idx, minlength=5))
print(torch.utils.data.RandomSampler(range(6), generator=torch.Generator().manual_seed(1)).__iter__().__next__())
