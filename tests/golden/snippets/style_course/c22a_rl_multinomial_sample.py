import torch

torch.manual_seed(100)
probs = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
print(torch.multinomial(probs, 1))
print(torch.multinomial(probs, 2))
print(torch.multinomial(probs[0], 5, replacement=True))
try:
    torch.multinomial(probs[0], 5)
except RuntimeError as e:
    print(e)
