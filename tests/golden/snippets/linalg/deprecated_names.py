import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0], [0.0, 1.0]])
Q, R = torch.qr(A)
print(Q, R)
print(torch.qr(A, some=False).Q.shape)
print(torch.cholesky(A.T @ A))
print(A.T.matmul(A).cholesky(upper=True))
print(torch.pinverse(A))
print(A.pinverse())
print(A.svd().S)
print((A.T @ A).slogdet())
print((A.T @ A).logdet())
