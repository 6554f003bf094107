# Quiz: which of these tensors created from a grad-requiring one require grad?
import torch

w = torch.full((2,), 0.5, requires_grad=True)
print(torch.ones_like(w).requires_grad)
print(torch.ones_like(w, requires_grad=True).requires_grad)
print(w.new_zeros(3).requires_grad)
print(torch.stack([w, torch.zeros(2)]).requires_grad)
print(torch.cat([torch.zeros(1), torch.zeros(1)]).requires_grad)
print(w.double().requires_grad, w.double().is_leaf)
print(w.int().requires_grad)
