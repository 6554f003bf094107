# Section 8.14: spread of tiny samples
import torch

for n in (1, 2, 3):
    x = torch.arange(float(n))
    print(n, x.std(), x.std(correction=0), x.var(unbiased=True))
print(torch.tensor([[1.0, 3.0], [2.0, 2.0]]).std(dim=1))
