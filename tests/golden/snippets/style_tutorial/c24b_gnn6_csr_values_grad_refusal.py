# CSR tensors in a tiny training step: converting back to dense for autograd
import torch

A = torch.tensor([[0.0, 1.0], [1.0, 0.0]]).to_sparse_csr()
W = torch.tensor([[0.5], [-0.5]], requires_grad=True)
out = A.to_dense() @ W
out.sum().backward()
print(W.grad)
print(A.values().requires_grad, A.layout)
