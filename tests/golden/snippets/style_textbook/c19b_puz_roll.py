# Puzzle 10: roll(a) by one, indices modulo n
import torch

def roll(a, shift=1):
    n = a.shape[0]
    return a[(torch.arange(n) - shift) % n]

a = torch.tensor([10, 20, 30, 40, 50])
print(roll(a), torch.roll(a, 1))
print(roll(a, -2), torch.roll(a, -2))
print(torch.arange(5) - 7)
print((torch.arange(5) - 7) % 5)
print(torch.fmod(torch.arange(5) - 7, 5))
m = torch.arange(6).reshape(2, 3)
print(torch.roll(m, 1), torch.roll(m, 1, dims=1))
