# Five steps of gradient descent on f(x) = (x - 3)^2, printed as a table.
import torch

x = torch.tensor(0.0, requires_grad=True)
lr = 0.2
for step in range(5):
    f = (x - 3) ** 2
    f.backward()
    print(f'{step}  x={x.item():.4f}  f={f.item():.4f}  grad={x.grad.item():.4f}')
    with torch.no_grad():
        x -= lr * x.grad
    x.grad.zero_()
print(round(x.item(), 6))
