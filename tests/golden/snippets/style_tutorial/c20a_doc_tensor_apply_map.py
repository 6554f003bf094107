# Tensor.apply_, map_, new_empty, type_as, view_as, expand_as, reshape_as
import torch

x = torch.tensor([1., 2., 3.])
x.apply_(lambda v: v * 10)
print(x)
y = torch.tensor([1., 1., 1.])
x.map_(y, lambda a, b: a + b)
print(x)
print(x.new_empty((2,)).shape, x.type_as(torch.tensor([1])), x.view_as(torch.zeros(3, 1)).shape)
print(torch.tensor([1, 2]).expand_as(torch.zeros(3, 2)))
print(torch.arange(6).reshape_as(torch.zeros(2, 3)))
