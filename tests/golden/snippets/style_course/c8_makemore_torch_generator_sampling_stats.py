# torch.multinomial with a Generator: sampling frequencies converge to the probabilities.
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p)
samples = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
print(samples)
many = torch.multinomial(p, num_samples=10000, replacement=True, generator=g)
print(torch.bincount(many, minlength=3) / 10000)
try:
    torch.multinomial(p, num_samples=5, replacement=False)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.multinomial(torch.tensor([0.0, 1.0, 0.0]), 2, replacement=True))
try:
    torch.multinomial(torch.tensor([-0.1, 1.0]), 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.multinomial(torch.tensor([[0.5, 0.5], [0.0, 1.0]]), 1, generator=g).shape)
