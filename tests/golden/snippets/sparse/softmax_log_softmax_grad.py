import torch

i = torch.tensor([[0, 1, 1, 2, 0], [2, 0, 1, 2, 0]])
S = torch.sparse_coo_tensor(i, torch.tensor([0.5, -1.0, 2.0, 0.25, 1.5]), (3, 3), requires_grad=True)
P = torch.sparse.softmax(S, dim=1)
print(P)
print(P.grad_fn.name())
L = torch.sparse.log_softmax(S, dim=0)
print(L.to_dense())
(P.to_dense() * torch.arange(9.0).view(3, 3)).sum().backward()
print(S.grad)
print(torch.sparse.softmax(S.detach(), 1, dtype=torch.float64).to_dense())
