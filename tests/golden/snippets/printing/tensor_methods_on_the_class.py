# Tensor methods looked up on the class, as a learner exploring the API prints them
import torch

print(torch.Tensor.size)
print(torch.Tensor.sum, torch.Tensor.view, torch.Tensor.item, torch.Tensor.detach)
print(type(torch.Tensor.size).__name__, torch.Tensor.size.__name__, torch.Tensor.size.__qualname__)
print(torch.Tensor.size(torch.ones(2, 3)), torch.Tensor.size(torch.ones(2, 3), 1))
print(torch.Tensor.mean(torch.tensor([1.0, 2.0])))
t = torch.ones(2)
print(torch.Tensor.size.__get__(t)() == t.size(), torch.Tensor.numel(t))
print(torch.Tensor.backward.__name__)
