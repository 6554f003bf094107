# Section 5.23: number theory on integer tensors
import torch

a = torch.tensor([12, 18, 7, 0])
b = torch.tensor([8, 27, 5, 9])
print(torch.gcd(a, b), torch.lcm(a, b))
print(torch.remainder(a, 5), a.fmod(5))
print(torch.tensor([15, 16]).bitwise_and(1) == 0)
try:
    torch.gcd(torch.tensor([1.0]), torch.tensor([2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
