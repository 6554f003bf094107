# torch.bitwise_and/or/xor/not, shifts and logical_and/or/xor/not
import torch

a = torch.tensor([-1, -2, 3], dtype=torch.int8)
b = torch.tensor([1, 0, 3], dtype=torch.int8)
print(torch.bitwise_and(a, b), torch.bitwise_or(a, b), torch.bitwise_xor(a, b))
print(torch.bitwise_not(a))
print(torch.bitwise_left_shift(a, b), torch.bitwise_right_shift(a, 1))
print(torch.bitwise_xor(torch.tensor([True, True, False]), torch.tensor([False, True, False])))
print(torch.logical_and(torch.tensor([True, False, True]), torch.tensor([True, False, False])))
print(torch.logical_or(torch.tensor([0, 1, -10]), torch.tensor([4, 0, 1])))
print(torch.logical_xor(torch.tensor([0., 1., -10.]), torch.tensor([0., 0., 1.])))
print(torch.logical_not(torch.tensor([0, 1, -10], dtype=torch.int8)))
