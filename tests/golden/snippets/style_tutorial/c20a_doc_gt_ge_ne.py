# torch.gt / ge / lt / le / ne with tensors and scalars
import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[1, 1], [4, 4]])
print(torch.gt(a, b))
print(torch.ge(a, b))
print(torch.lt(a, b))
print(torch.le(a, 3))
print(torch.ne(a, b))
print(a.greater(2), a.less_equal(b), a.not_equal(1))
