# Section 6.12: logsumexp over several dims
import torch

x = torch.zeros(2, 3, 4)
print(torch.logsumexp(x, dim=(1, 2)).round(decimals=4))
print(torch.logsumexp(x, dim=-1, keepdim=True).shape)
print(torch.logsumexp(torch.tensor([]), dim=0))
print(torch.logsumexp(torch.tensor([[1, 2]]), dim=1).dtype)
