# view, reshape, permute, contiguity and shared storage.
import torch

t = torch.arange(12)
v = t.view(3, 4)
v[0, 0] = 100
print(t[:3])
p = v.permute(1, 0)
print(p.shape, p.is_contiguous(), v.is_contiguous())
print(p.contiguous().view(-1))
print(v.reshape(2, 6))
print(v.unsqueeze(0).shape, v.flatten().shape, v.stride(), p.stride())
