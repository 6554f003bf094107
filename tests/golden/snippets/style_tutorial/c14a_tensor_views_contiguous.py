# Views tutorial: view vs reshape after transpose, contiguous(), storage sharing, unsqueeze/squeeze/expand.
import torch

base = torch.arange(12.0).view(3, 4)
t = base.t()
print(t.is_contiguous(), t.stride(), base.stride())
try:
    t.view(12)
except RuntimeError as e:
    print(e)
print(t.reshape(12), t.contiguous().view(2, 6))
v = base[:, 1]
v[0] = 100
print(base[0], v.data_ptr() == base.data_ptr() + 4)
e = torch.tensor([1.0, 2.0]).unsqueeze(1).expand(2, 3)
print(e, e.stride())
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
print(torch.ones(1, 3, 1).squeeze().shape, torch.ones(1, 3, 1).squeeze(0).shape, base.flatten().shape)
print(base.permute(1, 0).shape, base.unflatten(1, (2, 2)).shape, base.movedim(0, 1).shape)
