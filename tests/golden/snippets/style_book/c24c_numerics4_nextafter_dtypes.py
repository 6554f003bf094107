# Exercise 5.B: nextafter needs matching floating dtypes
import torch

print(torch.nextafter(torch.tensor([1.0], dtype=torch.float64), torch.tensor([0.0], dtype=torch.float64)).item())
print(torch.nextafter(torch.tensor([1.0], dtype=torch.bfloat16), torch.tensor([2.0], dtype=torch.bfloat16)))
for a, b in [(torch.tensor([1.0]), torch.tensor([2.0], dtype=torch.float64)), (torch.tensor([1]), torch.tensor([2]))]:
    try:
        print(torch.nextafter(a, b))
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.nextafter(torch.tensor([0.0]), torch.tensor([-1.0])))
