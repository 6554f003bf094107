# torch.squeeze and unsqueeze with dim arguments
import torch

x = torch.zeros(2, 1, 2, 1, 2)
print(x.size())
print(torch.squeeze(x).size())
print(torch.squeeze(x, 0).size())
print(torch.squeeze(x, 1).size())
print(torch.squeeze(x, (1, 2, 3)).size())
y = torch.tensor([1, 2, 3, 4])
print(torch.unsqueeze(y, 0))
print(torch.unsqueeze(y, 1))
print(y.unsqueeze(-1).shape)
