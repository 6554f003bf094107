# Course pitfall: .view() after a transpose, then the fixes (.contiguous(), .reshape())
import torch

x = torch.arange(12.0).reshape(3, 4)
xt = x.t()
print(xt.is_contiguous(), xt.stride())
try:
    xt.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
print(xt.contiguous().view(12))
print(xt.reshape(2, 6))
print(xt.reshape(12).data_ptr() == x.data_ptr(), x.view(12).data_ptr() == x.data_ptr())
xt.view(-1, 5)
