# Q: how do strides change under permute, narrow and expand?
import torch

x = torch.zeros(2, 3, 4)
print(x.stride())
p = x.permute(2, 0, 1)
print(p.shape, p.stride(), p.is_contiguous())
n = x.narrow(2, 1, 2)
print(n.shape, n.stride(), n.storage_offset())
e = torch.zeros(3, 1).expand(3, 5)
print(e.stride(), e.is_contiguous())
print(p.contiguous().stride(), x[:, ::2].stride())
print(x.transpose(1, 2).is_contiguous(), x.transpose(1, 2).contiguous().is_contiguous())
print(torch.empty_strided((2, 3), (1, 2)).stride())
