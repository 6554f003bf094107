# Q: view size is not compatible with input tensor's size and stride
import torch

x = torch.arange(12).reshape(3, 4)
t = x.t()
try:
    t.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(12))
print(t.contiguous().view(-1))
print(t.is_contiguous(), t.stride(), t.contiguous().stride())
