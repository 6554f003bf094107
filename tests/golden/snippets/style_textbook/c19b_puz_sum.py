# Puzzle 2: sum(a) with a single matmul
import torch

def my_sum(a):
    return ones_like_vec(a) @ a[:, None]

def ones_like_vec(a):
    return a * 0 + 1

a = torch.tensor([3, -1, 4, 1, 5])
print(my_sum(a), my_sum(a).shape)
print(a.sum(), a.sum().dtype)
b = torch.tensor([0.5, 0.25, 0.125])
print(my_sum(b), b.sum())
print(my_sum(torch.tensor([True, True, False])))
