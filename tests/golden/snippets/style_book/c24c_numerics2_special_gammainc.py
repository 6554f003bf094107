# Section 7.11: regularised incomplete gamma functions
import torch

a = torch.tensor([1.0, 2.0, 3.0])
x = torch.tensor([1.0, 1.0, 5.0])
p = torch.special.gammainc(a, x)
q = torch.special.gammaincc(a, x)
print(p)
print(q)
print((p + q))
print(torch.igamma(torch.tensor([1.0]), torch.tensor([0.0])))
