# Popularity-weighted negatives with torch.multinomial
import torch

torch.manual_seed(7)
counts = torch.tensor([50.0, 10.0, 0.0, 30.0, 10.0])
probs = counts.pow(0.75)
probs = probs / probs.sum()
print(probs)
print(torch.multinomial(probs, 3))
print(torch.multinomial(probs, 6, replacement=True))
try:
    torch.multinomial(probs, 5)
except RuntimeError as e:
    print(e)
try:
    torch.multinomial(torch.tensor([0.5, -0.1]), 1)
except RuntimeError as e:
    print(e)
