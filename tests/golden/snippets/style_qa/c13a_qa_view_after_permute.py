# Q: "view size is not compatible with input tensor's size and stride" after permute. A: contiguous() or reshape().
import torch

x = torch.arange(24).reshape(2, 3, 4)
p = x.permute(0, 2, 1)
print(p.shape, p.stride(), p.is_contiguous())
try:
    p.view(2, 12)
except RuntimeError as e:
    print(e)
print(p.contiguous().view(2, 12))
print(p.reshape(2, 12).data_ptr() == p.data_ptr(), x.reshape(6, 4).data_ptr() == x.data_ptr())
t = x.transpose(1, 2)
print(t.view(2, 4, 3).shape)
print(t.view(-1, 3).shape if t.is_contiguous() else "not contiguous")
print(x[:, :, ::2].is_contiguous(), x[:, :, ::2].stride())
print(x[:, 1].view(2, 2, 2))
c = p.contiguous()
print(c.stride(), c.data_ptr() == p.data_ptr())
print(x.t() if x.dim() <= 2 else x.mT.shape)
try:
    x.t()
except RuntimeError as e:
    print(e)
