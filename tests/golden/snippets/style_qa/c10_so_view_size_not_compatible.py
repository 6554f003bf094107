# Q: "view size is not compatible with input tensor's size and stride" after transpose/permute.
import torch

x = torch.arange(24.0).view(2, 3, 4)
t = x.transpose(1, 2)
print(t.shape, t.stride(), t.is_contiguous())
try:
    t.view(2, 12)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.permute(2, 0, 1).view(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(2, 12)[0])
print(t.contiguous().view(2, 12)[1])
print(t.view(2, 4, 3).shape)
print(x[:, :, 1].view(6) if x[:, :, 1].is_contiguous() else x[:, :, 1].stride())
try:
    x[:, :, 1].view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x[:, 1:, :].view(2, 8) if x[:, 1:, :].is_contiguous() else "not contiguous")
try:
    x[:, 1:, :].view(16)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.t() if x.dim() == 2 else x.mT.shape)
print(t.flatten(1).shape, t.flatten().data_ptr() == t.data_ptr())
