# Q: sampling with tensor parameters
import torch

torch.manual_seed(9)
print(torch.normal(torch.tensor([0.0, 100.0]), torch.tensor([1.0, 0.0])).round())
print(torch.normal(2.0, 0.0, size=(3,)))
print(torch.poisson(torch.tensor([0.0, 0.0])))
print(torch.randint_like(torch.zeros(3), 5).dtype, torch.rand_like(torch.zeros(2, dtype=torch.float64)).dtype)
try:
    torch.normal(torch.tensor([0.0]), torch.tensor([-1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
