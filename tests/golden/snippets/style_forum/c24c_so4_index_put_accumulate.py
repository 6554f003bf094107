# Q: x[idx] += 1 with repeated indices only adds once
import torch

x = torch.zeros(4)
idx = torch.tensor([0, 0, 2, 2, 2])
x[idx] += 1
print(x)
y = torch.zeros(4)
y.index_put_((idx,), torch.tensor(1.0), accumulate=True)
print(y)
z = torch.zeros(4).index_add_(0, idx, torch.ones(5))
print(z, torch.bincount(idx, minlength=4))
