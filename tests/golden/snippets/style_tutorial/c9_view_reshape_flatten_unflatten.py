# Reshaping: view needs compatible strides, reshape copies when it must, flatten/unflatten and squeeze dims.
import torch

x = torch.arange(24).reshape(2, 3, 4)
t = x.transpose(1, 2)
print(t.shape, t.is_contiguous())
try:
    t.view(2, 12)
except RuntimeError as e:
    print("RuntimeError:", e)
r = t.reshape(2, 12)
print(r, r.data_ptr() == t.data_ptr())
print(t.contiguous().view(-1)[:6])
print(x.flatten().shape, x.flatten(1).shape, x.flatten(0, 1).shape)
print(x.unflatten(2, (2, 2)).shape, x.view(2, -1, 2).shape)
y = torch.zeros(1, 3, 1, 2)
print(y.squeeze().shape, y.squeeze(0).shape, y.squeeze((0, 2)).shape, y.squeeze(1).shape)
print(y.unsqueeze(-1).shape, y[None].shape, y[:, :, 0].shape)
try:
    x.view(5, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.reshape(-1, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.view(torch.int32).shape if False else x.movedim(0, -1).shape, x.permute(2, 0, 1).shape)
print(torch.flatten(torch.tensor(5)), torch.tensor(5).reshape(1, 1))
