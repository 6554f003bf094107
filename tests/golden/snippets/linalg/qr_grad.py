import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]], dtype=torch.float64, requires_grad=True)
Q, R = torch.linalg.qr(A)
print(Q)
print(R)
print(Q.grad_fn, R.grad_fn)
(R[0, 0] + R[1, 1]).backward()
print(A.grad)
A.grad = None
Q, R = torch.linalg.qr(A)
Q.sum().backward()
print(A.grad)
print(torch.linalg.qr(A, mode="complete").Q.shape)
print(torch.linalg.qr(A.detach(), mode="r"))
