# Memory formats: channels_last strides and contiguity checks.
import torch

x = torch.zeros(2, 3, 4, 5)
cl = x.to(memory_format=torch.channels_last)
print(x.stride(), cl.stride())
print(cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last))
print(cl.shape, torch.equal(cl, x))
print(cl.contiguous().stride())
print(x.permute(0, 2, 3, 1).is_contiguous())
try:
    torch.zeros(2, 3, 4).to(memory_format=torch.channels_last)
except RuntimeError as e:
    print("RuntimeError:", e)
