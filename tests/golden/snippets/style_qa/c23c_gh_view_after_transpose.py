# Issue: "view size is not compatible with input tensor's size and stride".
import torch

x = torch.arange(6).reshape(2, 3).t()
print(x.is_contiguous(), x.stride())
try:
    x.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.reshape(6), x.contiguous().view(6))
print(x.reshape(6).data_ptr() == x.data_ptr(), x.flatten().is_contiguous())
