# torch.std / var / std_mean / var_mean with correction
import torch

a = torch.tensor([[-0.8166, -1.3802, -0.3560]])
print(torch.std(a, unbiased=False))
torch.manual_seed(0)
b = torch.randn(4, 4)
print(torch.std(b, dim=1, keepdim=True))
print(torch.var(b, dim=1, correction=0))
print(torch.std_mean(b, dim=0))
print(torch.var_mean(b, dim=1, keepdim=True))
