# Per-user negative sampling from rows of a probability matrix
import torch

torch.manual_seed(31)
weights = torch.tensor([[1.0, 0.0, 1.0, 2.0], [0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0]])
draws = torch.multinomial(weights, 1)
print(draws)
print(torch.multinomial(weights[2], 4))
try:
    torch.multinomial(weights, 2)
except RuntimeError as e:
    print(e)
try:
    torch.multinomial(torch.zeros(3), 1)
except RuntimeError as e:
    print(e)
print(torch.multinomial(weights, 2, replacement=True).shape)
