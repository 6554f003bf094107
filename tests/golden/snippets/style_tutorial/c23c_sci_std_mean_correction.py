# Sample statistics: std_mean, var with correction=0/1, and along a dim with keepdim.
import torch

x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]], dtype=torch.float64)
print(torch.std_mean(x))
print(torch.var(x, dim=1, correction=0), torch.var(x, dim=1, correction=1))
print(torch.var_mean(x, dim=0, keepdim=True))
print(torch.std(torch.tensor([5.0]), dim=0))
