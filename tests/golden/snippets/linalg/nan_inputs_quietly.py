import torch
A = torch.tensor([[1.0, float('nan')], [0.0, 1.0]])
print(torch.linalg.slogdet(A), torch.logdet(A), torch.linalg.det(torch.full((2, 2), float('inf'))))
print(torch.linalg.eigvalsh(torch.tensor([[1.0, 2.0], [2.0, 1.0]])))
try:
    print(torch.linalg.eigh(A))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(torch.linalg.svd(A))
except Exception as e:
    print(type(e).__name__, e)
print(torch.linalg.pinv(A))
