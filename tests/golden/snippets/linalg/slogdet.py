import torch

A = torch.tensor([[2.0, 1.0, 0.0],
                  [1.0, 3.0, 1.0],
                  [0.0, 1.0, -4.0]], requires_grad=True)
sign, logabsdet = torch.linalg.slogdet(A)
print(sign, logabsdet)
print(torch.linalg.slogdet(A))
print(torch.slogdet(A))
print(sign * logabsdet.exp(), torch.linalg.det(A))
logabsdet.backward()
print(A.grad)
print(torch.linalg.inv(A).T)
print(torch.linalg.slogdet(torch.zeros(2, 2)))
