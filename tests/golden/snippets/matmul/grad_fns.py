import torch

A = torch.ones(2, 3, requires_grad=True)
B = torch.ones(3, 2, requires_grad=True)
v = torch.ones(3, requires_grad=True)
print((A @ B).grad_fn)
print((A @ v).grad_fn)
print((v @ v).grad_fn)
print(torch.mm(A, B).grad_fn.name(), torch.mv(A, v).grad_fn.name(), torch.dot(v, v).grad_fn.name())
print((v @ B).grad_fn.name())
print((torch.ones(4, 2, 3, requires_grad=True) @ B).grad_fn.name())
print(torch.bmm(torch.ones(4, 2, 3, requires_grad=True), torch.ones(4, 3, 1)).grad_fn.name())
