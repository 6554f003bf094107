import torch

print(torch.tensor([0.1, 65504.], dtype=torch.float16))
print(torch.tensor([1e-4, 1.], dtype=torch.float16))
print(torch.tensor(3.14159, dtype=torch.float16))
print(torch.tensor([1., 2.], dtype=torch.float16, requires_grad=True))
