# SparseAdam is meant for nn.Embedding(sparse=True); with an ordinary layer it refuses at step()
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.SparseAdam(model.parameters(), lr=0.01)
print(opt)
print(opt.state_dict()["param_groups"])
opt.step()  # no gradients yet: nothing to do
model(torch.randn(4, 3)).pow(2).mean().backward()
try:
    opt.step()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in ({"lr": 0.0}, {"eps": -1.0}, {"betas": (1.0, 0.999)}, {"betas": (0.9, -0.1)}):
    try:
        torch.optim.SparseAdam(model.parameters(), **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    torch.optim.SparseAdam([torch.zeros(2, dtype=torch.complex64, requires_grad=True)])
except ValueError as e:
    print("ValueError:", e)
