# Q: x[idx] += 1 with repeated indices only adds once. How do I count duplicates?
import torch

idx = torch.tensor([0, 2, 2, 2, 1])
a = torch.zeros(4)
a[idx] += 1
print(a)
b = torch.zeros(4)
b.index_put_((idx,), torch.ones(5), accumulate=True)
print(b)
c = torch.zeros(4).index_add_(0, idx, torch.ones(5))
print(c, torch.bincount(idx, minlength=4))
d = torch.zeros(2, 3)
d.index_put_((torch.tensor([0, 0, 1]), torch.tensor([1, 1, 2])), torch.tensor([1.0, 2.0, 3.0]), accumulate=True)
print(d)
