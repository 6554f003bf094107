import torch

t = torch.arange(6).reshape(2, 3)
tt = t.t()
print(tt.is_contiguous())
c = tt.contiguous()
print(c.is_contiguous())
print(c.view(-1))
print(tt.reshape(-1))
print(t.stride(), tt.stride(), c.stride())
