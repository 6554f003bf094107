# Q: expand does not copy memory; writing into an expanded tensor and contiguous() to get a real copy.
import torch

a = torch.tensor([[1], [2]])
b = a.expand(2, 3)
print(b, b.stride(), b.is_contiguous())
a[0, 0] = 9
print(b)
c = b.contiguous()
print(c.stride(), c.is_contiguous(), b.data_ptr() == a.data_ptr())
try:
    a.expand(3, 3)
except RuntimeError as e:
    print(e)
print(a.expand(-1, 4).shape, a.expand_as(torch.zeros(2, 5)).shape)
print(torch.tensor(5).expand(2, 2))
