# Q: 0.1 + 0.2 prints as 0.3000 but == 0.3 is False
import torch

s = torch.tensor(0.1) + torch.tensor(0.2)
print(s, s == 0.3)
print(s.item())
torch.set_printoptions(precision=10)
print(s)
print(torch.tensor(0.3))
torch.set_printoptions(precision=4)
print(torch.isclose(s, torch.tensor(0.3)))
