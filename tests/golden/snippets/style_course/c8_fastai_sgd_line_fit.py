# fast.ai-style SGD from scratch: fit y = 3x + 2 plus noise with a hand-written update loop.
import torch

torch.manual_seed(42)
n = 100
x = torch.ones(n, 2)
x[:, 0].uniform_(-1., 1)
print(x[:5])
a = torch.tensor([3., 2])
y = x @ a + torch.rand(n)

def mse(y_hat, y):
    return ((y_hat - y) ** 2).mean()

a = torch.tensor([-1., 1])
print(mse(x @ a, y))
a = torch.nn.Parameter(a)
print(a)

def update(t, lr=1e-1):
    y_hat = x @ a
    loss = mse(y, y_hat)
    if t % 10 == 0:
        print(t, loss)
    loss.backward()
    with torch.no_grad():
        a.sub_(lr * a.grad)
        a.grad.zero_()

for t in range(50):
    update(t)
print(a)
print(a.grad)
