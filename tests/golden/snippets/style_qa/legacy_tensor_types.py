# Legacy constructors and type conversions: LongTensor, FloatTensor, .type().
import torch

a = torch.LongTensor([1, 2])
print(a, a.dtype)
b = torch.FloatTensor([[1, 2]])
print(b.dtype, b.shape)
c = torch.tensor([1.7, -2.3]).type(torch.LongTensor)
print(c, c.dtype)
print(torch.tensor([1, 2]).type(torch.float64))
print(b.type())
