# Quiz: gradients through einsum for a trace and a bilinear form.
import torch

M = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
tr = torch.einsum("ii->", M)
tr.backward()
print(tr, M.grad)
left = torch.tensor([1.0, 2.0], requires_grad=True)
right = torch.tensor([3.0, -1.0], requires_grad=True)
form = torch.einsum("i,ij,j->", left, M.detach(), right)
form.backward()
print(form.item(), left.grad, right.grad)
