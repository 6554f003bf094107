# Q: channels_last and contiguous
import torch

x = torch.arange(24.0).reshape(1, 2, 3, 4)
cl = x.contiguous(memory_format=torch.channels_last)
print(cl.stride(), cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last))
print(torch.equal(cl, x), cl.clone().stride(), cl.clone(memory_format=torch.contiguous_format).stride())
print(x.to(memory_format=torch.channels_last).stride())
try:
    torch.zeros(2, 3).contiguous(memory_format=torch.channels_last)
except RuntimeError as e:
    print("RuntimeError:", e)
