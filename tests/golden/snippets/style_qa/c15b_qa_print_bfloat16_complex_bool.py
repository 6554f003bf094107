# Q: how are bfloat16, half, complex and bool tensors printed?
import torch

x = torch.tensor([1.0 / 3, 100.5, -2e-3])
print(x.to(torch.bfloat16))
print(x.half())
print(torch.tensor([1 + 2j, -0.5j]), torch.tensor([1 + 2j], dtype=torch.complex128))
print(torch.tensor([True, False]), torch.tensor([[True], [False]]))
print(torch.tensor([1e10, 1.0]).half(), torch.tensor(65504.0).half() * 2)
print(torch.tensor([0.1, 0.2]).bfloat16().float())
