# Section 5.14: bfloat16 arithmetic element by element
import torch

a = torch.tensor([1.0, 100.0, 0.001], dtype=torch.bfloat16)
b = torch.tensor([3.0, 7.0, 3.0], dtype=torch.bfloat16)
print(a / b, (a / b).dtype)
print(a + 0.01, a * b)
print((a.float() / b.float()).to(torch.bfloat16) == a / b)
print(torch.tensor(1.0, dtype=torch.bfloat16) + torch.tensor(1e-3, dtype=torch.bfloat16))
