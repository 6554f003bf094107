# micrograd demo: a 2-layer torch MLP on synthetic "moons" with an SVM max-margin loss + L2, accuracy printed per step.
import math
import torch

torch.manual_seed(1337)
n = 50
t = torch.linspace(0, math.pi, n)
X = torch.cat([torch.stack([t.cos(), t.sin()], 1), torch.stack([1 - t.cos(), 0.5 - t.sin()], 1)]) + 0.1 * torch.randn(2 * n, 2)
y = torch.cat([torch.ones(n), -torch.ones(n)])
model = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.ReLU(), torch.nn.Linear(16, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
print("number of parameters", sum(p.numel() for p in model.parameters()))

def loss_fn():
    scores = model(X).squeeze(1)
    losses = (1 + -y * scores).relu()
    data_loss = losses.mean()
    reg_loss = 1e-4 * sum((p * p).sum() for p in model.parameters())
    accuracy = ((y > 0) == (scores > 0)).float().mean()
    return data_loss + reg_loss, accuracy

for k in range(20):
    total_loss, acc = loss_fn()
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    with torch.no_grad():
        for p in model.parameters():
            p -= learning_rate * p.grad
    if k % 4 == 0:
        print(f"step {k} loss {total_loss.item()}, accuracy {acc.item() * 100}%")
