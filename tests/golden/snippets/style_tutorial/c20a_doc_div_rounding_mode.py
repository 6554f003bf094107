# torch.div with rounding_mode, floor_divide, remainder and fmod
import torch

x = torch.tensor([0.3810, 1.2774, -0.2972, -0.3719, 0.4637])
print(torch.div(x, 0.5))
a = torch.tensor([[-0.3711, -1.9353, -0.4605, -0.2917],
                  [0.1815, -1.0111, 0.9805, -1.5923]])
b = torch.tensor([0.8032, 0.2930, -0.8113, -0.2308])
print(torch.div(a, b))
print(torch.div(a, b, rounding_mode='trunc'))
print(torch.div(a, b, rounding_mode='floor'))
print(torch.remainder(torch.tensor([-3., -2, -1, 1, 2, 3]), 2))
print(torch.fmod(torch.tensor([-3., -2, -1, 1, 2, 3]), 2))
print(torch.floor_divide(torch.tensor([4.0, 3.0]), torch.tensor([2.0, 2.0])))
