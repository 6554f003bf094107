# Concise linear regression: LazyLinear, weight init through .data, HuberLoss and get_w_b.
import torch
from torch import nn

torch.manual_seed(1)
true_w, true_b = torch.tensor([2, -3.4]), 4.2
X = torch.randn(100, 2)
y = X @ true_w.reshape(-1, 1) + true_b + 0.01 * torch.randn(100, 1)
net = nn.LazyLinear(1)
print(net)
net(X[:1])
print(net)
net.weight.data.normal_(0, 0.01)
net.bias.data.fill_(0)
loss = nn.HuberLoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
batch_size = 10
for epoch in range(3):
    for i in range(0, 100, batch_size):
        l = loss(net(X[i:i + batch_size]), y[i:i + batch_size])
        trainer.zero_grad()
        l.backward()
        trainer.step()
    print(f'epoch {epoch + 1}, loss {loss(net(X), y):f}')

def get_w_b(net):
    return (net.weight.data, net.bias.data)

w, b = get_w_b(net)
print(f'error in estimating w: {true_w - w.reshape(true_w.shape)}')
print(f'error in estimating b: {true_b - b}')
print(net.weight.grad)
