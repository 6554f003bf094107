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
print(torch.Tensor.add, torch.Tensor.__add__, torch.Tensor.matmul, torch.Tensor.zero_)
print(torch.Tensor.shape, torch.Tensor.grad, torch.Tensor.requires_grad, torch.Tensor.is_leaf)
print(torch.Tensor.dtype, torch.Tensor.T, torch.Tensor.data, torch.Tensor.grad_fn)
print(type(torch.Tensor.add).__name__, type(torch.Tensor.shape).__name__, torch.Tensor.add.__name__)
print(torch.Tensor.backward, torch.Tensor.register_hook)   # written in Python in PyTorch too
print(type(torch.Tensor), torch.Tensor.add(torch.ones(2), 1))
w = torch.ones(2, requires_grad=True)
print(torch.Tensor.shape.__get__(w), torch.Tensor.requires_grad.__get__(w))
