# Autograder: with seed 0 the student's network must give these exact outputs
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.tensor([[1.0, -1.0, 0.5]])
out = net(x)
print(out)
print(out.detach().numpy().tolist())
reference = out.detach().clone()
torch.manual_seed(0)
again = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))(x)
torch.testing.assert_close(again, reference, rtol=0, atol=0)
print("bitwise reproducible: PASS")
