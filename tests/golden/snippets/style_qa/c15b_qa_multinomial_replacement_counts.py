# Q: torch.multinomial with and without replacement, rows of probabilities, unnormalised weights.
import torch

torch.manual_seed(11)
w = torch.tensor([1.0, 3.0, 6.0])
draws = torch.multinomial(w, 1000, replacement=True)
print(torch.bincount(draws) / 1000.0)
print(torch.multinomial(w, 3), torch.multinomial(w, 2))
rows = torch.tensor([[0.0, 1.0, 0.0], [0.5, 0.5, 0.0]])
print(torch.multinomial(rows, 2, replacement=True))
try:
    torch.multinomial(w, 4)
except RuntimeError as e:
    print(e)
try:
    torch.multinomial(torch.tensor([0.5, -0.1]), 1)
except RuntimeError as e:
    print(e)
