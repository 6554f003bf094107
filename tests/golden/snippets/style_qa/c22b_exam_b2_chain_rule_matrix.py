import torch

# Exam B2-23. L = sum(tanh(W x)); derive dL/dW = (1 - tanh^2(Wx)) x^T and compare.
torch.manual_seed(0)
W = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
x = torch.randn(2, 1, dtype=torch.float64)
L = torch.tanh(W @ x).sum()
L.backward()
manual = (1 - torch.tanh(W.detach() @ x) ** 2) @ x.T
print(W.grad)
print(torch.allclose(W.grad, manual))
