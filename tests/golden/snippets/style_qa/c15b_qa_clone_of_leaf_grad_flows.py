# Q: is a clone of a leaf still connected? Writing into the clone — where does the gradient go?
import torch

leaf = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
copy = leaf.clone()
print(copy.grad_fn, copy.is_leaf)
copy[1] = 0.0
print(copy.grad_fn, leaf)
(copy * torch.tensor([2.0, 3.0, 4.0])).sum().backward()
print(leaf.grad)
cut = leaf.detach().clone()
print(cut.requires_grad, cut.grad_fn, cut.data_ptr() != leaf.data_ptr())
