# evaluating on a test grid under no_grad and reporting the relative L2 error
import torch
import torch.nn as nn

torch.manual_seed(74)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1)).double()
x_test = torch.linspace(0, 1, 50, dtype=torch.float64).unsqueeze(1)
with torch.no_grad():
    u_pred = net(x_test)
u_true = torch.sin(torch.pi * x_test)
rel = torch.linalg.vector_norm(u_pred - u_true) / torch.linalg.vector_norm(u_true)
print(u_pred.requires_grad, rel.dtype, rel.shape)
print(rel > 0.1)
print(f"{rel.item():.2e}"[-4:])
