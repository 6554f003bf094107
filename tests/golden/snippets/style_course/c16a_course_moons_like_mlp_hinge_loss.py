# A max-margin (hinge) loss with L2 regularisation on a moons-like toy set, micrograd demo style
import torch

torch.manual_seed(1672)
t = torch.rand(30) * 3.1416
upper = torch.stack([t.cos(), t.sin()], 1)
lower = torch.stack([1 - t.cos(), 0.5 - t.sin()], 1)
X = torch.cat([upper, lower]) + 0.1 * torch.randn(60, 2)
y = torch.cat([torch.ones(30), -torch.ones(30)])
net = torch.nn.Sequential(
    torch.nn.Linear(2, 12), torch.nn.ReLU(), torch.nn.Linear(12, 12), torch.nn.ReLU(), torch.nn.Linear(12, 1))
for it in range(8):
    margins = net(X).squeeze(1)
    data_loss = torch.relu(1 + -y * margins).mean()
    reg_loss = 1e-4 * sum(p.pow(2).sum() for p in net.parameters())
    objective = data_loss + reg_loss
    hits = ((y > 0) == (margins > 0)).float().mean()
    net.zero_grad()
    objective.backward()
    lr = 1.0 - 0.9 * it / 100
    for p in net.parameters():
        p.data -= lr * p.grad
    print(f"step {it} loss {objective.item()}, accuracy {hits.item() * 100}%")
