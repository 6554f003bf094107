# Quiz C5: torch.multinomial with and without replacement
import torch

torch.manual_seed(0)
w = torch.tensor([0.0, 10.0, 3.0, 1.0])
print(torch.multinomial(w, 3))
print(torch.multinomial(w, 6, replacement=True))
try:
    torch.multinomial(w, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.bernoulli(torch.tensor([0.0, 1.0, 1.0])))
