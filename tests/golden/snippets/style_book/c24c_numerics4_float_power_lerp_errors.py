# Exercise 5.C: float_power is always double; lerp's dtype rules
import torch

print(torch.float_power(torch.tensor([2.0]), 0.5), torch.float_power(2, torch.tensor([3])))
print(torch.tensor([4], dtype=torch.int32).float_power(torch.tensor([0.5])).dtype)
try:
    torch.tensor([2.0]).float_power_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(torch.tensor([1.0]), torch.tensor([2.0], dtype=torch.float64), 0.5),
             (torch.tensor([1]), torch.tensor([2]), 0.5),
             (torch.tensor([0.0]), torch.tensor([10.0]), torch.tensor([0.5], dtype=torch.float64))]:
    try:
        print(torch.lerp(*args))
    except RuntimeError as e:
        print("RuntimeError:", e)
