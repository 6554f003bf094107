import torch

# An empty batch laid out channels-last keeps channels-last strides, as a full one does
x = torch.empty(0, 3, 4, 5, memory_format=torch.channels_last)
print(x.stride(), x.is_contiguous(), x.is_contiguous(memory_format=torch.channels_last))
print(torch.empty_like(x).stride(), x.clone().stride(), (x + 1).stride())

y = torch.zeros(2, 0, 4, 5)
print(y.stride(), y.is_contiguous(memory_format=torch.channels_last))
y = y.to(memory_format=torch.channels_last)
print(y.stride(), y.is_contiguous(memory_format=torch.channels_last))

z = torch.zeros(2, 3, 0, 5).contiguous(memory_format=torch.channels_last)
print(z.stride(), z.contiguous().stride())

# size-1 spatial dims
print(torch.randn(2, 3, 1, 4).to(memory_format=torch.channels_last).stride())
print(torch.randn(1, 3, 1, 1).to(memory_format=torch.channels_last).stride())
v = torch.empty(0, 2, 3, 4, 5, memory_format=torch.channels_last_3d)
print(v.stride())
