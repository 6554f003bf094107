# Memory formats: channels_last strides, is_contiguous per format, and that a conv gives the same values.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5)
print(x.stride(), x.is_contiguous())
cl = x.to(memory_format=torch.channels_last)
print(cl.shape, cl.stride())
print(cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last))
print(torch.equal(x, cl))
back = cl.contiguous()
print(back.stride(), back.is_contiguous())
conv = nn.Conv2d(3, 2, 3, padding=1)
print(torch.allclose(conv(x), conv(cl), atol=1e-6))
print(x.permute(0, 2, 3, 1).is_contiguous(), x.permute(0, 2, 3, 1).contiguous().stride())
y = torch.empty(1, 2, 2, 2, memory_format=torch.channels_last)
print(y.stride())
print(x.transpose(1, 2).stride(), x.transpose(1, 2).is_contiguous())
print(torch.channels_last, torch.contiguous_format)
