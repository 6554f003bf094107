# entropic optimal transport: Sinkhorn iterations, gradient w.r.t. the cost matrix
import torch
a = torch.tensor([0.5, 0.5])
b = torch.tensor([0.2, 0.3, 0.5])
C = torch.tensor([[0.0, 1.0, 2.0], [2.0, 1.0, 0.0]], requires_grad=True)
K = torch.exp(-C / 0.5)
u = torch.ones(2)
for _ in range(50):
    v = b / (K.T @ u)
    u = a / (K @ v)
P = u[:, None] * K * v[None, :]
cost = (P * C).sum()
cost.backward()
print(P)
print(cost.item())
print(C.grad)
