# Hamiltonian-network idea: (dq/dt, dp/dt) = (dH/dp, -dH/dq) from a learned H
import torch
torch.manual_seed(60)
Hnet = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Softplus(), torch.nn.Linear(8, 1))
state = torch.tensor([[0.5, -0.2], [1.0, 0.3]], requires_grad=True)
Hval = Hnet(state).sum()
dH = torch.autograd.grad(Hval, state, create_graph=True)[0]
dq_dt, dp_dt = dH[:, 1], -dH[:, 0]
target = torch.tensor([[-0.2, -0.5], [0.3, -1.0]])
loss = ((torch.stack([dq_dt, dp_dt], 1) - target) ** 2).mean()
loss.backward()
print(torch.stack([dq_dt, dp_dt], 1))
print(loss.item())
print(Hnet[2].weight.grad)
