# Concise softmax regression: Flatten + Linear, CrossEntropyLoss(reduction='none') and a manual mean.
import torch
from torch import nn

torch.manual_seed(3)
net = nn.Sequential(nn.Flatten(), nn.Linear(12, 4))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
X = torch.rand(32, 3, 4)
y = torch.randint(0, 4, (32,))
for epoch in range(4):
    for i in range(0, 32, 8):
        l = loss(net(X[i:i + 8]), y[i:i + 8])
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
    with torch.no_grad():
        out = net(X)
        print(epoch, loss(out, y).mean().item(), (out.argmax(1) == y).float().mean().item())
print(l)
print(loss(torch.tensor([[100.0, 0.0, -100.0, 0.0]]), torch.tensor([2])))
print(torch.log_softmax(torch.tensor([1000.0, 0.0]), dim=0))
