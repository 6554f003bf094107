# Quiz 48: flipping requires_grad on an output
import torch

leaf = torch.ones(2, requires_grad=True)
hidden = leaf.tanh()
try:
    hidden.requires_grad = False
except RuntimeError as err:
    print("A:", err)
try:
    hidden.requires_grad_(False)
except RuntimeError as err:
    print("B:", err)
const = torch.ones(2).tanh()
const.requires_grad = True
print(const.is_leaf, const.grad_fn, hidden.detach().requires_grad)
