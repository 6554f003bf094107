import torch

probs = torch.tensor([[0.1, 0.6, 0.3], [0.5, 0.25, 0.25]])
g1 = torch.Generator().manual_seed(9)
g2 = torch.Generator().manual_seed(9)
a = torch.multinomial(probs, 4, replacement=True, generator=g1)
b = torch.multinomial(probs, 4, replacement=True, generator=g2)
print(a, torch.equal(a, b))
print(probs.argmax(-1))
try:
    torch.multinomial(probs, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.multinomial(torch.tensor([0.5, -0.1]), 1)
except Exception as e:
    print(type(e).__name__, e)
