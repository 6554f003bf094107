# MC-dropout classification: predictive entropy from T stochastic passes
import torch
import torch.nn as nn

torch.manual_seed(66)
net = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 3))
x = torch.tensor([[0.5, 1.0], [3.0, -2.0]])
net.train()
with torch.no_grad():
    probs = torch.stack([net(x).softmax(-1) for _ in range(30)]).mean(0)
ent = -(probs * probs.log()).sum(-1)
print(probs.shape, ent.shape, bool((ent > 0).all()), bool((ent <= torch.log(torch.tensor(3.0)) + 1e-6).all()))
