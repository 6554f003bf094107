import torch

s = torch.tensor(5.)
print(s.T)
m = torch.tensor([[1, 2], [3, 4]])
print(m.T)
