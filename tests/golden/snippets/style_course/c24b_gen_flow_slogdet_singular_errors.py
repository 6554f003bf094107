# singular and non-square Jacobians in log-det code
import torch

S = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
print(torch.linalg.slogdet(S))
print(torch.logdet(S))
print(torch.logdet(torch.tensor([[-1.0, 0.0], [0.0, 2.0]])))
try:
    torch.linalg.slogdet(torch.ones(2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.logdet(torch.tensor([[1, 0], [0, 1]]))
except RuntimeError as e:
    print("RuntimeError:", e)
