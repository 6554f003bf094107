import torch

a = torch.tensor([1, 2, 3])
print(torch.equal(a, torch.tensor([1, 2, 3])))
print(torch.equal(a, torch.tensor([1, 2])))
print(a.equal(torch.tensor([1, 2, 4])))
print(torch.equal(torch.tensor([1.]), torch.tensor([1.], dtype=torch.float64)))
print(torch.is_tensor(a), torch.is_tensor([1, 2]), torch.is_tensor(3.0))
print(isinstance(a, torch.Tensor), type(a).__name__)
print(type(a), type(torch.zeros(2, requires_grad=True)))
