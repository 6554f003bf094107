# Q: view() fails after permute/transpose: "view size is not compatible with input tensor's size and stride".
import torch

x = torch.arange(24).view(2, 3, 4)
y = x.permute(0, 2, 1)
print(y.shape, y.is_contiguous(), x.stride(), y.stride())
try:
    y.view(2, 12)
except RuntimeError as e:
    print(e)
print(y.contiguous().view(2, 12))
print(y.reshape(2, 12).equal(y.contiguous().view(2, 12)))
print(y.reshape(2, 12).data_ptr() == y.data_ptr(), x.view(6, 4).data_ptr() == x.data_ptr())
t = torch.rand(3, 5).t()
print(t.is_contiguous(), t.view(-1, 3).shape if t.is_contiguous() else t.flatten().shape)
z = x.transpose(1, 2)
try:
    z.view(-1)
except RuntimeError as e:
    print(type(e).__name__)
print(z.flatten()[:6])
print(x[:, :, ::2].is_contiguous(), x[:, :, ::2].reshape(-1)[:4])
print(x.unsqueeze(0).view(-1, 4).shape, x.expand(2, 2, 3, 4).is_contiguous())
