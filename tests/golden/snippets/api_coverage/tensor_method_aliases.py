import torch
a = torch.tensor([5, -3, 6]); b = torch.tensor([2, 2, 4])
print(a.bitwise_and(b), a.bitwise_or(b), a.bitwise_xor(b), a.bitwise_not(), a.floor_divide(b), a.fmod(b), a.remainder(b))
x = torch.tensor([1., 2., 3.])
print(x.greater(2), x.greater_equal(2), x.less(2), x.less_equal(2), x.not_equal(2), x.fmod(1.5), x.remainder(-2))
print(x.histogram(3), torch.tensor([[3., 1.], [2., 4.]]).take_along_dim(torch.tensor([[1], [0]]), 1))
