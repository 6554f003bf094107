# Concise dropout MLP: train with Dropout layers between hidden layers, evaluate with them switched off.
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(200, 10)
y = (X[:, :3].sum(1) > 0).long()
net = nn.Sequential(nn.Flatten(),
                    nn.Linear(10, 32), nn.ReLU(), nn.Dropout(0.2),
                    nn.Linear(32, 32), nn.ReLU(), nn.Dropout(0.5),
                    nn.Linear(32, 2))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
print(net)
trainer = torch.optim.SGD(net.parameters(), lr=0.5)
loss = nn.CrossEntropyLoss()
for epoch in range(20):
    net.train()
    for i in range(0, 200, 50):
        l = loss(net(X[i:i + 50]), y[i:i + 50])
        trainer.zero_grad()
        l.backward()
        trainer.step()
    if epoch % 5 == 4:
        net.eval()
        with torch.no_grad():
            acc = (net(X).argmax(1) == y).float().mean()
        print(f"epoch {epoch + 1}: last batch loss {l.item():.4f}, eval acc {acc.item():.3f}")
net.train()
a, b = net(X[:2]), net(X[:2])
print(torch.equal(a, b))
net.eval()
print(torch.equal(net(X[:2]), net(X[:2])))
